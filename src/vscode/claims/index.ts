import * as vscode from 'vscode';
import { isArticle } from '../language';
import type { Settings } from '../settings';
import { registerClaimCodeActions } from './codeActions';
import { registerClaimCommands, showProblem } from './commands';
import { ClaimDecorations } from './decorations';
import { registerClaimDiagnostics } from './diagnostics';
import { registerClaimHover } from './hover';
import { ClaimStore } from './store';

/** The claims feature: store, lightbulb, commands, decorations, hover and Problems entries. */
export function registerClaims(
  context: vscode.ExtensionContext,
  settings: Settings,
  log: vscode.LogOutputChannel,
): { store: ClaimStore; disposables: vscode.Disposable[] } {
  const store = new ClaimStore(settings, log);
  const load = (doc: vscode.TextDocument | undefined) => {
    if (isArticle(doc)) void store.ensureLoaded(doc);
  };
  const disposables = [
    store,
    store.onProblem((p) => void showProblem(p)),
    new ClaimDecorations(store, settings, context.extensionUri),
    registerClaimDiagnostics(store),
    registerClaimHover(store),
    registerClaimCodeActions(store, settings),
    ...registerClaimCommands(store, settings, log),
    vscode.workspace.onDidOpenTextDocument(load),
    vscode.window.onDidChangeActiveTextEditor((e) => load(e?.document)),
  ];
  for (const doc of vscode.workspace.textDocuments) load(doc);
  return { store, disposables };
}
