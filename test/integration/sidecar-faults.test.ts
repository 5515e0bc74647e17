import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, closeAll, waitFor } from './helpers';

// Faults the real disk will not produce on demand (we run as root: chmod does not stop us) are injected
// by a file system provider of our own. Newsmark reaches it only through `workspace.fs`, as it reaches
// any remote or virtual file system.

type Fault = 'none' | 'read-only' | 'disk-full' | 'killed-before-rename';

class FaultyFs implements vscode.FileSystemProvider {
  readonly files = new Map<string, Uint8Array>();
  fault: Fault = 'none';
  private readonly emitter = new vscode.EventEmitter<vscode.FileChangeEvent[]>();
  readonly onDidChangeFile = this.emitter.event;

  watch(): vscode.Disposable {
    return new vscode.Disposable(() => undefined);
  }
  stat(uri: vscode.Uri): vscode.FileStat {
    const f = this.files.get(uri.path);
    if (f) return { type: vscode.FileType.File, ctime: 0, mtime: Date.now(), size: f.byteLength };
    if (uri.path === '/' || [...this.files.keys()].some((k) => k.startsWith(`${uri.path}/`))) {
      return { type: vscode.FileType.Directory, ctime: 0, mtime: 0, size: 0 };
    }
    throw vscode.FileSystemError.FileNotFound(uri);
  }
  readDirectory(): [string, vscode.FileType][] {
    return [...this.files.keys()].map((k) => [k.slice(1), vscode.FileType.File]);
  }
  createDirectory(): void {}
  readFile(uri: vscode.Uri): Uint8Array {
    const f = this.files.get(uri.path);
    if (!f) throw vscode.FileSystemError.FileNotFound(uri);
    return f;
  }
  writeFile(uri: vscode.Uri, content: Uint8Array): void {
    if (this.fault === 'read-only') throw vscode.FileSystemError.NoPermissions(uri);
    if (this.fault === 'disk-full') {
      this.files.set(uri.path, content.slice(0, content.byteLength >> 1)); // half written, then ENOSPC
      throw vscode.FileSystemError.Unavailable('ENOSPC: no space left on device');
    }
    this.files.set(uri.path, content);
  }
  delete(uri: vscode.Uri): void {
    this.files.delete(uri.path);
  }
  rename(from: vscode.Uri, to: vscode.Uri): void {
    if (this.fault === 'killed-before-rename') throw vscode.FileSystemError.Unavailable('the process was killed');
    const f = this.files.get(from.path);
    if (!f) throw vscode.FileSystemError.FileNotFound(from);
    this.files.set(to.path, f);
    this.files.delete(from.path);
  }
}

const SCHEME = 'newsmark-faulty';
const TEXT = 'Headline\nThe first claim is here.\nThe second claim is there.\nThe third claim is everywhere.\n';
const enc = (s: string) => new TextEncoder().encode(s);
const dec = (b: Uint8Array | undefined) => new TextDecoder().decode(b);

interface Api {
  claimsFor(uri: vscode.Uri): readonly { id: string }[];
}

