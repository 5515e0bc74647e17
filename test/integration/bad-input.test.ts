import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, closeAll, openArticle, writeFile, wsFile } from './helpers';

/** Opens the file, then asks every Newsmark provider about it: none may throw or hang the host. */
async function openAndProbe(name: string, text: string): Promise<vscode.TextEditor> {
  const uri = wsFile(name);
  await writeFile(uri, text);
  const editor = await openArticle(uri);
  assert.equal(editor.document.languageId, 'news-article');
  await activateExtension();
  const mid = editor.document.positionAt(Math.floor(text.length / 2));
  const range = new vscode.Range(mid, mid);
  await vscode.commands.executeCommand('vscode.executeHoverProvider', uri, mid);
  await vscode.commands.executeCommand('vscode.executeCodeActionProvider', uri, range);
  await vscode.commands.executeCommand('vscode.executeDocumentSymbolProvider', uri);
  // the host still answers: an edit round-trips
  await editor.edit((e) => e.insert(mid, 'x'));
  assert.equal(editor.document.getText(new vscode.Range(mid, mid.translate(0, 1))), 'x');
  return editor;
}

suite('bad input opens without errors and without stalling', () => {
  teardown(closeAll);

  test('an empty article', async () => {
    const editor = await openAndProbe('empty.article', '');
    assert.equal(editor.document.lineCount, 1);
  });

  test('a 10 MB article with no newline', async function () {
    this.timeout(120000);
    const para = 'Officials said the “deal, worth $400m, would go ahead. 100,000 rounds of 155mm shells 😀 مرحبا ';
    const text = para.repeat(Math.ceil(10_000_000 / para.length)).slice(0, 10_000_000);
    const editor = await openAndProbe('huge-single-line.article', text);
    assert.equal(editor.document.lineCount, 1);
  });

  test('an article of unbalanced quotes, CRLF line ends, emoji and RTL text', async () => {
    const lines: string[] = [];
    for (let i = 0; i < 2000; i++) lines.push(`“Unclosed ${i} ‘nested “ « said ” he ‘ told 👩🏽‍⚖️ שלום “`);
    const editor = await openAndProbe('unbalanced.article', lines.join('\r\n'));
    assert.equal(editor.document.eol, vscode.EndOfLine.CRLF);
  });
});
