import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, closeAll, exists, openArticle, readText, sleep, waitFor, writeFile, wsFile } from './helpers';

interface ClaimView {
  id: string;
  label: string;
  labelTitle: string;
  note: string;
  exact: string;
  range: vscode.Range | null;
}
interface NewsmarkApi {
  claimsFor(uri: vscode.Uri): readonly ClaimView[];
  onDidChangeClaims: vscode.Event<vscode.Uri>;
}

const ARTICLE = [
  'Seoul denies arms deal',
  'South Korea has insisted its policy against providing lethal aid to Ukraine remained unchanged.',
  'The official warned that news of the talks being made public could threaten the deal.',
  '“We will continue to support Ukraine,” Blinken said in a statement.',
  'Source: Al Jazeera',
  '',
].join('\n');

const CLAIM_1 = 'South Korea has insisted its policy against providing lethal aid to Ukraine remained unchanged.';
const CLAIM_2 = 'The official warned that news of the talks being made public could threaten the deal.';

let counter = 0;
async function freshArticle(text = ARTICLE): Promise<{ uri: vscode.Uri; sidecar: vscode.Uri; editor: vscode.TextEditor }> {
  const uri = wsFile(`claims-${++counter}-${Date.now()}.article`);
  await writeFile(uri, text);
  const editor = await openArticle(uri);
  return { uri, sidecar: uri.with({ path: `${uri.path}.annotations.json` }), editor };
}

function offsets(doc: vscode.TextDocument, words: string): { start: number; end: number } {
  const start = doc.getText().indexOf(words);
  assert.ok(start >= 0, `"${words}" is in the document`);
  return { start, end: start + words.length };
}

async function api(): Promise<NewsmarkApi> {
  const ext = await activateExtension();
  return ext.exports as NewsmarkApi;
}

async function sidecarJson(sidecar: vscode.Uri) {
  await waitFor(() => exists(sidecar), 'the sidecar file');
  return JSON.parse(await readText(sidecar));
}