suite('sidecar faults: the file is always the old or the new content, and the user is told', () => {
  const fs = new FaultyFs();
  let registration: vscode.Disposable;
  suiteSetup(() => {
    registration = vscode.workspace.registerFileSystemProvider(SCHEME, fs, { isCaseSensitive: true });
  });
  suiteTeardown(() => registration.dispose());
  teardown(async () => {
    fs.fault = 'none';
    await closeAll();
  });

  let n = 0;
  async function setup(): Promise<{ uri: vscode.Uri; sidecar: vscode.Uri; editor: vscode.TextEditor; api: Api }> {
    const uri = vscode.Uri.from({ scheme: SCHEME, path: `/fault-${++n}.article` });
    const sidecar = uri.with({ path: `${uri.path}.annotations.json` });
    fs.files.set(uri.path, enc(TEXT));
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    assert.equal(editor.document.languageId, 'news-article');
    const api = (await activateExtension()).exports as Api;
    const start = TEXT.indexOf('The first claim');
    const id = await vscode.commands.executeCommand('newsmark.tagClaim', { uri: uri.toString(), start, end: start + 24, label: 'verified', note: '' });
    assert.ok(id, 'the first tag is written');
    return { uri, sidecar, editor, api };
  }

  async function tagSecond(uri: vscode.Uri) {
    const start = TEXT.indexOf('The second claim');
    return vscode.commands.executeCommand('newsmark.tagClaim', { uri: uri.toString(), start, end: start + 26, label: 'false', note: '' });
  }

  for (const fault of ['read-only', 'disk-full', 'killed-before-rename'] as const) {
    test(`${fault}: the sidecar keeps its old content, Problems says why, and the claim is written later`, async () => {
      const { uri, sidecar, api } = await setup();
      const before = dec(fs.files.get(sidecar.path));
      assert.equal(JSON.parse(before).annotations.length, 1);

      fs.fault = fault;
      assert.equal(await tagSecond(uri), undefined, 'the command reports the failure');
      assert.equal(dec(fs.files.get(sidecar.path)), before, 'the sidecar is byte-for-byte the old one');
      assert.deepEqual([...fs.files.keys()].filter((k) => k.endsWith('.tmp')), [], 'no temp file is left behind');
      const diag = await waitFor(() => vscode.languages.getDiagnostics(uri).find((d) => d.code === 'sidecar-write-failed'), 'a Problems entry');
      assert.equal(diag.severity, vscode.DiagnosticSeverity.Error);
      assert.equal(api.claimsFor(uri).length, 2, 'the new claim is kept in the editor');

      fs.fault = 'none';
      const start = TEXT.indexOf('The third claim');
      await vscode.commands.executeCommand('newsmark.tagClaim', { uri: uri.toString(), start, end: start + 30, label: 'opinion', note: '' });
      const after = JSON.parse(dec(fs.files.get(sidecar.path)));
      assert.deepEqual(after.annotations.map((a: { label: string }) => a.label).sort(), ['false', 'opinion', 'verified'], 'nothing was lost');
      await waitFor(() => !vscode.languages.getDiagnostics(uri).some((d) => d.code === 'sidecar-write-failed'), 'the error clears');
    });
  }

  test('killed between backing up the old sidecar and moving the new one in: restored on open', async () => {
    const { uri, sidecar, api } = await setup();
    assert.ok(await tagSecond(uri));
    const newer = dec(fs.files.get(sidecar.path));
    const older = JSON.parse(newer);
    older.annotations = older.annotations.slice(0, 1);
    await closeAll();
    // what a crash leaves on a file system without atomic replace: no sidecar, the backup, the temp file
    const reopened = uri.with({ path: uri.path.replace('.article', '-again.article') });
    const again = reopened.with({ path: `${reopened.path}.annotations.json` });
    fs.files.set(reopened.path, enc(TEXT));
    fs.files.set(`${again.path}.bak`, enc(JSON.stringify(older)));
    fs.files.set(`${again.path}.lz0k1x2y3.tmp`, enc(newer));
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(reopened));
    await waitFor(() => api.claimsFor(reopened).length === 2, 'the newer claims restored from the temp file');
    assert.equal(dec(fs.files.get(again.path)), newer);
    assert.deepEqual([...fs.files.keys()].filter((k) => k.startsWith(again.path) && k !== again.path), [], 'temp and backup tidied away');
  });

  test('another window writing the same sidecar at the same time: both sets of claims survive', async () => {
    const { uri, sidecar, api } = await setup();
    // the other window adds its claim to the file on disk (we get no file event on this file system)
    const other = JSON.parse(dec(fs.files.get(sidecar.path)));
    const start = TEXT.indexOf('The third claim');
    const mine = other.annotations[0];
    other.annotations.push({
      ...mine,
      id: 'urn:uuid:00000000-0000-4000-8000-00000000beef',
      label: 'disputed',
      note: 'from the other window',
      target: { selector: [
        { type: 'TextQuoteSelector', exact: TEXT.slice(start, start + 30), prefix: '', suffix: '' },
        { type: 'TextPositionSelector', start, end: start + 30 },
      ] },
    });
    fs.files.set(sidecar.path, enc(JSON.stringify(other, null, 2)));
    assert.ok(await tagSecond(uri));
    const merged = JSON.parse(dec(fs.files.get(sidecar.path)));
    assert.deepEqual(merged.annotations.map((a: { label: string }) => a.label).sort(), ['disputed', 'false', 'verified']);
    assert.equal(api.claimsFor(uri).length, 3);
  });

  test('the sidecar replaced by something that is not ours just before we write: refused, left alone', async () => {
    const { uri, sidecar } = await setup();
    const foreign = '{"this": "belongs to another tool"}';
    fs.files.set(sidecar.path, enc(foreign));
    assert.equal(await tagSecond(uri), undefined);
    assert.equal(dec(fs.files.get(sidecar.path)), foreign);
  });
});
