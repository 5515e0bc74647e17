import * as vscode from 'vscode';
import { registerOpenAsArticle } from './vscode/language';
import { createLog } from './vscode/log';

// Short on purpose: every feature lives in its own file under src/vscode and hands back disposables.
export function activate(context: vscode.ExtensionContext) {
  const log = createLog();
  context.subscriptions.push(log, registerOpenAsArticle());
  log.info(`Newsmark ${context.extension.packageJSON.version} activated`);
  return { version: context.extension.packageJSON.version as string };
}

export function deactivate() {}
