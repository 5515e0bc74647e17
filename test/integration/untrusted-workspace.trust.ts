// Runs only in the harness's `untrusted` phase: workspace trust on, this folder not trusted. Newsmark
// declares full support for untrusted workspaces (it runs no workspace code), so everything must work.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, exists, openArticle, waitFor, wsFile } from './helpers';

suite('in an untrusted workspace', () => {
  test('the workspace is really untrusted', () => {
    assert.equal(vscode.workspace.isTrusted, false);
  });

  test('articles activate Newsmark, the analysis answers hovers, and claims can be tagged', async () => {
    const editor = await openArticle(wsFile('samples', 'korea-artillery-shells.article'));
    const ext = await activateExtension();
    assert.ok(ext.isActive);
    const doc = editor.document;
    const pos = doc.positionAt(doc.getText().indexOf('Yoon told reporters') + 1);
    const hovers = await waitFor(async () => {
      const h = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, pos);
      return h.length ? h : undefined;
    }, 'a hover');
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))).join('\n');
    assert.match(text, /Yoon Suk\\?-yeol/); // markdown may escape the hyphen
    const start = doc.getText().indexOf('Seoul has provided bulletproof vests');
    const id = await vscode.commands.executeCommand('newsmark.tagClaim', { uri: doc.uri.toString(), start, end: start + 36, label: 'verified', note: '' });
    assert.ok(id);
    assert.ok(await exists(wsFile('samples', 'korea-artillery-shells.article.annotations.json')));
  });
});
