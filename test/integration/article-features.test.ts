import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, closeAll, openArticle, waitFor, writeFile, wsFile } from './helpers';

// The public API's article part, as far as these tests read it (the real types live in src/vscode/article).
interface ArticleNode {
  label: string;
  description?: string;
  children?: ArticleNode[];
}
interface ArticleApi {
  tree: { getChildren(n?: ArticleNode): ArticleNode[]; getTreeItem(n: ArticleNode): vscode.TreeItem; isWorkspaceMode: boolean };
  statusBar: { item: vscode.StatusBarItem };
  workspaceIndex: { ensureBuilt(): Promise<void>; entities(): { name: string; files: { uri: vscode.Uri }[] }[] };
}
interface ReportResult {
  panel: vscode.WebviewPanel;
  model: { speakers: { name: string; words: number }[]; figures: unknown[] };
  rendered: Promise<{ speakers: string[]; figures: number; claims: number; injectedElements: number; text: string; injected: boolean }>;
}

const SAMPLE = () => wsFile('samples', 'korea-artillery-shells.article');
const SPEAKERS = ['Yoon Suk-yeol', 'Antony Blinken', 'South Korea’s defence ministry', 'Yonhap News Agency', 'Volodymyr Zelenskyy'];

async function api(): Promise<ArticleApi> {
  const ext = await activateExtension();
  return (ext.exports as { article: ArticleApi }).article;
}

/** The position `delta` characters into the first occurrence of `words` after `after` (if given). */
function positionOf(doc: vscode.TextDocument, words: string, delta = 1, after?: string): vscode.Position {
  const from = after ? doc.getText().indexOf(after) : 0;
  assert.ok(from >= 0, `"${after}" is in the document`);
  const at = doc.getText().indexOf(words, from);
  assert.ok(at >= 0, `"${words}" is in the document`);
  return doc.positionAt(at + delta);
}

function hoverText(hovers: vscode.Hover[]): string {
  return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))).join('\n');
}

/** Markdown-escaped hover text back to plain text, for readable assertions. */
const unescape = (s: string) => s.replace(/\\(.)/g, '$1');

