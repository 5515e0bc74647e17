import * as vscode from 'vscode';

/** `shells.article` → `shells.article.annotations.json`, beside the article, on any file system. */
export function sidecarUriFor(article: vscode.Uri): vscode.Uri | null {
  if (article.scheme === 'untitled') return null;
  return article.with({ path: `${article.path}.annotations.json` });
}

/** The sidecar's text, or null when there is none. Other read errors (permissions…) propagate. */
export async function readSidecarText(uri: vscode.Uri): Promise<string | null> {
  try {
    const bytes = await vscode.workspace.fs.readFile(uri);
    return new TextDecoder('utf-8').decode(bytes);
  } catch (err) {
    if (err instanceof vscode.FileSystemError && err.code === 'FileNotFound') return null;
    throw err;
  }
}

const noop = () => undefined;
const backupOf = (uri: vscode.Uri) => uri.with({ path: `${uri.path}.bak` });

async function exists(uri: vscode.Uri): Promise<boolean> {
  return Promise.resolve(vscode.workspace.fs.stat(uri)).then(() => true, () => false);
}

/**
 * Node's rename(2) replaces a file atomically; VS Code's `workspace.fs.rename` with overwrite deletes the
 * target first, so on other file systems (remote, virtual, the browser) a backup bridges that gap.
 */
function nodeRename(): ((from: string, to: string) => Promise<void>) | undefined {
  const isNode = typeof process !== 'undefined' && typeof process.versions?.node === 'string';
  if (!isNode) return undefined;
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- only in the Node extension host
  const fs = require('fs') as typeof import('fs');
  return (from, to) => fs.promises.rename(from, to);
}

/**
 * Replaces the sidecar so that at every moment the disk holds the old or the new complete content
 * (or, after a crash mid-way on a non-local file system, a backup that `recoverSidecar` restores).
 */
export async function writeSidecarAtomic(uri: vscode.Uri, text: string): Promise<void> {
  const tmp = uri.with({ path: `${uri.path}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}.tmp` });
  const dropTmp = () => Promise.resolve(vscode.workspace.fs.delete(tmp)).catch(noop);
  try {
    await vscode.workspace.fs.writeFile(tmp, new TextEncoder().encode(text));
  } catch (err) {
    await dropTmp(); // a half-written temp file (disk full); the sidecar itself was never touched
    throw err;
  }
  const rename = uri.scheme === 'file' ? nodeRename() : undefined;
  if (rename) {
    await rename(tmp.fsPath, uri.fsPath).catch(async (err) => {
      await dropTmp();
      throw err;
    });
    return;
  }
  const bak = backupOf(uri);
  const had = await exists(uri);
  try {
    if (had) await vscode.workspace.fs.rename(uri, bak, { overwrite: true });
    await vscode.workspace.fs.rename(tmp, uri, { overwrite: false });
  } catch (err) {
    if (had && !(await exists(uri))) await Promise.resolve(vscode.workspace.fs.rename(bak, uri)).catch(noop);
    await dropTmp();
    throw err;
  }
  if (had) await Promise.resolve(vscode.workspace.fs.delete(bak)).catch(noop);
}

/**
 * After a crash during a write the sidecar may be missing while its temp file (new content) or backup
 * (old content) is still there: the newest one that `isValid` accepts is moved back into place.
 * Returns the restored text, or null when there was nothing to restore.
 */
export async function recoverSidecar(uri: vscode.Uri, isValid: (text: string) => boolean): Promise<string | null> {
  const dir = uri.with({ path: uri.path.slice(0, uri.path.lastIndexOf('/')) || '/' });
  const base = uri.path.slice(uri.path.lastIndexOf('/') + 1);
  let entries: [string, vscode.FileType][];
  try {
    entries = await vscode.workspace.fs.readDirectory(dir);
  } catch {
    return null;
  }
  const candidates: { uri: vscode.Uri; mtime: number; text: string }[] = [];
  for (const [name] of entries) {
    if (!(name === `${base}.bak` || (name.startsWith(`${base}.`) && name.endsWith('.tmp')))) continue;
    const c = vscode.Uri.joinPath(dir, name);
    try {
      const text = await readSidecarText(c);
      // temp files hold the newer content; the backup the older one
      if (text !== null && isValid(text)) candidates.push({ uri: c, mtime: name.endsWith('.tmp') ? 1 : 0, text });
    } catch {
      /* unreadable: not a candidate */
    }
  }
  candidates.sort((a, b) => b.mtime - a.mtime);
  const best = candidates[0];
  if (!best) return null;
  await vscode.workspace.fs.rename(best.uri, uri, { overwrite: false });
  for (const c of candidates.slice(1)) await Promise.resolve(vscode.workspace.fs.delete(c.uri)).catch(noop);
  return best.text;
}
