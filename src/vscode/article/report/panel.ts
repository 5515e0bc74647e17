import * as vscode from 'vscode';
import type { ClaimsSource } from '../../claims/api';
import { isArticle } from '../../language';
import type { AnalysisCache } from '../analysisCache';
import { REVEAL_COMMAND } from '../reveal';
import type { FromWebview, ToWebview } from './messages';
import { buildReportModel, type ReportModel } from './model';

export const SHOW_REPORT_COMMAND = 'newsmark.article.showReport';

/** What the report command resolves to: the model and what the webview rendered (for tests). */
export interface ReportResult {
  panel: vscode.WebviewPanel;
  model: ReportModel;
  rendered: Promise<Extract<FromWebview, { type: 'rendered' }>>;
}

/**
 * "Newsmark: Show Article Report": one webview panel, reused, showing the article it was opened on and
 * kept current as that article changes. Strict CSP with a nonce; only media/ and dist/ are reachable.
 */
export class ReportPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private doc: vscode.TextDocument | undefined;
  private model: ReportModel | undefined;
  private ready = false;
  private renderedWaiters: ((m: Extract<FromWebview, { type: 'rendered' }>) => void)[] = [];
  private readonly subs: vscode.Disposable[];

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly cache: AnalysisCache,
    private readonly claims: ClaimsSource | undefined,
  ) {
    this.subs = [
      cache.onDidChange((d) => d === this.doc && this.update()),
      ...(claims ? [claims.onDidChangeClaims((u) => u.toString() === this.doc?.uri.toString() && this.update())] : []),
    ];
  }

  show(doc: vscode.TextDocument | undefined = vscode.window.activeTextEditor?.document): ReportResult | undefined {
    if (!isArticle(doc)) {
      void vscode.window.showInformationMessage('Newsmark: open a news article to see its report.');
      return undefined;
    }
    this.doc = doc;
    if (!this.panel) this.panel = this.createPanel();
    else this.panel.reveal(vscode.ViewColumn.Beside);
    const rendered = new Promise<Extract<FromWebview, { type: 'rendered' }>>((r) => this.renderedWaiters.push(r));
    this.update();
    return this.model && { panel: this.panel, model: this.model, rendered };
  }

  private createPanel(): vscode.WebviewPanel {
    const roots = [vscode.Uri.joinPath(this.extensionUri, 'media'), vscode.Uri.joinPath(this.extensionUri, 'dist')];
    const panel = vscode.window.createWebviewPanel('newsmark.report', 'Article Report', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, {
      enableScripts: true,
      localResourceRoots: roots,
      retainContextWhenHidden: false,
    });
    panel.iconPath = vscode.Uri.joinPath(this.extensionUri, 'media', 'newsmark.svg');
    this.ready = false;
    panel.webview.html = this.html(panel.webview);
    panel.webview.onDidReceiveMessage((m: FromWebview) => this.onMessage(m));
    panel.onDidChangeViewState(() => {
      // a hidden webview is destroyed (no retainContext); it says 'ready' again when shown
      if (!panel.visible) this.ready = false;
    });
    panel.onDidDispose(() => {
      this.panel = undefined;
      this.doc = undefined;
    });
    return panel;
  }

  private onMessage(m: FromWebview): void {
    if (m.type === 'ready') {
      this.ready = true;
      this.post();
    } else if (m.type === 'rendered') {
      const waiters = this.renderedWaiters;
      this.renderedWaiters = [];
      waiters.forEach((w) => w(m));
    } else if (m.type === 'reveal' && this.doc && Number.isInteger(m.start) && Number.isInteger(m.end)) {
      void vscode.commands.executeCommand(REVEAL_COMMAND, this.doc.uri.toString(), m.start, m.end);
    }
  }

  private update(): void {
    const doc = this.doc;
    const a = doc && this.cache.get(doc);
    if (!doc || !a || !this.panel) return;
    const title = doc.uri.path.split('/').pop() ?? doc.uri.toString();
    this.panel.title = `Report: ${title}`;
    const offsetOf = (c: { range: vscode.Range | null }) => (c.range ? { start: doc.offsetAt(c.range.start), end: doc.offsetAt(c.range.end) } : null);
    this.model = buildReportModel(title, a, this.claims?.claimsFor(doc.uri) ?? [], offsetOf);
    this.post();
  }

  private post(): void {
    if (this.panel && this.ready && this.model) void this.panel.webview.postMessage({ type: 'model', model: this.model } satisfies ToWebview);
  }

  private html(webview: vscode.Webview): string {
    const nonce = makeNonce();
    const script = webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'dist', 'report', 'main.js'));
    const style = webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'media', 'report', 'report.css'));
    const csp = `default-src 'none'; script-src 'nonce-${nonce}'; style-src ${webview.cspSource}; img-src ${webview.cspSource}; font-src ${webview.cspSource}`;
    return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${style}">
<title>Article Report</title>
</head>
<body>
<main id="root"><p>Loading the report…</p></main>
<script nonce="${nonce}" src="${script}"></script>
</body>
</html>`;
  }

  dispose(): void {
    this.subs.forEach((s) => s.dispose());
    this.panel?.dispose();
  }
}

function makeNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
