import * as vscode from 'vscode';
import type { Analysis, Entity, Quote } from '../../core/analyzer';
import type { ClaimsSource } from '../claims/api';
import { isArticle } from '../language';
import type { AnalysisCache } from './analysisCache';
import { ENTITY_TYPE_TITLE, METHOD_TITLE, figureValue, shortQuote } from './format';
import { REVEAL_COMMAND } from './reveal';
import type { WorkspaceIndex } from './workspaceIndex';

export const VIEW_ID = 'newsmark.articleView';
export const TOGGLE_WORKSPACE_COMMAND = 'newsmark.article.toggleWorkspaceMode';

/** A node of the Newsmark view: a section or group (with children) or a leaf that reveals a span. */
export interface ArticleNode {
  label: string;
  description?: string;
  tooltip?: string;
  icon?: string;
  /** where a click goes */
  target?: { uri: vscode.Uri; start: number; end: number };
  children?: ArticleNode[];
  expanded?: boolean;
}

const TYPE_ICON: Record<Entity['type'], string> = { person: 'person', organization: 'organization', place: 'location' };

/**
 * The Newsmark view: Quotes by speaker, Entities, Figures and Claims by label for the active article,
 * or (workspace mode) the entities of every article in the workspace.
 */
export class ArticleTree implements vscode.TreeDataProvider<ArticleNode>, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<ArticleNode | undefined>();
  readonly onDidChangeTreeData = this.emitter.event;
  private workspaceMode = false;
  private doc: vscode.TextDocument | undefined;
  private readonly subs: vscode.Disposable[];

  constructor(
    private readonly cache: AnalysisCache,
    private readonly claims: ClaimsSource | undefined,
    private readonly index: WorkspaceIndex,
  ) {
    this.doc = isArticle(vscode.window.activeTextEditor?.document) ? vscode.window.activeTextEditor.document : undefined;
    this.subs = [
      vscode.window.onDidChangeActiveTextEditor((e) => {
        // follow the active article; keep showing the last one while another kind of editor has focus
        if (isArticle(e?.document)) {
          this.doc = e.document;
          this.refresh();
        }
      }),
      vscode.workspace.onDidCloseTextDocument((d) => {
        if (d === this.doc) {
          this.doc = undefined;
          this.refresh();
        }
      }),
      cache.onDidChange((d) => d === this.doc && this.refresh()),
      index.onDidChange(() => this.workspaceMode && this.refresh()),
      ...(claims ? [claims.onDidChangeClaims((u) => u.toString() === this.doc?.uri.toString() && this.refresh())] : []),
    ];
    void vscode.commands.executeCommand('setContext', 'newsmark.workspaceMode', false);
  }

  get isWorkspaceMode(): boolean {
    return this.workspaceMode;
  }

  async toggleWorkspaceMode(): Promise<void> {
    this.workspaceMode = !this.workspaceMode;
    await vscode.commands.executeCommand('setContext', 'newsmark.workspaceMode', this.workspaceMode);
    this.refresh();
    if (this.workspaceMode) await this.index.ensureBuilt();
  }

  refresh(): void {
    this.emitter.fire(undefined);
  }

  getTreeItem(n: ArticleNode): vscode.TreeItem {
    const state = n.children
      ? n.expanded ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed
      : vscode.TreeItemCollapsibleState.None;
    const item = new vscode.TreeItem(n.label, state);
    item.description = n.description;
    item.tooltip = n.tooltip;
    if (n.icon) item.iconPath = new vscode.ThemeIcon(n.icon);
    if (n.target) item.command = { command: REVEAL_COMMAND, title: 'Reveal', arguments: [n.target.uri.toString(), n.target.start, n.target.end] };
    return item;
  }

  getChildren(n?: ArticleNode): ArticleNode[] {
    if (n) return n.children ?? [];
    if (this.workspaceMode) return this.workspaceSections();
    const doc = this.doc;
    const a = doc ? this.cache.get(doc) : undefined;
    if (!doc || !a) return [];
    return this.sections(doc.uri, a);
  }

  /** The four sections for one article (also what the tests read). */
  sections(uri: vscode.Uri, a: Analysis): ArticleNode[] {
    const at = (s: { start: number; end: number }) => ({ uri, start: s.start, end: s.end });
    const quoteNode = (q: Quote): ArticleNode => ({ label: shortQuote(q, 70), icon: 'quote', tooltip: `${q.text}\n\n${METHOD_TITLE[q.method]}`, target: at(q) });

    const bySpeaker = new Map<string, Quote[]>();
    for (const q of a.quotes) {
      const name = q.speaker?.name ?? '(no named speaker)';
      bySpeaker.set(name, [...(bySpeaker.get(name) ?? []), q]);
    }
    const quotes: ArticleNode = {
      label: 'Quotes by speaker',
      description: String(a.quotes.length),
      expanded: true,
      children: [...bySpeaker].map(([name, qs]) => ({ label: name, description: String(qs.length), icon: 'comment', expanded: true, children: qs.map(quoteNode) })),
    };
    const entities: ArticleNode = {
      label: 'Entities',
      description: String(a.entities.length),
      children: [...a.entities]
        .sort((x, y) => y.mentions.length - x.mentions.length || x.name.localeCompare(y.name))
        .map((e) => ({
          label: e.name,
          description: `${ENTITY_TYPE_TITLE[e.type]} · ${e.mentions.length}`,
          tooltip: e.role,
          icon: TYPE_ICON[e.type],
          target: at(e.mentions[0]),
          children: e.mentions.map((m) => ({ label: m.text, description: `offset ${m.start}`, target: at(m) })),
        })),
    };
    const figures: ArticleNode = {
      label: 'Figures',
      description: String(a.figures.length),
      children: a.figures.map((f) => ({ label: f.text, description: `${f.kind} · ${figureValue(f)}`, icon: 'symbol-number', target: at(f) })),
    };
    const claimViews = this.claims?.claimsFor(uri) ?? [];
    const byLabel = new Map<string, typeof claimViews[number][]>();
    for (const c of claimViews) byLabel.set(c.labelTitle, [...(byLabel.get(c.labelTitle) ?? []), c]);
    const claims: ArticleNode = {
      label: 'Claims by label',
      description: String(claimViews.length),
      expanded: true,
      children: [...byLabel].map(([label, cs]) => ({
        label,
        description: String(cs.length),
        icon: 'tag',
        expanded: true,
        children: cs.map((c) => {
          const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
          const target = c.range && doc ? { uri, start: doc.offsetAt(c.range.start), end: doc.offsetAt(c.range.end) } : undefined;
          return { label: c.exact.length > 70 ? c.exact.slice(0, 69) + '…' : c.exact, description: c.range ? c.note : 'orphaned', tooltip: c.note || undefined, target };
        }),
      })),
    };
    return [quotes, entities, figures, claims];
  }

  private workspaceSections(): ArticleNode[] {
    const entities = this.index.entities();
    if (!entities.length) return [{ label: this.index.fileCount ? 'No entities found' : 'Indexing articles…' }];
    return entities.map((e) => ({
      label: e.name,
      description: `${ENTITY_TYPE_TITLE[e.type]} · ${e.files.length} article${e.files.length === 1 ? '' : 's'}`,
      icon: TYPE_ICON[e.type],
      children: e.files.map((f) => ({
        label: vscode.workspace.asRelativePath(f.uri),
        description: `${f.mentions.length} mention${f.mentions.length === 1 ? '' : 's'}`,
        icon: 'file',
        target: { uri: f.uri, start: f.mentions[0]?.start ?? 0, end: f.mentions[0]?.end ?? 0 },
      })),
    }));
  }

  dispose(): void {
    this.subs.forEach((s) => s.dispose());
    this.emitter.dispose();
  }
}
