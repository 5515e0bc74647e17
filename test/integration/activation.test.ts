import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, closeAll, openArticle, waitFor, wsFile, writeFile, EXTENSION_ID } from './helpers';

suite('activation and the article language', () => {
  teardown(closeAll);

  test('opening an .article file activates Newsmark with language news-article', async () => {
    const editor = await openArticle(wsFile('samples', 'korea-artillery-shells.article'));
    assert.equal(editor.document.languageId, 'news-article');
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext);
    await waitFor(() => ext.isActive, 'activation on an article');
  });

  test('.news files are articles too', async () => {
    const uri = wsFile('brief.news');
    await writeFile(uri, 'SEOUL, Nov 11 (Reuters) - “Talks continue,” the ministry said.\n');
    const editor = await openArticle(uri);
    assert.equal(editor.document.languageId, 'news-article');
  });

  test('"Open as News Article" switches a plain text file to the article language', async () => {
    await activateExtension();
    const editor = await openArticle(wsFile('plain.txt'));
    assert.equal(editor.document.languageId, 'plaintext');
    await vscode.commands.executeCommand('newsmark.openAsArticle');
    await waitFor(() => vscode.window.activeTextEditor?.document.languageId === 'news-article', 'language switch');
  });

  test('the Newsmark commands are registered', async () => {
    await activateExtension();
    const all = await vscode.commands.getCommands(true);
    assert.ok(all.includes('newsmark.openAsArticle'));
  });
});
