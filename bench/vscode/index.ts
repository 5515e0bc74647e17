// Benchmarks that only mean something inside a real VS Code: activation, tagging latency (command to
// sidecar on disk), and the cost of an edit in a big article full of claims. Loaded by the harness as an
// extensionTestsPath module (`node scripts/e2e/run-integration.js bench`); rows go to VSCODE_E2E_BENCH_FILE.
import * as fs from 'fs';
import * as vscode from 'vscode';

interface Row {
  name: string;
  value: number;
  unit: string;
}

const rows: Row[] = [];
const add = (name: string, value: number, unit: string) => rows.push({ name, value: Math.round(value * 100) / 100, unit });

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
}

function article(size: number): string {
  const para = 'The official said that Ukraine Security Assistance Initiative funds could be used to buy the ammunition. ';
  const out: string[] = [];
  let n = 0;
  for (let i = 0; n < size; i++) {
    const line = `Paragraph ${i}: ${para}“We will continue to support Ukraine,” Blinken said on day ${i}.`;
    out.push(line);
    n += line.length + 1;
  }
  return out.join('\n');
}

async function write(uri: vscode.Uri, text: string) {
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
}

export async function run(): Promise<void> {
  const folder = vscode.workspace.workspaceFolders![0].uri;
  const ext = vscode.extensions.getExtension('newsmark.newsmark')!;

  let t = performance.now();
  await ext.activate();
  add('activation (extension host, cold: load + activate)', performance.now() - t, 'ms');
  add('activate() itself', (ext.exports as { activationMs: number }).activationMs, 'ms');

  // tagging latency: command → sidecar written, in a 100 KB article
  const small = vscode.Uri.joinPath(folder, 'bench-100k.article');
  const smallText = article(100_000);
  await write(small, smallText);
  const smallDoc = await vscode.workspace.openTextDocument(small);
  await vscode.window.showTextDocument(smallDoc);
  const lat: number[] = [];
  for (let i = 0; i < 60; i++) {
    const start = smallText.indexOf(`Paragraph ${i * 10}:`);
    t = performance.now();
    await vscode.commands.executeCommand('newsmark.tagClaim', { uri: small.toString(), start, end: start + 40, label: 'verified', note: '' });
    lat.push(performance.now() - t);
  }
  add('tag a claim, 100 KB article (p50)', percentile(lat.slice(10), 50), 'ms');
  add('tag a claim, 100 KB article (p95)', percentile(lat.slice(10), 95), 'ms');

  // a 1 MB article with 1,000 claims: tagging one more, and an edit at the top that shifts them all
  const big = vscode.Uri.joinPath(folder, 'bench-1m.article');
  const bigText = article(1_000_000);
  const starts: number[] = [];
  for (let i = 0; i < 1000; i++) starts.push(bigText.indexOf(`Paragraph ${i * 5}:`));
  if (starts.some((s) => s < 0)) throw new Error('bench article too short for 1,000 claims');
  const annotations = starts.map((s, i) => ({
    id: `urn:uuid:00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    type: 'Annotation',
    motivation: 'assessing',
    label: 'verified',
    note: '',
    creator: { name: 'bench' },
    created: '2026-01-01T00:00:00.000Z',
    modified: '2026-01-01T00:00:00.000Z',
    target: { selector: [
      { type: 'TextQuoteSelector', exact: bigText.slice(s, s + 40), prefix: bigText.slice(Math.max(0, s - 32), s), suffix: bigText.slice(s + 40, s + 72) },
      { type: 'TextPositionSelector', start: s, end: s + 40 },
    ] },
  }));
  await write(big, bigText);
  await write(vscode.Uri.joinPath(folder, 'bench-1m.article.annotations.json'),
    JSON.stringify({ format: 'newsmark-annotations', version: 1, annotations }, null, 2));
  const api = ext.exports as { claimsFor(u: vscode.Uri): readonly { range: vscode.Range | null }[] };
  t = performance.now();
  const bigEditor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(big));
  const deadline = Date.now() + 60000;
  while (api.claimsFor(big).length < 1000) {
    if (Date.now() > deadline) throw new Error(`only ${api.claimsFor(big).length} of 1,000 claims loaded`);
    await new Promise((r) => setTimeout(r, 5));
  }
  add('open 1 MB article + load 1,000 claims', performance.now() - t, 'ms');
  // typing is timed once the work that opening starts is over (the first analysis of the article,
  // its decorations and tokens): edits made during it wait behind it, and measured that instead
  await vscode.commands.executeCommand('vscode.executeHoverProvider', big, new vscode.Position(0, 1));
  await new Promise((r) => setTimeout(r, 1500));

  const edits: number[] = [];
  for (let i = 0; i < 20; i++) {
    t = performance.now();
    await bigEditor.edit((e) => e.insert(new vscode.Position(0, 0), 'x'));
    edits.push(performance.now() - t);
  }
  add('one-character edit, 1 MB article, 1,000 claims (p50)', percentile(edits, 50), 'ms');
  add('one-character edit, 1 MB article, 1,000 claims (p95)', percentile(edits, 95), 'ms');
  // the same in prose in the middle of the article
  const middle: number[] = [];
  const bigDoc = bigEditor.document;
  const prosePos = bigDoc.positionAt(bigDoc.getText().indexOf('could be used', bigDoc.getText().length >> 1));
  for (let i = 0; i < 20; i++) {
    t = performance.now();
    await bigEditor.edit((e) => e.insert(prosePos, 'x'));
    middle.push(performance.now() - t);
  }
  add('one-character edit in prose mid-article, 1 MB article, 1,000 claims (p50)', percentile(middle, 50), 'ms');

  const bigLat: number[] = [];
  for (let i = 0; i < 15; i++) {
    const s = bigText.indexOf(`Paragraph ${i * 5 + 3}:`) + 20;
    t = performance.now();
    await vscode.commands.executeCommand('newsmark.tagClaim', { uri: big.toString(), start: s, end: s + 30, label: 'false', note: '' });
    bigLat.push(performance.now() - t);
  }
  add('tag a claim, 1 MB article with 1,000 claims (p50)', percentile(bigLat.slice(3), 50), 'ms');

  // hover and outline on a 1 MB article: the first hover pays for the analysis, the rest hit the cache
  const sample = new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder, 'samples', 'korea-artillery-shells.article')));
  const parts: string[] = [];
  for (let n = 0; n < 1_000_000; n += sample.length + 1) parts.push(sample.trimEnd());
  const hoverUri = vscode.Uri.joinPath(folder, 'bench-hover-1m.article');
  await write(hoverUri, parts.join('\n'));
  const hoverDoc = await vscode.workspace.openTextDocument(hoverUri);
  await vscode.window.showTextDocument(hoverDoc);
  const positions = [...hoverDoc.getText().matchAll(/Blinken|\$19\.3 billion|Yoon/g)].filter((_, i) => i % 7 === 0).slice(0, 100)
    .map((m) => hoverDoc.positionAt(m.index! + 1));
  t = performance.now();
  await vscode.commands.executeCommand('vscode.executeHoverProvider', hoverUri, positions[0]);
  add('first hover, 1 MB article (includes the analysis)', performance.now() - t, 'ms');
  const hovers: number[] = [];
  for (const pos of positions) {
    t = performance.now();
    await vscode.commands.executeCommand('vscode.executeHoverProvider', hoverUri, pos);
    hovers.push(performance.now() - t);
  }
  add('hover from the cache, 1 MB article (p95 of 100)', percentile(hovers, 95), 'ms');
  const outline: number[] = [];
  for (let i = 0; i < 10; i++) {
    t = performance.now();
    await vscode.commands.executeCommand('vscode.executeDocumentSymbolProvider', hoverUri);
    outline.push(performance.now() - t);
  }
  add('outline from the cache, 1 MB article (p95 of 10)', percentile(outline, 95), 'ms');

  // typing: a keystroke in prose, then a hover, which analyses the new version first (incremental:
  // the paragraph again, the rest of the analysis moved)
  const editor = vscode.window.activeTextEditor!;
  const prose = hoverDoc.getText().indexOf('during talks', hoverDoc.getText().length >> 1) + 'during '.length;
  const typing: number[] = [];
  for (let i = 0; i < 20; i++) {
    await editor.edit((b) => b.insert(hoverDoc.positionAt(prose + i), 'e'));
    t = performance.now();
    await vscode.commands.executeCommand('vscode.executeHoverProvider', hoverUri, positions[0]);
    typing.push(performance.now() - t);
  }
  add('hover right after a keystroke in prose, 1 MB article (p50 of 20; includes re-analysing it)', percentile(typing, 50), 'ms');

  const out = process.env.VSCODE_E2E_BENCH_FILE;
  if (out) fs.writeFileSync(out, JSON.stringify(rows, null, 1));
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
}
