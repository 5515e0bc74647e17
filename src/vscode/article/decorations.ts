import * as vscode from 'vscode';
import type { Analysis } from '../../core/analyzer';
import { isArticle } from '../language';
import type { Settings } from '../settings';
import type { AnalysisCache } from './analysisCache';

const color = (id: string) => new vscode.ThemeColor(`newsmark.${id}`);

/**
 * Subtle, theme-able marks beyond the grammar's colours: a tint on quotes, a solid underline on their
 * speakers, a dotted one on figures and a faint one on entity mentions. Each family has its setting.
 */
export class ArticleDecorations implements vscode.Disposable {
  private readonly quote = vscode.window.createTextEditorDecorationType({
    backgroundColor: color('quote.background'),
    overviewRulerColor: color('quote.background'),
    overviewRulerLane: vscode.OverviewRulerLane.Left,
  });
  private readonly speaker = vscode.window.createTextEditorDecorationType({
    borderWidth: '0 0 1px 0',
    borderStyle: 'solid',
    borderColor: color('speaker.underline'),
  });
  private readonly figure = vscode.window.createTextEditorDecorationType({
    borderWidth: '0 0 1px 0',
    borderStyle: 'dotted',
    borderColor: color('figure.underline'),
  });
  private readonly entity = vscode.window.createTextEditorDecorationType({
    borderWidth: '0 0 1px 0',
    borderStyle: 'dashed',
    borderColor: color('entity.underline'),
  });
  private readonly subs: vscode.Disposable[];

  constructor(
    private readonly cache: AnalysisCache,
    private readonly settings: Settings,
  ) {
    this.subs = [
      cache.onDidChange((doc) => this.refresh(doc)),
      settings.onDidChange(() => this.refreshAll()),
      vscode.window.onDidChangeVisibleTextEditors(() => this.refreshAll()),
      vscode.window.onDidChangeTextEditorVisibleRanges((e) => this.onScroll(e.textEditor)),
    ];
    this.refreshAll();
  }

  private refreshAll(): void {
    for (const editor of vscode.window.visibleTextEditors) this.apply(editor);
  }

  private refresh(doc: vscode.TextDocument): void {
    for (const editor of vscode.window.visibleTextEditors) if (editor.document === doc) this.apply(editor);
  }

  private scrollTimer: ReturnType<typeof setTimeout> | undefined;

  private onScroll(editor: vscode.TextEditor): void {
    clearTimeout(this.scrollTimer);
    this.scrollTimer = setTimeout(() => this.apply(editor), 50);
  }

  /**
   * Only the spans near what is on screen are sent: a 10 MB article can hold hundreds of thousands of
   * figures, and shipping them all to the renderer on every keystroke would stall the editor.
   */
  private apply(editor: vscode.TextEditor): void {
    if (!isArticle(editor.document)) return;
    const a: Analysis | undefined = this.cache.get(editor.document);
    const on = this.settings.current.decorations;
    const doc = editor.document;
    const [from, to] = visibleWindow(editor);
    const near = <T extends { start: number; end: number }>(xs: readonly T[]) => xs.filter((x) => x.end >= from && x.start <= to);
    const r = (s: { start: number; end: number }) => new vscode.Range(doc.positionAt(s.start), doc.positionAt(s.end));
    const quotes = on.quotes && a ? near(a.quotes) : [];
    editor.setDecorations(this.quote, quotes.map(r));
    editor.setDecorations(this.speaker, quotes.flatMap((q) => (q.speaker ? [r(q.speaker)] : [])));
    editor.setDecorations(this.figure, on.figures && a ? near(a.figures).map(r) : []);
    editor.setDecorations(this.entity, on.entities && a ? a.entities.flatMap((e) => near(e.mentions).map(r)) : []);
  }

  dispose(): void {
    clearTimeout(this.scrollTimer);
    this.subs.forEach((s) => s.dispose());
    [this.quote, this.speaker, this.figure, this.entity].forEach((d) => d.dispose());
  }
}

/** Characters decorated beyond the visible text, so short scrolls need no update to look right. */
const MARGIN = 20000;

function visibleWindow(editor: vscode.TextEditor): [number, number] {
  const doc = editor.document;
  const ranges = editor.visibleRanges;
  if (ranges.length === 0) return [0, MARGIN];
  const from = doc.offsetAt(ranges[0].start);
  const to = doc.offsetAt(ranges[ranges.length - 1].end);
  return [Math.max(0, from - MARGIN), to + MARGIN];
}