suite('claims: tagging, the sidecar and anchoring', () => {
  teardown(closeAll);

  test('a code action on a selection tags it and writes the sidecar', async () => {
    const { uri, sidecar, editor } = await freshArticle();
    const { start, end } = offsets(editor.document, CLAIM_1);
    const range = new vscode.Range(editor.document.positionAt(start), editor.document.positionAt(end));
    editor.selection = new vscode.Selection(range.start, range.end);
    assert.equal(await exists(sidecar), false, 'no sidecar before the first tag');
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range);
    const verified = actions.find((a) => a.title === 'Tag claim: Verified');
    assert.ok(verified?.command, `"Tag claim: Verified" offered (got ${actions.map((a) => a.title).join(', ')})`);
    const titles = actions.map((a) => a.title);
    for (const t of ['Disputed', 'False', 'Misleading', 'Needs source', 'Opinion']) assert.ok(titles.includes(`Tag claim: ${t}`), t);
    await vscode.commands.executeCommand(verified.command.command, ...(verified.command.arguments ?? []));

    const json = await sidecarJson(sidecar);
    assert.equal(json.format, 'newsmark-annotations');
    assert.equal(json.version, 1);
    assert.equal(json.annotations.length, 1);
    const a = json.annotations[0];
    assert.equal(a.label, 'verified');
    assert.match(a.id, /^urn:uuid:/);
    const quote = a.target.selector.find((s: { type: string }) => s.type === 'TextQuoteSelector');
    const pos = a.target.selector.find((s: { type: string }) => s.type === 'TextPositionSelector');
    assert.equal(quote.exact, CLAIM_1);
    assert.deepEqual([pos.start, pos.end], [start, end]);
    assert.ok(quote.prefix.endsWith('arms deal\n') && quote.suffix.startsWith('\nThe official'));

    // on a tagged claim the lightbulb offers editing instead
    const onClaim = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, new vscode.Range(range.start, range.start));
    const editTitles = onClaim.map((a) => a.title);
    assert.ok(editTitles.includes('Remove claim tag') && editTitles.includes('Edit claim note…'), editTitles.join(', '));
    assert.ok(editTitles.includes('Change claim label to False'));
    assert.ok(!editTitles.includes('Change claim label to Verified'));
  });

  test('the palette command tags the sentence under the cursor through the quick pick', async () => {
    const { sidecar, editor } = await freshArticle();
    const { start } = offsets(editor.document, CLAIM_2);
    const at = editor.document.positionAt(start + 10);
    editor.selection = new vscode.Selection(at, at);
    const done = vscode.commands.executeCommand<string>('newsmark.tagClaim');
    await sleep(400);
    await vscode.commands.executeCommand('workbench.action.quickOpenSelectNext'); // Verified → Disputed
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    await sleep(400);
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem'); // empty note
    const id = await done;
    assert.ok(id, 'the command returns the new claim id');
    const json = await sidecarJson(sidecar);
    assert.equal(json.annotations[0].label, 'disputed');
    assert.equal(json.annotations[0].target.selector.find((s: { type: string }) => s.type === 'TextQuoteSelector').exact, CLAIM_2);
  });

  test('reopening the article restores its claims; notes, labels, undo and navigation work', async () => {
    const { uri, sidecar, editor } = await freshArticle();
    const r1 = offsets(editor.document, CLAIM_1);
    const r2 = offsets(editor.document, CLAIM_2);
    const id1 = await vscode.commands.executeCommand<string>('newsmark.tagClaim', { uri: uri.toString(), ...r1, label: 'needs-source', note: '' });
    const id2 = await vscode.commands.executeCommand<string>('newsmark.tagClaim', { uri: uri.toString(), ...r2, label: 'opinion', note: 'anonymous' });
    assert.ok(id1 && id2);
    await vscode.commands.executeCommand('newsmark.editClaimNote', { uri: uri.toString(), id: id1, note: 'Which policy document?' });
    await vscode.commands.executeCommand('newsmark.changeClaimLabel', { uri: uri.toString(), id: id2, label: 'false' });

    // needs-source shows in the Problems panel
    const diag = await waitFor(() => vscode.languages.getDiagnostics(uri).find((d) => d.code === 'needs-source'), 'needs-source diagnostic');
    assert.equal(diag.severity, vscode.DiagnosticSeverity.Information);
    assert.equal(editor.document.getText(diag.range), CLAIM_1);

    // next / previous claim move the cursor
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    await vscode.commands.executeCommand('newsmark.nextClaim');
    assert.equal(editor.document.offsetAt(editor.selection.active), r1.start);
    await vscode.commands.executeCommand('newsmark.nextClaim');
    assert.equal(editor.document.offsetAt(editor.selection.active), r2.start);
    await vscode.commands.executeCommand('newsmark.previousClaim');
    assert.equal(editor.document.offsetAt(editor.selection.active), r1.start);

    await closeAll();
    await openArticle(uri);
    const newsmark = await api();
    const claims = await waitFor(() => (newsmark.claimsFor(uri).length === 2 ? newsmark.claimsFor(uri) : undefined), 'claims after reopening');
    const doc = vscode.window.activeTextEditor!.document;
    assert.deepEqual(claims.map((c) => [c.label, c.note, doc.getText(c.range!)]), [
      ['needs-source', 'Which policy document?', CLAIM_1],
      ['false', 'anonymous', CLAIM_2],
    ]);

    // undo: the label change is reverted, then the note edit
    assert.equal(await vscode.commands.executeCommand('newsmark.undoLastTag', { uri: uri.toString() }), true);
    let json = await sidecarJson(sidecar);
    assert.equal(json.annotations.find((a: { id: string }) => a.id === id2).label, 'opinion');
    await vscode.commands.executeCommand('newsmark.removeClaimTag', { uri: uri.toString(), id: id1 });
    json = await sidecarJson(sidecar);
    assert.deepEqual(json.annotations.map((a: { id: string }) => a.id), [id2]);
    await vscode.commands.executeCommand('newsmark.undoLastTag', { uri: uri.toString() });
    json = await sidecarJson(sidecar);
    assert.equal(json.annotations.length, 2, 'undo brings a removed tag back');
  });

  test('claims stay on their words through edits before, inside and after them', async () => {
    const { uri, editor } = await freshArticle();
    const newsmark = await api();
    const r1 = offsets(editor.document, CLAIM_1);
    const r2 = offsets(editor.document, CLAIM_2);
    await vscode.commands.executeCommand('newsmark.tagClaim', { uri: uri.toString(), ...r1, label: 'verified', note: '' });
    await vscode.commands.executeCommand('newsmark.tagClaim', { uri: uri.toString(), ...r2, label: 'false', note: '' });

    const doc = editor.document;
    await editor.edit((e) => e.insert(new vscode.Position(0, 0), 'UPDATED: '));
    const inside = doc.positionAt(doc.getText().indexOf('lethal aid'));
    await editor.edit((e) => e.insert(inside, 'any '));
    await editor.edit((e) => e.insert(doc.lineAt(doc.lineCount - 1).range.end, 'Additional reporting by Reuters\n'));
    // a multi-cursor edit: one change above each claim
    await editor.edit((e) => {
      e.insert(new vscode.Position(1, 0), '» ');
      e.insert(new vscode.Position(2, 0), '» ');
    });

    const claims = newsmark.claimsFor(uri);
    assert.deepEqual(claims.map((c) => doc.getText(c.range!)), [
      CLAIM_1.replace('lethal aid', 'any lethal aid'),
      CLAIM_2,
    ]);

    // deleting a claim's words orphans it: listed, kept in the sidecar, not moved onto other words
    const line2 = doc.lineAt(2).range;
    await editor.edit((e) => e.delete(line2));
    const after = newsmark.claimsFor(uri);
    const orphan = after.find((c) => c.label === 'false');
    assert.ok(orphan, 'the claim is kept');
    assert.equal(orphan.range, null, 'and shown as orphaned');
    assert.equal(orphan.exact, CLAIM_2);
    const warn = await waitFor(() => vscode.languages.getDiagnostics(uri).find((d) => d.code === 'orphaned-claim'), 'orphan warning');
    assert.match(warn.message, /talks being made public/);
    await doc.save();
    const json = JSON.parse(await readText(uri.with({ path: `${uri.path}.annotations.json` })));
    assert.equal(json.annotations.length, 2, 'the orphaned claim is still in the sidecar after saving');
  });

  test('typing moves claims at once and announces them once typing pauses', async () => {
    const { uri, editor } = await freshArticle();
    const newsmark = await api();
    await vscode.commands.executeCommand('newsmark.tagClaim', { uri: uri.toString(), ...offsets(editor.document, CLAIM_1), label: 'needs-source', note: '' });
    await sleep(1000); // the tag's own announcements and the sidecar write are over
    const doc = editor.document;
    const heard: number[] = [];
    const sub = newsmark.onDidChangeClaims((u) => u.toString() === uri.toString() && heard.push(Date.now()));
    try {
      const keys = 'Update: ';
      for (const ch of keys) await editor.edit((e) => e.insert(new vscode.Position(1, 0), ch));
      // the store is current after every keystroke
      assert.equal(doc.getText(newsmark.claimsFor(uri)[0].range!), CLAIM_1);
      // the views (decorations, Problems, outline, status bar) redraw every claim: not once per keystroke
      assert.ok(heard.length < keys.length, `${heard.length} announcements for ${keys.length} keystrokes`);
      await waitFor(() => heard.length > 0 || undefined, 'the announcement after typing');
      const d = await waitFor(() => vscode.languages.getDiagnostics(uri).find((x) => x.code === 'needs-source' && x.range.start.character === keys.length), 'the diagnostic on the moved claim');
      assert.equal(doc.getText(d.range), CLAIM_1);
    } finally {
      sub.dispose();
    }
  });

  test('every view reads one answer per change: kept until an edit, a tag or a label setting changes it', async () => {
    const { uri, editor } = await freshArticle();
    const newsmark = await api();
    const doc = editor.document;
    await vscode.commands.executeCommand('newsmark.tagClaim', { uri: uri.toString(), ...offsets(doc, CLAIM_1), label: 'verified', note: '' });
    const first = newsmark.claimsFor(uri);
    assert.equal(newsmark.claimsFor(uri), first, 'nothing changed: the same answer');
    assert.ok(Object.isFrozen(first), 'shared with every view, so nobody may change it');

    await editor.edit((e) => e.insert(new vscode.Position(1, 0), 'Meanwhile, '));
    const moved = newsmark.claimsFor(uri);
    assert.notEqual(moved, first);
    assert.equal(doc.getText(moved[0].range!), CLAIM_1, 'the edit moved the range');

    await vscode.commands.executeCommand('newsmark.tagClaim', { uri: uri.toString(), ...offsets(doc, CLAIM_2), label: 'false', note: '' });
    assert.deepEqual(newsmark.claimsFor(uri).map((c) => c.label), ['verified', 'false'], 'a new tag shows at once');

    const cfg = vscode.workspace.getConfiguration('newsmark');
    await cfg.update('claimLabels', [{ id: 'verified', title: 'Checked', color: '#2e7d32' }, { id: 'false', title: 'Wrong', color: '#c62828' }], vscode.ConfigurationTarget.Workspace);
    try {
      await waitFor(() => newsmark.claimsFor(uri)[0].labelTitle === 'Checked' || undefined, 'the new label titles');
      assert.equal(newsmark.claimsFor(uri)[1].labelTitle, 'Wrong');
    } finally {
      await cfg.update('claimLabels', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });

  test('the outline keeps up with edits and new claims', async () => {
    const { uri, editor } = await freshArticle();
    const doc = editor.document;
    const outline = () => vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', uri);
    await vscode.commands.executeCommand('newsmark.tagClaim', { uri: uri.toString(), ...offsets(doc, CLAIM_2), label: 'false', note: '' });
    const first = await waitFor(async () => ((await outline()).some((s) => s.kind === vscode.SymbolKind.Event) ? outline() : undefined), 'the claim in the outline');
    const quoteLine = (symbols: vscode.DocumentSymbol[]) => symbols.find((s) => s.name === 'Antony Blinken' || s.name === 'Blinken')?.children[0]?.range.start.line;
    assert.equal(quoteLine(first), 3, 'the quote under its speaker');

    await editor.edit((e) => e.insert(new vscode.Position(0, 0), 'UPDATED\n'));
    assert.equal(quoteLine(await outline()), 4, 'an edit moves the quotes in the outline');

    await vscode.commands.executeCommand('newsmark.tagClaim', { uri: uri.toString(), ...offsets(doc, CLAIM_1), label: 'verified', note: '' });
    const both = await waitFor(async () => {
      const s = await outline();
      return s.filter((x) => x.kind === vscode.SymbolKind.Event).length === 2 ? s : undefined;
    }, 'both claims in the outline');
    // in text order among the rest: the new claim (line 2) before the older one (line 3)
    const events = both.filter((x) => x.kind === vscode.SymbolKind.Event);
    assert.deepEqual(events.map((x) => x.range.start.line), [2, 3]);
    const lines = both.map((x) => x.range.start.line);
    assert.deepEqual(lines, [...lines].sort((a, b) => a - b), 'the outline is in text order');
  });

  test('after the article is rewritten on disk with a paragraph inserted above, claims cover the same words', async () => {
    const { uri, editor } = await freshArticle();
    const newsmark = await api();
    await vscode.commands.executeCommand('newsmark.tagClaim', { uri: uri.toString(), ...offsets(editor.document, CLAIM_2), label: 'verified', note: '' });
    const rewritten = ARTICLE.replace('Seoul denies arms deal\n', 'Seoul denies arms deal\nA new first paragraph was added by the wire desk after publication.\n');
    await writeFile(uri, rewritten);
    const doc = editor.document;
    await waitFor(() => doc.getText() === rewritten, 'VS Code reloads the changed file');
    const claim = await waitFor(() => newsmark.claimsFor(uri)[0]?.range && newsmark.claimsFor(uri)[0], 'the claim re-anchored');
    assert.equal(doc.getText(claim.range!), CLAIM_2);

    // closed article rewritten on disk: re-anchored when it is opened again
    await closeAll();
    await writeFile(uri, `Breaking\n${rewritten.replace('could threaten', 'could seriously threaten')}`);
    const reopened = await openArticle(uri);
    await waitFor(() => reopened.document.getText().includes('seriously'), 'the document shows the new text');
    const moved = await waitFor(() => newsmark.claimsFor(uri)[0]?.range && newsmark.claimsFor(uri)[0], 'fuzzy re-anchor on open');
    assert.equal(vscode.window.activeTextEditor!.document.getText(moved.range!), CLAIM_2.replace('could threaten', 'could seriously threaten'));
  });

  test('a sidecar changed on disk by another tool is reloaded', async () => {
    const { uri, sidecar, editor } = await freshArticle();
    const newsmark = await api();
    await vscode.commands.executeCommand('newsmark.tagClaim', { uri: uri.toString(), ...offsets(editor.document, CLAIM_1), label: 'verified', note: '' });
    const json = await sidecarJson(sidecar);
    const copy = structuredClone(json.annotations[0]);
    copy.id = 'urn:uuid:00000000-0000-4000-8000-000000000001';
    copy.label = 'misleading';
    copy.note = 'added by a teammate';
    const r = offsets(editor.document, CLAIM_2);
    copy.target.selector = [
      { type: 'TextQuoteSelector', exact: CLAIM_2, prefix: '', suffix: '' },
      { type: 'TextPositionSelector', start: r.start, end: r.end },
    ];
    json.annotations.push(copy);
    await writeFile(sidecar, JSON.stringify(json, null, 2));
    const claims = await waitFor(() => (newsmark.claimsFor(uri).length === 2 ? newsmark.claimsFor(uri) : undefined), 'the reloaded claims');
    assert.equal(claims[1].note, 'added by a teammate');
    assert.equal(editor.document.getText(claims[1].range!), CLAIM_2);
  });

  test('an article outside the workspace folders: its sidecar is watched too', async () => {
    const outside = vscode.Uri.joinPath(wsFile(), '..', `outside-${Date.now()}`);
    const uri = vscode.Uri.joinPath(outside, 'elsewhere.article');
    const sidecar = uri.with({ path: `${uri.path}.annotations.json` });
    await writeFile(uri, ARTICLE);
    assert.equal(vscode.workspace.getWorkspaceFolder(uri), undefined);
    const editor = await openArticle(uri);
    const newsmark = await api();
    await vscode.commands.executeCommand('newsmark.tagClaim', { uri: uri.toString(), ...offsets(editor.document, CLAIM_1), label: 'verified', note: '' });
    const json = await sidecarJson(sidecar);
    json.annotations[0].note = 'edited by another tool';
    await writeFile(sidecar, JSON.stringify(json, null, 2));
    await waitFor(() => newsmark.claimsFor(uri)[0]?.note === 'edited by another tool', 'the outside sidecar reloaded');
  });

  for (const [name, content] of [
    ['malformed JSON', '{ "format": "newsmark-annotations", "version": 1, "annotations": [ '],
    ['a schema violation', JSON.stringify({ format: 'newsmark-annotations', version: 1, annotations: [{ id: 42 }] }, null, 2)],
    ['a newer format version', JSON.stringify({ format: 'newsmark-annotations', version: 99, annotations: [], future: true }, null, 2)],
    ['a foreign JSON file', JSON.stringify({ name: 'some other tool', items: [1, 2, 3] })],
  ] as const) {
    test(`a sidecar with ${name} is left byte-for-byte unchanged and tagging is refused`, async () => {
      const uri = wsFile(`bad-${Date.now()}-${++counter}.article`);
      const sidecar = uri.with({ path: `${uri.path}.annotations.json` });
      await writeFile(uri, ARTICLE);
      await writeFile(sidecar, content);
      const editor = await openArticle(uri);
      await api();
      const id = await vscode.commands.executeCommand('newsmark.tagClaim', {
        uri: uri.toString(), ...offsets(editor.document, CLAIM_1), label: 'verified', note: '',
      });
      assert.equal(id, undefined, 'tagging is refused');
      const diag = await waitFor(() => vscode.languages.getDiagnostics(uri).find((d) => String(d.code).startsWith('sidecar-')), 'an error in Problems');
      assert.equal(diag.severity, vscode.DiagnosticSeverity.Error);
      await editor.edit((e) => e.insert(new vscode.Position(0, 0), 'x'));
      await editor.document.save();
      await sleep(300);
      assert.equal(await readText(sidecar), content, 'the file is untouched');
    });
  }
});

