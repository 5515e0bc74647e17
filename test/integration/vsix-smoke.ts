// Runs against Newsmark installed from the packaged .vsix (not the development folder): catches files
// left out of the package and a bundle that needs node_modules.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import Mocha from 'mocha';
import { mirrorMochaOutput, runMocha } from './mocha-output';

export function run(): Promise<void> {
  mirrorMochaOutput();
  const mocha = new Mocha({ ui: 'tdd', timeout: 60000, color: false, reporter: 'spec' });
  mocha.suite.emit('pre-require', globalThis, 'vsix-smoke', mocha);
  suite('installed from the .vsix', () => {
    test('Newsmark is installed from the extensions folder and activates on an article', async () => {
      const ext = vscode.extensions.getExtension('newsmark.newsmark');
      assert.ok(ext, 'the vsix is installed');
      assert.match(ext.extensionPath, /exts/, 'loaded from the installed extensions, not the dev folder');
      const folder = vscode.workspace.workspaceFolders?.[0];
      assert.ok(folder);
      const doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder.uri, 'samples', 'korea-artillery-shells.article'));
      await vscode.window.showTextDocument(doc);
      assert.equal(doc.languageId, 'news-article');
      await ext.activate();
      assert.ok(ext.isActive);
      const cmds = await vscode.commands.getCommands(true);
      assert.ok(cmds.includes('newsmark.openAsArticle'));
    });
  });
  return runMocha(mocha);
}
