import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { analyze, type Analysis } from '../../src/core/analyzer';
import { activateExtension, closeAll, openArticle, waitFor, writeFile, wsFile } from './helpers';

interface ArticleApi {
  cache: { get(doc: vscode.TextDocument): Analysis | undefined; computations: number; incrementalComputations: number; movedComputations: number };
}

const ARTICLE = [
  'Blinken visits Seoul',
  'US Secretary of State Antony Blinken arrived in Seoul on Thursday.',
  '“We will continue to support Ukraine,” Blinken said.',
  'Source: Al Jazeera',
  '',
].join('\n');

let counter = 0;
async function freshArticle(text = ARTICLE): Promise<vscode.TextEditor> {
  const uri = wsFile(`article-cache-${++counter}-${Date.now()}.article`);
  await writeFile(uri, text);
  return openArticle(uri);
}

async function cache(): Promise<ArticleApi['cache']> {
  const ext = await activateExtension();
  return (ext.exports as { article: ArticleApi }).article.cache;
}

async function hoverAt(doc: vscode.TextDocument, words: string, delta = 1): Promise<string> {
  const at = doc.getText().lastIndexOf(words);
  assert.ok(at >= 0, `"${words}" is in the document`);
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, doc.positionAt(at + delta));
  return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n').replace(/\\(.)/g, '$1');
}

async function setSetting(key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration('newsmark').update(key, value, vscode.ConfigurationTarget.Workspace);
}

