import * as vscode from 'vscode';
import { analyzeIncremental, composeEdits, createAnalysisState, eventSpan, type Analysis, type AnalysisState, type EditSpan } from '../../core/analyzer';
import { isArticle } from '../language';
import type { Settings } from '../settings';

interface Entry {
  version: number;
  /** null: skipped (too big) or failed; the providers then show nothing */
  state: AnalysisState | null;
  /** every edit since `state` was computed, as one span, for the incremental path (typing several
   *  characters before the next request is the common case); null: recompute in full */
  pending: { version: number; span: EditSpan } | null;
}

/**
 * One analysis per (document, version), computed on first request and shared by every provider.
 * After an edit only the touched paragraphs are re-analysed (analyzeIncremental); when that leaves
 * the cross-paragraph links unchanged, the same Analysis object is returned with its offsets moved,
 * so position indexes built on it stay valid. Never throws.
 */
export class AnalysisCache implements vscode.Disposable {
  private readonly entries = new Map<string, Entry>();
  private readonly skipped = new Set<string>();
  private readonly emitter = new vscode.EventEmitter<vscode.TextDocument>();
  /** Fires (debounced) after an article changed, for views that redraw: decorations, tree, status bar. */
  readonly onDidChange = this.emitter.event;
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly subs: vscode.Disposable[];
  private maxSize: number;

  constructor(
    private readonly settings: Settings,
    private readonly log: vscode.LogOutputChannel,
    private readonly debounceMs = 250,
  ) {
    this.maxSize = settings.current.maxAnalysisSize;
    this.subs = [
      vscode.workspace.onDidChangeTextDocument((e) => this.onEdit(e)),
      vscode.workspace.onDidCloseTextDocument((d) => this.forget(d.uri)),
      settings.onDidChange((s) => {
        // only the size limit changes what is analysed; then recompute everything lazily
        if (s.maxAnalysisSize === this.maxSize) return;
        this.maxSize = s.maxAnalysisSize;
        this.entries.clear();
        this.skipped.clear();
        for (const d of vscode.workspace.textDocuments) if (isArticle(d)) this.emitter.fire(d);
      }),
    ];
  }

  /** The analysis of the document as it is now, or undefined (not an article, too big, or the analyzer failed). */
  get(doc: vscode.TextDocument): Analysis | undefined {
    if (!isArticle(doc)) return undefined;
    const key = doc.uri.toString();
    const entry = this.entries.get(key);
    if (entry && entry.version === doc.version) return entry.state?.analysis;
    const text = doc.getText();
    const max = this.settings.current.maxAnalysisSize;
    if (text.length > max) {
      if (!this.skipped.has(key)) this.log.info(`article analysis skipped for ${doc.uri.fsPath || key}: ${text.length} characters > newsmark.maxAnalysisSize (${max})`);
      this.skipped.add(key);
      this.entries.set(key, { version: doc.version, state: null, pending: null });
      return undefined;
    }
    this.skipped.delete(key);
    const state = this.compute(key, text, entry, doc.version);
    this.entries.set(key, { version: doc.version, state, pending: null });
    return state?.analysis;
  }

  /** How many analyses ran (full or incremental): lets tests prove that providers answer from the cache. */
  computations = 0;
  /** How many of them took the incremental path. */
  incrementalComputations = 0;
  /** How many incremental ones only moved the previous analysis's offsets (typing in prose). */
  movedComputations = 0;

  private compute(key: string, text: string, prev: Entry | undefined, version: number): AnalysisState | null {
    this.computations++;
    const t0 = Date.now();
    try {
      const p = prev?.pending;
      const incremental = prev?.state && p && p.version === version;
      let state: AnalysisState;
      if (incremental) {
        const { offset, deletedLength, insertedLength } = p.span;
        // the previous state is taken over (its analysis may be moved in place): it is replaced below
        state = analyzeIncremental(prev.state!, text, { offset, deletedLength, insertedText: text.slice(offset, offset + insertedLength) });
        this.incrementalComputations++;
        if (state.moved) this.movedComputations++;
      } else state = createAnalysisState(text);
      const ms = Date.now() - t0;
      if (ms > 100) this.log.debug(`analysis of ${key} (${text.length} chars, ${incremental ? 'incremental' : 'full'}) took ${ms} ms`);
      return state;
    } catch (err) {
      this.log.error(`article analysis failed for ${key}: ${err instanceof Error ? err.stack ?? err.message : String(err)}`);
      return null;
    }
  }

  private onEdit(e: vscode.TextDocumentChangeEvent): void {
    if (!isArticle(e.document) || e.contentChanges.length === 0) return;
    const key = e.document.uri.toString();
    const entry = this.entries.get(key);
    if (entry) {
      // edits that follow the cached version without a gap are folded into one span; after a gap
      // (an event missed) the next request recomputes in full. analyzeIncremental also checks the
      // text outside the span is unchanged, and recomputes in full when it is not.
      const since = entry.pending ? entry.pending.version : entry.version;
      if (entry.state !== null && since === e.document.version - 1) {
        const span = eventSpan(e.contentChanges.map((c) => ({ offset: c.rangeOffset, deletedLength: c.rangeLength, insertedLength: c.text.length })));
        entry.pending = { version: e.document.version, span: entry.pending ? composeEdits(entry.pending.span, span) : span };
      } else entry.pending = null;
    }
    clearTimeout(this.timers.get(key));
    this.timers.set(key, setTimeout(() => {
      this.timers.delete(key);
      this.emitter.fire(e.document);
    }, this.debounceMs));
  }

  private forget(uri: vscode.Uri): void {
    const key = uri.toString();
    this.entries.delete(key);
    this.skipped.delete(key);
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.subs.forEach((s) => s.dispose());
    this.emitter.dispose();
  }
}
