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

/**
 * Atomic replace: write a temp file beside the target, then rename over it, so the sidecar on disk is
 * always either the old or the new complete content, even if VS Code dies half-way through a write.
 */
export async function writeSidecarAtomic(uri: vscode.Uri, text: string): Promise<void> {
  const tmp = uri.with({ path: `${uri.path}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}.tmp` });
  await vscode.workspace.fs.writeFile(tmp, new TextEncoder().encode(text));
  try {
    await vscode.workspace.fs.rename(tmp, uri, { overwrite: true });
  } catch (err) {
    await vscode.workspace.fs.delete(tmp).then(undefined, () => undefined);
    throw err;
  }
}
