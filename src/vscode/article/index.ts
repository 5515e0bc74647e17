import * as vscode from 'vscode';
import type { ClaimsSource } from '../claims/api';
import type { Settings } from '../settings';
import { AnalysisCache } from './analysisCache';
import { ArticleDecorations } from './decorations';
import { Glossary } from './glossary';
import { registerArticleHover } from './hover';
import { registerDefinition, registerHighlights, registerReferences } from './navigation';
import { ReportPanel, SHOW_REPORT_COMMAND } from './report/panel';
import { registerReveal } from './reveal';
import { registerSemanticTokens } from './semanticTokens';
import { ArticleStatusBar, SHOW_VIEW_COMMAND } from './statusBar';
import { registerSymbols } from './symbols';
import { ArticleTree, TOGGLE_WORKSPACE_COMMAND, VIEW_ID } from './treeView';
import { WorkspaceIndex } from './workspaceIndex';

export { AnalysisCache } from './analysisCache';

/** What the article features expose to the rest of the extension (and, through its API, to tests). */
export interface ArticleApi {
  cache: AnalysisCache;
  tree: ArticleTree;
  statusBar: ArticleStatusBar;
  report: ReportPanel;
  workspaceIndex: WorkspaceIndex;
}

/**
 * Issue 5, "seeing the article": decorations, hovers, semantic tokens, outline, navigation, the Newsmark
 * view, status bar and report, all fed by one cached analysis per document version.
 */
export function registerArticleFeatures(
  context: vscode.ExtensionContext,
  deps: { settings: Settings; log: vscode.LogOutputChannel; claims?: ClaimsSource },
): { disposables: vscode.Disposable[]; api: ArticleApi } {
  const { settings, log, claims } = deps;
  const cache = new AnalysisCache(settings, log);
  const glossary = new Glossary(log);
  const workspaceIndex = new WorkspaceIndex(settings, log);
  const tree = new ArticleTree(cache, claims, workspaceIndex);
  const statusBar = new ArticleStatusBar(cache, claims);
  const report = new ReportPanel(context.extensionUri, cache, claims);
  const view = vscode.window.createTreeView(VIEW_ID, { treeDataProvider: tree, showCollapseAll: true });
  const disposables: vscode.Disposable[] = [
    cache,
    glossary,
    workspaceIndex,
    tree,
    view,
    statusBar,
    report,
    new ArticleDecorations(cache, settings),
    registerReveal(),
    registerArticleHover(cache, glossary),
    registerDefinition(cache),
    registerReferences(cache),
    registerHighlights(cache),
    registerSymbols(cache, claims),
    ...registerSemanticTokens(cache, settings),
    vscode.commands.registerCommand(SHOW_REPORT_COMMAND, (uri?: vscode.Uri) => {
      const doc = uri instanceof vscode.Uri ? vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString()) : undefined;
      return report.show(doc);
    }),
    vscode.commands.registerCommand(SHOW_VIEW_COMMAND, () => vscode.commands.executeCommand(`${VIEW_ID}.focus`)),
    vscode.commands.registerCommand(TOGGLE_WORKSPACE_COMMAND, () => tree.toggleWorkspaceMode()),
    vscode.commands.registerCommand(`${TOGGLE_WORKSPACE_COMMAND}.off`, () => tree.toggleWorkspaceMode()),
  ];
  return { disposables, api: { cache, tree, statusBar, report, workspaceIndex } };
}
