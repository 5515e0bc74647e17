import * as vscode from 'vscode';
import type { ClaimsSource } from '../claims/api';
import { isArticle } from '../language';
import type { AnalysisCache } from './analysisCache';

export const SHOW_VIEW_COMMAND = 'newsmark.article.showView';

/** "4 quotes · 2 claims need source" for the active article; a click opens the Newsmark view. */
export class ArticleStatusBar implements vscode.Disposable {
  readonly item = vscode.window.createStatusBarItem('newsmark.article', vscode.StatusBarAlignment.Right, 100);
  private readonly subs: vscode.Disposable[];

  constructor(
    private readonly cache: AnalysisCache,
    private readonly claims: ClaimsSource | undefined,
  ) {
    this.item.name = 'Newsmark Article';
    this.item.command = SHOW_VIEW_COMMAND;
    this.subs = [
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      cache.onDidChange(() => this.update()),
      ...(claims ? [claims.onDidChangeClaims(() => this.update())] : []),
    ];
    this.update();
  }

  update(): void {
    const doc = vscode.window.activeTextEditor?.document;
    const a = isArticle(doc) ? this.cache.get(doc) : undefined;
    if (!doc || !a) {
      this.item.hide();
      return;
    }
    const plural = (n: number, one: string, many = one + 's') => `${n} ${n === 1 ? one : many}`;
    const parts = [`$(quote) ${plural(a.quotes.length, 'quote')}`];
    const claims = this.claims?.claimsFor(doc.uri) ?? [];
    const needSource = claims.filter((c) => c.label === 'needs-source').length;
    if (needSource) parts.push(`${plural(needSource, 'claim needs', 'claims need')} source`);
    else if (claims.length) parts.push(plural(claims.length, 'claim'));
    this.item.text = parts.join(' · ');
    const speakers = new Set(a.quotes.map((q) => q.speaker?.name).filter(Boolean)).size;
    this.item.tooltip = `Newsmark: ${plural(a.quotes.length, 'quote')} from ${plural(speakers, 'speaker')}, ${plural(a.figures.length, 'figure')}, ${plural(a.entities.length, 'entity', 'entities')}, ${plural(claims.length, 'claim')}. Click to open the Newsmark view.`;
    this.item.show();
  }

  dispose(): void {
    this.subs.forEach((s) => s.dispose());
    this.item.dispose();
  }
}
