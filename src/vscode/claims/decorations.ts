import * as vscode from 'vscode';
import { isArticle } from '../language';
import type { Settings } from '../settings';
import { resolveLabels } from './labels';
import type { ClaimStore } from './store';

/** Paints claims: a tinted background with an underline in the label's colour, a gutter icon, a ruler mark. */
export class ClaimDecorations implements vscode.Disposable {
  private types = new Map<string, { words: vscode.TextEditorDecorationType; gutter: vscode.TextEditorDecorationType }>();
  private readonly subs: vscode.Disposable[] = [];

  constructor(
    private readonly store: ClaimStore,
    private readonly settings: Settings,
    private readonly extensionUri: vscode.Uri,
  ) {
    this.rebuildTypes();
    this.subs.push(
      store.onDidChangeClaims((uri) => this.refresh(uri)),
      settings.onDidChange(() => {
        this.rebuildTypes();
        this.refreshAll();
      }),
      vscode.window.onDidChangeVisibleTextEditors(() => this.refreshAll()),
    );
    this.refreshAll();
  }

  private rebuildTypes(): void {
    this.disposeTypes();
    this.types = new Map(
      resolveLabels(this.settings.current.claimLabels, this.extensionUri).map((l) => [
        l.id,
        {
          words: vscode.window.createTextEditorDecorationType({
            backgroundColor: l.background,
            borderColor: l.foreground,
            borderStyle: 'none none solid none',
            borderWidth: '0 0 2px 0',
            overviewRulerColor: l.foreground,
            overviewRulerLane: vscode.OverviewRulerLane.Left,
            rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
          }),
          // a separate type on the claim's first character: one icon per claim, not one per wrapped line
          gutter: vscode.window.createTextEditorDecorationType({ gutterIconPath: l.icon, gutterIconSize: '80%' }),
        },
      ]),
    );
  }

  private refreshAll(): void {
    for (const editor of vscode.window.visibleTextEditors) if (isArticle(editor.document)) this.paint(editor);
  }

  private refresh(uri: vscode.Uri): void {
    for (const editor of vscode.window.visibleTextEditors) if (editor.document.uri.toString() === uri.toString()) this.paint(editor);
  }

  private paint(editor: vscode.TextEditor): void {
    const byLabel = new Map<string, vscode.Range[]>();
    for (const c of this.store.claimsFor(editor.document.uri)) {
      if (!c.range) continue;
      const list = byLabel.get(c.label) ?? [];
      list.push(c.range);
      byLabel.set(c.label, list);
    }
    for (const [id, type] of this.types) {
      const ranges = byLabel.get(id) ?? [];
      editor.setDecorations(type.words, ranges);
      editor.setDecorations(type.gutter, ranges.map((r) => new vscode.Range(r.start, r.start)));
    }
  }

  dispose(): void {
    for (const s of this.subs) s.dispose();
    this.disposeTypes();
  }

  private disposeTypes(): void {
    for (const t of this.types.values()) {
      t.words.dispose();
      t.gutter.dispose();
    }
  }
}