suite('article: one cached analysis per document version', () => {
  teardown(closeAll);

  test('after each edit the cached analysis equals a fresh analysis of the new text', async () => {
    const c = await cache();
    const editor = await freshArticle();
    const doc = editor.document;
    assert.deepEqual(c.get(doc), analyze(doc.getText()));
    const edits: [string, string][] = [
      ['Thursday', 'Friday'],
      ['Source:', '“Second thoughts,” Blinken added.\nSource:'],
      ['Blinken visits Seoul', 'Blinken visits Seoul and Tokyo'],
    ];
    for (const [from, to] of edits) {
      const at = doc.getText().indexOf(from);
      await editor.edit((b) => b.replace(new vscode.Range(doc.positionAt(at), doc.positionAt(at + from.length)), to));
      assert.deepEqual(c.get(doc), analyze(doc.getText()), `after replacing "${from}"`);
    }
    assert.equal(c.get(doc), c.get(doc), 'the same object while the version is unchanged');
  });

  test('several edits before the next request (typing) are analysed incrementally as one, and right', async () => {
    const c = await cache();
    const editor = await freshArticle();
    const doc = editor.document;
    c.get(doc);
    const before = { all: c.computations, incremental: c.incrementalComputations };
    // keystrokes in two paragraphs, a deletion and a multi-cursor edit, with no request in between
    const at = (s: string) => doc.positionAt(doc.getText().indexOf(s));
    for (const ch of ['A', 'n', 'd']) await editor.edit((b) => b.insert(at('arrived'), ch));
    await editor.edit((b) => b.delete(new vscode.Range(at('Thursday'), at('Thursday').translate(0, 3))));
    await editor.edit((b) => {
      b.insert(at('Seoul on'), 'x');
      b.insert(at('Source:'), '“Second thoughts,” Blinken added.\n');
    });
    assert.deepEqual(c.get(doc), analyze(doc.getText()));
    // providers may ask between two edits (then that edit is analysed alone), but no request ever
    // needs a full analysis: edits with no request between them are composed into one span
    const ran = c.computations - before.all;
    assert.ok(ran >= 1 && ran <= 5, `${ran} analyses`);
    assert.equal(c.incrementalComputations - before.incremental, ran, 'every analysis since the first was incremental');
  });

  test('typing in prose moves the analysis instead of relinking it, and hovers follow', async () => {
    const c = await cache();
    const editor = await freshArticle();
    const doc = editor.document;
    const first = c.get(doc)!;
    const blinken = first.quotes.find((q) => q.speaker?.name === 'Antony Blinken')!;
    const was = blinken.start;
    const moved = c.movedComputations;
    for (const word of ['has ', 'just ']) {
      const at = doc.positionAt(doc.getText().indexOf('arrived'));
      await editor.edit((b) => b.insert(at, word));
      assert.equal(c.get(doc), first, 'the same analysis object, moved');
    }
    assert.equal(c.movedComputations - moved, 2);
    assert.equal(blinken.start, was + 'has just '.length);
    assert.deepEqual(c.get(doc), analyze(doc.getText()));
    const hover = await hoverAt(doc, 'Blinken said');
    assert.match(hover, /Antony Blinken/);
  });

  test('hovers follow edits: a new quote appears in the speaker hover', async () => {
    await cache();
    const editor = await freshArticle();
    const doc = editor.document;
    assert.match(await hoverAt(doc, 'Blinken said'), /Quoted once/);
    const at = doc.getText().indexOf('Source:');
    await editor.edit((b) => b.insert(doc.positionAt(at), '“Second thoughts,” Blinken said.\n'));
    assert.match(await hoverAt(doc, 'Blinken said'), /Quoted 2 times/);
  });

  test('articles over newsmark.maxAnalysisSize are skipped', async () => {
    const c = await cache();
    const doc = (await freshArticle()).document;
    try {
      await setSetting('maxAnalysisSize', 10);
      await waitFor(() => c.get(doc) === undefined, 'the article to be skipped');
      assert.equal(await hoverAt(doc, 'Blinken said'), '');
    } finally {
      await setSetting('maxAnalysisSize', undefined);
    }
    await waitFor(() => c.get(doc), 'the article to be analysed again');
  });

  test('newsmark.semanticHighlighting off: no tokens', async () => {
    await cache();
    const doc = (await freshArticle()).document;
    const count = async () => (await vscode.commands.executeCommand<vscode.SemanticTokens>('vscode.provideDocumentSemanticTokens', doc.uri))?.data.length ?? 0;
    assert.ok((await count()) > 0);
    try {
      await setSetting('semanticHighlighting', false);
      await waitFor(async () => (await count()) === 0, 'no tokens');
    } finally {
      await setSetting('semanticHighlighting', undefined);
    }
    await waitFor(async () => (await count()) > 0, 'tokens again');
  });

  test('the workspace glossary adds descriptions to entity hovers', async () => {
    await cache();
    const glossary = wsFile('.newsmark', 'entities.json');
    await writeFile(glossary, JSON.stringify([{ name: 'Antony Blinken', type: 'person', description: 'US Secretary of State since 2021.', aliases: ['Tony Blinken'] }]));
    try {
      const doc = (await freshArticle()).document;
      await waitFor(async () => (await hoverAt(doc, 'Blinken said')).includes('US Secretary of State since 2021.'), 'the glossary description');
    } finally {
      await vscode.workspace.fs.delete(glossary);
    }
  });
});

suite('article: answering from the cache on a 1 MB article', () => {
  teardown(closeAll);

  // timings are in `npm run bench` (bench/vscode/index.ts); this proves the providers share one analysis
  test('60 hovers and 5 outlines of one version run the analysis once', async () => {
    const api = await cache();
    const sample = new TextDecoder().decode(await vscode.workspace.fs.readFile(wsFile('samples', 'korea-artillery-shells.article')));
    const parts: string[] = [];
    for (let n = 0; n < 1_000_000; n += sample.length + 1) parts.push(sample.trimEnd());
    const doc = (await freshArticle(parts.join('\n'))).document;
    const positions = [...doc.getText().matchAll(/Blinken|\$19\.3 billion|Yoon/g)].filter((_, i) => i % 7 === 0).slice(0, 60).map((m) => doc.positionAt(m.index! + 1));
    await vscode.commands.executeCommand('vscode.executeHoverProvider', doc.uri, positions[0]);
    const before = api.computations;
    for (const pos of positions) {
      const h = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, pos);
      assert.ok(h.length > 0);
    }
    for (let i = 0; i < 5; i++) await vscode.commands.executeCommand('vscode.executeDocumentSymbolProvider', doc.uri);
    assert.equal(api.computations, before, 'no analysis ran again for the same document version');
  });
});