suite('article: hovers, navigation, outline, tokens, view, status bar, report', () => {
  let doc: vscode.TextDocument;

  suiteSetup(async () => {
    await api();
    doc = (await openArticle(SAMPLE())).document;
  });
  suiteTeardown(closeAll);

  test('hovering "Yoon" in "Yoon told reporters" shows Yoon Suk-yeol, his role and both his quotes', async () => {
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, positionOf(doc, 'Yoon told reporters'));
    const text = unescape(hoverText(hovers));
    assert.match(text, /Yoon Suk-yeol/);
    assert.match(text, /South Korean President/);
    assert.match(text, /Quoted 2 times/);
    assert.match(text, /We’ve provided humanitarian/);
    assert.match(text, /In any case, it’s a matter/);
    // each quote is a link to our reveal command, and only that command is trusted
    const md = hovers.flatMap((h) => h.contents).find((c): c is vscode.MarkdownString => c instanceof vscode.MarkdownString && c.value.includes('Yoon'));
    assert.ok(md, 'a Markdown hover');
    assert.equal((md.value.match(/command:newsmark\.article\.reveal/g) ?? []).length, 2);
  });

  test('hovering "$19.3 billion" shows 19,300,000,000 USD', async () => {
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, positionOf(doc, '$19.3 billion', 3));
    const text = unescape(hoverText(hovers));
    assert.match(text, /19,300,000,000 USD/);
    assert.match(text, /money/);
  });

  test('hovering a quote tells who said it and how sure we are', async () => {
    const explicit = unescape(hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, positionOf(doc, 'This drawdown', 3))));
    assert.match(explicit, /Quote\*\* by \[Antony Blinken\]/);
    assert.match(explicit, /explicit cue “said”/);
    const inherited = unescape(hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, positionOf(doc, 'We will continue to support', 3))));
    assert.match(inherited, /Antony Blinken/);
    assert.match(inherited, /inherited from the previous paragraph/);
    const pronoun = unescape(hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, positionOf(doc, 'In any case', 3))));
    assert.match(pronoun, /Yoon Suk-yeol/);
    assert.match(pronoun, /pronoun resolved/);
  });

  test('Go to Definition on "Blinken" lands on "Antony Blinken"', async () => {
    const pos = positionOf(doc, 'Blinken said in a statement');
    const locs = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', doc.uri, pos);
    assert.equal(locs.length, 1);
    const loc = locs[0];
    const range = 'targetRange' in loc ? loc.targetRange : loc.range;
    assert.equal(doc.getText(range), 'Antony Blinken');
  });

  test('Find All References and document highlights list every mention of the entity', async () => {
    const pos = positionOf(doc, 'Putin made the remark');
    const refs = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', doc.uri, pos);
    assert.deepEqual(refs.map((r) => doc.getText(r.range)).sort(), ['Putin', 'Putin', 'Putin', 'Vladimir Putin']);
    const highlights = await vscode.commands.executeCommand<vscode.DocumentHighlight[]>('vscode.executeDocumentHighlights', doc.uri, pos);
    assert.equal(highlights.length, 4);
  });

  test('the Outline lists the speakers with their quotes, the figures and the claims', async () => {
    // the sample's claims load from its sidecar asynchronously
    const symbols = await waitFor(async () => {
      const s = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri);
      return s.some((x) => x.kind === vscode.SymbolKind.Event) ? s : undefined;
    }, 'the outline with claims');
    const names = symbols.map((s) => s.name);
    for (const s of SPEAKERS) assert.ok(names.includes(s), `outline has ${s}: ${names.join(' | ')}`);
    const yoon = symbols.find((s) => s.name === 'Yoon Suk-yeol')!;
    assert.equal(yoon.children.length, 2);
    assert.ok(names.includes('$400m'), 'a figure');
    assert.ok(names.some((n) => n.startsWith('Needs source:')), 'a claim from the sidecar');
  });

  test('semantic tokens mark people, organisations and places, and speakers', async () => {
    const legend = await vscode.commands.executeCommand<vscode.SemanticTokensLegend>('vscode.provideDocumentSemanticTokensLegend', doc.uri);
    const tokens = await vscode.commands.executeCommand<vscode.SemanticTokens>('vscode.provideDocumentSemanticTokens', doc.uri);
    assert.ok(legend && tokens, 'our provider answers');
    // decode the relative encoding: [deltaLine, deltaStart, length, type, modifiers]*
    const decoded: { text: string; type: string; mods: string[] }[] = [];
    let line = 0;
    let char = 0;
    for (let i = 0; i < tokens.data.length; i += 5) {
      const [dl, ds, len, type, mods] = tokens.data.slice(i, i + 5);
      line += dl;
      char = dl ? ds : char + ds;
      const start = new vscode.Position(line, char);
      decoded.push({ text: doc.getText(new vscode.Range(start, start.translate(0, len))), type: legend.tokenTypes[type], mods: legend.tokenModifiers.filter((_, b) => mods & (1 << b)) });
    }
    const find = (text: string, type: string) => decoded.find((t) => t.text === text && t.type === type);
    assert.ok(find('Antony Blinken', 'variable')?.mods.includes('declaration'), 'a person, its defining mention');
    assert.ok(find('Reuters', 'class'), 'an organisation');
    assert.ok(find('Seoul', 'namespace'), 'a place');
    assert.ok(decoded.some((t) => t.text === 'Yoon' && t.mods.includes('speaker')), 'a speaker');
  });

  test('the Newsmark view has the four sections for the active article', async () => {
    const { tree } = await api();
    const sections = await waitFor(() => {
      const s = tree.getChildren();
      return s.length === 4 ? s : undefined;
    }, 'the view sections');
    assert.deepEqual(sections.map((s) => s.label), ['Quotes by speaker', 'Entities', 'Figures', 'Claims by label']);
    const speakers = tree.getChildren(sections[0]).map((n) => n.label);
    for (const s of SPEAKERS) assert.ok(speakers.includes(s), `view lists ${s}`);
    const labels = tree.getChildren(sections[3]).map((n) => n.label).sort();
    assert.deepEqual(labels, ['Disputed', 'Needs source', 'Verified']);
    await vscode.commands.executeCommand('newsmark.article.showView');
  });

  test('a click on a view item reveals its place in the editor', async () => {
    const { tree } = await api();
    const figures = tree.getChildren().find((s) => s.label === 'Figures')!;
    const node = tree.getChildren(figures).find((n) => n.label === '$19.3 billion');
    assert.ok(node, 'the figure is listed');
    const command = tree.getTreeItem(node).command;
    assert.ok(command, 'the item has a command');
    await vscode.commands.executeCommand(command.command, ...(command.arguments ?? []));
    const editor = await waitFor(() => vscode.window.activeTextEditor, 'an editor');
    assert.equal(editor.document.getText(editor.selection), '$19.3 billion');
  });

  test('workspace mode lists entities across every article of the workspace', async () => {
    const { tree, workspaceIndex } = await api();
    await vscode.commands.executeCommand('newsmark.article.toggleWorkspaceMode');
    try {
      assert.equal(tree.isWorkspaceMode, true);
      await workspaceIndex.ensureBuilt();
      const blinken = workspaceIndex.entities().find((e) => e.name === 'Antony Blinken');
      assert.ok(blinken, 'Blinken is indexed');
      assert.ok(blinken.files.some((f) => f.uri.path.endsWith('korea-artillery-shells.article')));
      assert.ok(tree.getChildren().some((n) => n.label === 'Antony Blinken'));
    } finally {
      await vscode.commands.executeCommand('newsmark.article.toggleWorkspaceMode');
    }
  });

  test('the status bar counts quotes and claims that need a source', async () => {
    const { statusBar } = await api();
    await vscode.window.showTextDocument(doc);
    const text = await waitFor(() => (statusBar.item.text.includes('need') ? statusBar.item.text : undefined), 'status bar text');
    assert.equal(text, '$(quote) 11 quotes · 1 claim needs source');
    assert.equal(statusBar.item.command, 'newsmark.article.showView');
  });

  test('the report opens a webview that renders every speaker', async () => {
    await vscode.window.showTextDocument(doc);
    const result = await vscode.commands.executeCommand<ReportResult>('newsmark.article.showReport');
    assert.ok(result, 'the command returns the report');
    assert.equal(result.panel.viewType, 'newsmark.report');
    const rendered = await Promise.race([result.rendered, new Promise<never>((_, rej) => setTimeout(() => rej(new Error('the webview did not render')), 20000))]);
    assert.deepEqual([...rendered.speakers].sort(), [...SPEAKERS].sort());
    assert.equal(rendered.figures, result.model.figures.length);
    assert.ok(rendered.figures >= 10);
    assert.equal(rendered.claims, 3);
    // the most quoted speaker comes first
    assert.equal(result.model.speakers[0].name, 'Antony Blinken');
    result.panel.dispose();
  });

  test('article text with <script> and HTML is shown as text in the report, and its CSP allows only the nonce', async () => {
    const evil = [
      'Script test',
      '“<script>window.newsmarkPwned = true</script><img src=x onerror="window.newsmarkPwned = true">,” Jane Doe said on Friday.',
      '',
    ].join('\n');
    const uri = wsFile(`evil-${Date.now()}.article`);
    await writeFile(uri, evil);
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    // tagged as a claim, the markup lands in the report's claims table
    const start = evil.indexOf('<script>');
    const end = evil.indexOf(',”');
    assert.ok(await vscode.commands.executeCommand('newsmark.tagClaim', { uri: uri.toString(), start, end, label: 'false', note: '<b>bold?</b>' }));
    const result = await vscode.commands.executeCommand<ReportResult>('newsmark.article.showReport');
    assert.ok(result);
    const html = result.panel.webview.html;
    assert.match(html, /script-src 'nonce-[A-Za-z0-9+/=]+'/);
    assert.doesNotMatch(html, /unsafe-inline|unsafe-eval/);
    assert.ok(!html.includes('newsmarkPwned'), 'article text is not in the HTML; it arrives as data');
    const rendered = await Promise.race([result.rendered, new Promise<never>((_, rej) => setTimeout(() => rej(new Error('the webview did not render')), 20000))]);
    assert.ok(rendered.text.includes('<script>window.newsmarkPwned = true</script><img src=x'), `the markup is shown as text: ${rendered.text.slice(0, 400)}`);
    assert.equal(rendered.injectedElements, 0, 'no element was made from the article\'s markup');
    assert.equal(rendered.injected, false, 'no injected code ran');
    result.panel.dispose();
  });
});