suite('claims: untitled articles', () => {
  teardown(closeAll);

  test('an untitled article keeps its claims in memory and writes them when it is saved', async () => {
    const newsmark = await api();
    // an untitled document with an associated path saves there without a dialog: the real save flow
    const saved = wsFile(`saved-${Date.now()}.article`);
    const sidecar = saved.with({ path: `${saved.path}.annotations.json` });
    const untitled = await vscode.workspace.openTextDocument(saved.with({ scheme: 'untitled' }));
    const editor = await vscode.window.showTextDocument(untitled);
    await editor.edit((e) => e.insert(new vscode.Position(0, 0), ARTICLE));
    assert.equal(untitled.isUntitled, true);
    const start = ARTICLE.indexOf(CLAIM_1);
    const id = await vscode.commands.executeCommand<string>('newsmark.tagClaim', { uri: untitled.uri.toString(), start, end: start + CLAIM_1.length, label: 'verified', note: 'kept' });
    assert.ok(id);
    assert.equal(newsmark.claimsFor(untitled.uri).length, 1);
    assert.equal(await exists(sidecar), false, 'nothing is written while the article has no name');

    assert.ok(await untitled.save());
    const json = await sidecarJson(sidecar);
    assert.deepEqual(json.annotations.map((a: { id: string; note: string }) => [a.id, a.note]), [[id, 'kept']]);
    const moved = await waitFor(() => newsmark.claimsFor(saved)[0], 'the claims follow the saved file');
    const savedDoc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === saved.toString())!;
    assert.equal(savedDoc.getText(moved.range!), CLAIM_1, 'anchored on the saved text, not orphaned');
  });
});
