import * as vscode from 'vscode';
import { registerArticleFeatures } from './vscode/article';
import { registerClaims } from './vscode/claims';
import { registerExportImport } from './vscode/exportImport';
import { registerFolding } from './vscode/folding';
import { registerOpenAsArticle } from './vscode/language';
import { createLog } from './vscode/log';
import { Settings } from './vscode/settings';

// Short on purpose: every feature lives in its own folder under src/vscode and hands back disposables.
export function activate(context: vscode.ExtensionContext) {
  const started = performance.now();
  const log = createLog();
  const settings = new Settings(log);
  const claims = registerClaims(context, settings, log);
  const article = registerArticleFeatures(context, { settings, log, claims: claims.store });
  const exchange = registerExportImport(claims.store, (doc) => article.api.cache.get(doc), settings, log);
  context.subscriptions.push(log, settings, registerOpenAsArticle(), registerFolding(), ...claims.disposables, ...article.disposables, ...exchange);
  const activationMs = performance.now() - started;
  log.info(`Newsmark ${context.extension.packageJSON.version} activated in ${activationMs.toFixed(1)} ms`);
  // the public API: what other extensions (and our integration tests) may read
  return {
    version: context.extension.packageJSON.version as string,
    /** time spent in activate() itself (module loading by VS Code comes before it) */
    activationMs,
    claimsFor: (uri: vscode.Uri) => claims.store.claimsFor(uri),
    /** fires when an article's claims change; claims moved by typing are announced once it pauses */
    onDidChangeClaims: claims.store.onDidChangeClaims,
    article: article.api,
  };
}

export function deactivate() {}
