import * as vscode from 'vscode';
import {
  addClaim,
  applyChanges,
  makeTarget,
  parseSidecar,
  reanchor,
  reanchorAll,
  removeClaim,
  serializeSidecar,
  updateClaim,
  type Annotation,
  type SidecarFile,
  type TextChange,
} from '../../core/annotations';
import type { Span } from '../../core/analyzer/types';
import { mergeClaims } from '../../core/import';
import type { ImportedClaim } from '../../core/import/types';
import type { ClaimsSource, ClaimView } from './api';
import { labelTitle } from './labels';
import { readSidecarText, recoverSidecar, sidecarUriFor, writeSidecarAtomic } from './sidecarIO';
import type { Settings } from '../settings';

/** Why tagging is refused for an article: its sidecar exists but is not something we may overwrite. */
export interface SidecarProblem {
  kind: string;
  message: string;
  sidecar: vscode.Uri;
}

interface Snapshot {
  file: SidecarFile | null;
  ranges: Map<string, Span | null>;
}

/** Everything known about one article's claims. */
interface ArticleState {
  article: vscode.Uri;
  sidecar: vscode.Uri | null;
  problem: SidecarProblem | null;
  file: SidecarFile | null;
  /** live offsets in the open document; null = orphaned (its words are gone) */
  ranges: Map<string, Span | null>;
  /** the sidecar text as we last read or wrote it: a different text on disk means someone else changed it */
  diskText: string | null;
  /** ids changed here and not yet written (a write failed, or the article is untitled) */
  unsaved: Set<string>;
  removed: Set<string>;
  undo: Snapshot[];
  /** why the last write failed (read-only folder, disk full…); the claims are kept and written next time */
  writeError: string | null;
  /** the document text the ranges refer to when the article is closed / untitled (for "save as" matching) */
  lastText: string;
  loading: Promise<void> | null;
  /** claimsFor's answer, kept until the claims, their ranges, the document or the labels change:
   *  every view (decorations, diagnostics, outline, status bar, tree, hover, code actions) asks for
   *  it, and with 1,000 claims each answer cost 2,000 positionAt calls and a sort */
  views: ClaimViews | null;
}

interface ClaimViews {
  doc: vscode.TextDocument;
  version: number;
  labels: unknown;
  list: readonly ClaimView[];
}

const UNDO_DEPTH = 50;

export interface TagRequest {
  start: number;
  end: number;
  label: string;
  note?: string;
}

/** How long after the last keystroke moved claims their change is announced. */
const MOVED_SETTLE_MS = 150;

/**
 * The claims of every open article: loads sidecars, keeps claims on their words while the article is
 * edited, writes the sidecar atomically, and refuses to touch a sidecar it cannot understand.
 */
export class ClaimStore implements ClaimsSource, vscode.Disposable {
  private readonly states = new Map<string, ArticleState>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChangeClaims = this.changed.event;
  private readonly problemsEmitter = new vscode.EventEmitter<SidecarProblem>();
  /** fired when a sidecar cannot be used; the UI layer shows it to the user */
  readonly onProblem = this.problemsEmitter.event;
  private readonly subs: vscode.Disposable[] = [];
  /** watchers for sidecars outside the workspace folders, which the workspace watcher does not see */
  private readonly outsideWatchers = new Map<string, vscode.Disposable>();
  /** serialises writes per sidecar so two quick tags never interleave their read-check-write */
  private readonly writeChains = new Map<string, Promise<unknown>>();
  /** claims moved by typing, announced once typing pauses (see onEdit) */
  private readonly movedTimers = new Map<string, ReturnType<typeof setTimeout>>();

  constructor(
    private readonly settings: Settings,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.subs.push(
      vscode.workspace.onDidChangeTextDocument((e) => this.onEdit(e)),
      // a failed write is already recorded (Problems panel, log): nothing more to do here
      vscode.workspace.onDidSaveTextDocument((d) => void this.onSave(d).catch(() => undefined)),
      vscode.workspace.onDidCloseTextDocument((d) => this.onClose(d)),
    );
    const watcher = vscode.workspace.createFileSystemWatcher('**/*.annotations.json');
    this.subs.push(
      watcher,
      watcher.onDidChange((u) => void this.onSidecarChangedOnDisk(u)),
      watcher.onDidCreate((u) => void this.onSidecarChangedOnDisk(u)),
      watcher.onDidDelete((u) => void this.onSidecarChangedOnDisk(u)),
    );
  }

  dispose(): void {
    for (const t of this.movedTimers.values()) clearTimeout(t);
    for (const s of this.subs) s.dispose();
    for (const w of this.outsideWatchers.values()) w.dispose();
    this.changed.dispose();
    this.problemsEmitter.dispose();
  }

  // ---- reading ---------------------------------------------------------------------------------

  /** Loads (once) the claims of an article document. Safe to call on every editor change. */
  async ensureLoaded(doc: vscode.TextDocument): Promise<void> {
    const key = doc.uri.toString();
    let state = this.states.get(key);
    if (!state) {
      state = this.adoptUntitled(doc) ?? this.newState(doc);
      this.states.set(key, state);
      this.watchOutside(state);
      state.loading = this.load(state, doc).finally(() => {
        if (state) state.loading = null;
      });
    }
    await state.loading;
  }

  /** An article opened from outside the workspace folders gets a watcher on its own sidecar. */
  private watchOutside(state: ArticleState): void {
    const sidecar = state.sidecar;
    if (!sidecar || vscode.workspace.getWorkspaceFolder(sidecar) || this.outsideWatchers.has(sidecar.toString())) return;
    const dir = vscode.Uri.joinPath(sidecar, '..');
    const w = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(dir, sidecar.path.slice(sidecar.path.lastIndexOf('/') + 1)));
    const on = () => void this.onSidecarChangedOnDisk(sidecar);
    this.outsideWatchers.set(sidecar.toString(), vscode.Disposable.from(w, w.onDidChange(on), w.onDidCreate(on), w.onDidDelete(on)));
  }

  private newState(doc: vscode.TextDocument): ArticleState {
    return {
      article: doc.uri,
      sidecar: sidecarUriFor(doc.uri),
      problem: null,
      file: null,
      ranges: new Map(),
      diskText: null,
      unsaved: new Set(),
      removed: new Set(),
      undo: [],
      writeError: null,
      lastText: doc.getText(),
      loading: null,
      views: null,
    };
  }

  private async load(state: ArticleState, doc: vscode.TextDocument): Promise<void> {
    if (!state.sidecar) return;
    let text: string | null;
    try {
      text = await readSidecarText(state.sidecar);
      if (text === null) text = await this.recover(state.sidecar);
    } catch (err) {
      this.setProblem(state, { kind: 'unreadable', message: `cannot read: ${String(err)}`, sidecar: state.sidecar });
      return;
    }
    this.acceptDiskText(state, text, doc.getText());
    this.changed.fire(state.article);
  }

  /** A write interrupted by a crash can leave only its temp file or backup: put it back, and say so. */
  private async recover(sidecar: vscode.Uri): Promise<string | null> {
    const text = await recoverSidecar(sidecar, (t) => parseSidecar(t).ok);
    if (text !== null) {
      this.log.warn(`${sidecar.toString(true)} was missing after an interrupted write; restored it`);
      void vscode.window.showWarningMessage(`Newsmark restored ${baseName(sidecar)} after an interrupted write.`);
    }
    return text;
  }

  /** Takes what is on disk: parsed and re-anchored, or a problem that blocks tagging. Keeps unsaved local work. */
  private acceptDiskText(state: ArticleState, text: string | null, docText: string): void {
    if (!state.sidecar) return;
    state.diskText = text;
    if (text === null) {
      // deleted on disk (or never written): keep only what was tagged here and not yet written
      if (state.file) {
        const keep = state.file.annotations.filter((a) => state.unsaved.has(a.id));
        state.file = keep.length ? { ...state.file, annotations: keep } : null;
      }
      state.problem = null;
      this.pruneRanges(state);
      return;
    }
    const parsed = parseSidecar(text);
    if (!parsed.ok) {
      this.setProblem(state, { kind: parsed.kind, message: parsed.message, sidecar: state.sidecar });
      return;
    }
    state.problem = null;
    const disk = parsed.file;
    // local edits not yet written win over the disk; everything else comes from the disk
    const local = new Map((state.file?.annotations ?? []).filter((a) => state.unsaved.has(a.id)).map((a) => [a.id, a]));
    const merged = disk.annotations.filter((a) => !state.removed.has(a.id) && !local.has(a.id)).concat([...local.values()]);
    const fresh = merged.filter((a) => !state.ranges.has(a.id) || !sameTarget(a, state.file, a.id));
    const anchors = reanchorAll(docText, fresh);
    fresh.forEach((a, i) => {
      const r = anchors[i];
      state.ranges.set(a.id, r.status === 'orphaned' ? null : { start: r.start, end: r.end });
      if (r.status === 'fuzzy' || r.status === 'orphaned') this.log.info(`claim ${a.id}: re-anchored by ${r.status}`);
    });
    state.file = { ...disk, annotations: merged };
    this.pruneRanges(state);
  }

  private pruneRanges(state: ArticleState): void {
    state.views = null;
    const ids = new Set(state.file?.annotations.map((a) => a.id) ?? []);
    for (const id of [...state.ranges.keys()]) if (!ids.has(id)) state.ranges.delete(id);
  }

  private setProblem(state: ArticleState, problem: SidecarProblem): void {
    state.problem = problem;
    this.log.error(`${problem.sidecar.toString(true)}: ${problem.message}`);
    this.problemsEmitter.fire(problem);
    this.changed.fire(state.article);
  }

  private async onSidecarChangedOnDisk(sidecar: vscode.Uri): Promise<void> {
    const state = [...this.states.values()].find((s) => s.sidecar?.toString() === sidecar.toString());
    if (!state) return;
    await (this.writeChains.get(sidecar.toString()) ?? Promise.resolve());
    let text: string | null;
    try {
      text = await readSidecarText(sidecar);
    } catch {
      return;
    }
    if (text === state.diskText) return; // our own write coming back through the watcher
    this.log.info(`${sidecar.toString(true)} changed on disk; reloading`);
    const doc = this.openDocument(state.article);
    this.acceptDiskText(state, text, doc?.getText() ?? state.lastText);
    this.changed.fire(state.article);
  }

  // ---- live edits ------------------------------------------------------------------------------

  private onEdit(e: vscode.TextDocumentChangeEvent): void {
    const state = this.states.get(e.document.uri.toString());
    if (!state || e.contentChanges.length === 0) return;
    // only untitled articles need their text remembered (to follow it on "Save As"); copying a large
    // article's text on every keystroke would be wasted work
    if (e.document.isUntitled) {
      const text = e.document.getText();
      // saving an untitled article empties it just before it closes; keep the text its claims belong to
      if (text !== '') state.lastText = text;
    }
    if (state.ranges.size === 0) return;
    // VS Code lists a multi-cursor edit's changes from the bottom up, so applying them in order is safe
    const changes: TextChange[] = e.contentChanges.map((c) => ({
      offset: c.rangeOffset,
      deletedLength: c.rangeLength,
      insertedLength: c.text.length,
    }));
    const ids = [...state.ranges.keys()];
    const shifted = applyChanges(ids.map((id) => state.ranges.get(id) ?? null), changes);
    let text: string | undefined;
    ids.forEach((id, i) => {
      const was = state.ranges.get(id);
      let now = shifted[i];
      // words deleted under the claim: a reload from disk or a cut-and-paste may have put them elsewhere
      if (was && !now) now = this.findAgain(state, id, (text ??= e.document.getText()));
      state.ranges.set(id, now);
    });
    state.views = null;
    this.announceMoved(state.article);
  }

  /** Every keystroke moves the claims, but their views need not follow each one: the editor moves
   *  painted decorations and markers with the text itself, and the listeners (decorations,
   *  diagnostics, status bar, outline) redraw every claim. With 1,000 claims in a 1 MB article they
   *  made each keystroke take ~240 ms instead of ~10. claimsFor() is current at once. */
  private announceMoved(article: vscode.Uri): void {
    const key = article.toString();
    clearTimeout(this.movedTimers.get(key));
    this.movedTimers.set(key, setTimeout(() => {
      this.movedTimers.delete(key);
      this.changed.fire(article);
    }, MOVED_SETTLE_MS));
  }

  private findAgain(state: ArticleState, id: string, text: string): Span | null {
    const a = state.file?.annotations.find((x) => x.id === id);
    if (!a) return null;
    const r = reanchor(text, a.target);
    return r.status === 'orphaned' ? null : { start: r.start, end: r.end };
  }

  /** On save, the sidecar's selectors are brought up to date with the saved text (positions and quotes). */
  private async onSave(doc: vscode.TextDocument): Promise<void> {
    const state = this.states.get(doc.uri.toString()) ?? this.adoptOnSave(doc);
    if (!state || state.problem || !state.file) return;
    const text = doc.getText();
    let moved = false;
    const annotations = state.file.annotations.map((a) => {
      const r = state.ranges.get(a.id);
      if (!r) return a;
      const target = makeTarget(text, r.start, r.end);
      if (JSON.stringify(target) === JSON.stringify(a.target)) return a;
      moved = true;
      return { ...a, target };
    });
    if (!moved && state.unsaved.size === 0) return;
    await this.commit(state, { ...state.file, annotations }, null, false);
  }

  private onClose(doc: vscode.TextDocument): void {
    const key = doc.uri.toString();
    const state = this.states.get(key);
    if (!state) return;
    this.states.delete(key); // saved articles reload from disk when they are opened again
    clearTimeout(this.movedTimers.get(key));
    this.movedTimers.delete(key);
    if (state.sidecar) {
      this.outsideWatchers.get(state.sidecar.toString())?.dispose();
      this.outsideWatchers.delete(state.sidecar.toString());
    }
    if (doc.uri.scheme !== 'untitled' || !state.file) return;
    // "Save As" opens the new file before it closes the untitled one: the claims follow the text there,
    // to a document without claims of its own, preferring the untitled one's own path, else the newest
    const candidates = vscode.workspace.textDocuments.filter((d) => {
      if (d.isUntitled || d.getText() !== state.lastText) return false;
      const other = this.states.get(d.uri.toString());
      return !other || (!other.file && !other.problem);
    });
    const saved = candidates.find((d) => d.uri.path === doc.uri.path) ?? candidates[candidates.length - 1];
    if (saved) this.moveTo(state, saved);
  }

  private moveTo(state: ArticleState, doc: vscode.TextDocument): void {
    const from = state.article.toString();
    state.article = doc.uri;
    state.sidecar = sidecarUriFor(doc.uri);
    const annotations = state.file?.annotations ?? [];
    // the untitled document was emptied on save: anchor the claims on the saved file's text
    reanchorAll(doc.getText(), annotations).forEach((r, i) =>
      state.ranges.set(annotations[i].id, r.status === 'orphaned' ? null : { start: r.start, end: r.end }),
    );
    for (const a of annotations) state.unsaved.add(a.id);
    state.views = null;
    this.states.set(doc.uri.toString(), state);
    this.watchOutside(state);
    this.log.info(`claims of ${from} move to ${doc.uri.toString(true)}`);
    if (state.file) this.commit(state, state.file, null, false).catch(() => undefined); // a failed write shows in Problems
  }

  /** An untitled article saved under a name: its in-memory claims move to the new file and are written. */
  private adoptOnSave(doc: vscode.TextDocument): ArticleState | undefined {
    const adopted = this.adoptUntitled(doc);
    if (adopted) this.states.set(doc.uri.toString(), adopted);
    return adopted;
  }

  private adoptUntitled(doc: vscode.TextDocument): ArticleState | undefined {
    if (doc.uri.scheme === 'untitled') return undefined;
    const text = doc.getText();
    for (const [key, s] of this.states) {
      if (s.article.scheme !== 'untitled' || !s.file || s.lastText !== text) continue;
      if (this.openDocument(s.article)) continue; // still open: not the one that was saved
      this.states.delete(key);
      this.moveTo(s, doc);
      return s;
    }
    return undefined;
  }

  private openDocument(uri: vscode.Uri): vscode.TextDocument | undefined {
    return vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  }

  // ---- changes made by the user ----------------------------------------------------------------

  /** The reason tagging is refused for this article, if any. */
  problemFor(uri: vscode.Uri): SidecarProblem | null {
    return this.states.get(uri.toString())?.problem ?? null;
  }

  async tag(doc: vscode.TextDocument, req: TagRequest): Promise<Annotation> {
    const state = await this.ready(doc);
    const text = doc.getText();
    const { file, annotation } = addClaim(state.file, {
      text,
      start: req.start,
      end: req.end,
      label: req.label,
      note: req.note ?? '',
      creator: this.creator(),
      now: new Date().toISOString(),
      articleName: baseName(doc.uri),
    });
    state.ranges.set(annotation.id, { start: req.start, end: req.end });
    await this.commit(state, file, annotation.id);
    return annotation;
  }

  async update(doc: vscode.TextDocument, id: string, patch: { label?: string; note?: string }): Promise<void> {
    const state = await this.ready(doc);
    if (!state.file) throw new Error('this article has no claims');
    const file = updateClaim(state.file, id, { ...patch, modified: new Date().toISOString() });
    await this.commit(state, file, id);
  }

  async remove(doc: vscode.TextDocument, id: string): Promise<void> {
    const state = await this.ready(doc);
    if (!state.file) return;
    state.removed.add(id);
    await this.commit(state, removeClaim(state.file, id), null);
  }

  /** Reverts the last tag change (add, edit or remove) of this article. False when there is nothing to undo. */
  async undo(doc: vscode.TextDocument): Promise<boolean> {
    const state = await this.ready(doc);
    const snap = state.undo.pop();
    if (!snap) return false;
    const before = new Set(state.file?.annotations.map((a) => a.id) ?? []);
    const after = new Set(snap.file?.annotations.map((a) => a.id) ?? []);
    for (const id of before) if (!after.has(id)) state.removed.add(id);
    for (const id of after) state.removed.delete(id);
    for (const [id, r] of snap.ranges) if (!state.ranges.has(id)) state.ranges.set(id, r);
    const file = snap.file ?? { ...(state.file as SidecarFile), annotations: [] };
    await this.commit(state, file, null, false);
    return true;
  }

  private async ready(doc: vscode.TextDocument): Promise<ArticleState> {
    await this.ensureLoaded(doc);
    const state = this.states.get(doc.uri.toString());
    if (!state) throw new Error('article state missing');
    if (state.problem) throw new SidecarError(state.problem);
    return state;
  }

  /**
   * Makes `file` the article's claims and writes the sidecar: read what is on disk first, and if someone
   * else changed it since we last looked, merge (or refuse when it is no longer ours) instead of clobbering.
   */
  private async commit(state: ArticleState, file: SidecarFile, touchedId: string | null, recordUndo = true): Promise<void> {
    if (recordUndo) {
      state.undo.push({ file: state.file, ranges: new Map(state.ranges) });
      if (state.undo.length > UNDO_DEPTH) state.undo.shift();
    }
    state.file = file;
    if (touchedId) state.unsaved.add(touchedId);
    for (const a of file.annotations) if (state.removed.has(a.id)) state.removed.delete(a.id);
    this.pruneRanges(state);
    this.changed.fire(state.article);
    if (!state.sidecar) return; // untitled: kept in memory until the article is saved
    const key = state.sidecar.toString();
    const chain = (this.writeChains.get(key) ?? Promise.resolve()).then(() => this.write(state));
    this.writeChains.set(key, chain.catch(() => undefined));
    try {
      await chain;
      if (state.writeError) {
        state.writeError = null;
        this.changed.fire(state.article);
      }
    } catch (err) {
      if (err instanceof SidecarError) throw err;
      state.writeError = err instanceof Error ? err.message : String(err);
      this.log.error(`could not write ${state.sidecar.toString(true)}: ${state.writeError}`);
      this.changed.fire(state.article);
      throw new Error(`claims not saved to ${baseName(state.sidecar)} (${state.writeError}); they are kept and will be written with the next change or save`);
    }
  }

  /** Why the last sidecar write failed, if it did. */
  writeErrorFor(uri: vscode.Uri): string | null {
    return this.states.get(uri.toString())?.writeError ?? null;
  }

  private async write(state: ArticleState): Promise<void> {
    const sidecar = state.sidecar;
    if (!sidecar || !state.file) return;
    const onDisk = await readSidecarText(sidecar);
    if (onDisk !== state.diskText) {
      // changed behind our back since we last read it: take it in first (this also re-checks it is ours)
      const docText = this.openDocument(state.article)?.getText() ?? state.lastText;
      this.acceptDiskText(state, onDisk, docText);
      if (state.problem) throw new SidecarError(state.problem);
    }
    if (!state.file) return;
    const text = serializeSidecar(state.file);
    if (text === onDisk) {
      state.unsaved.clear();
      return;
    }
    await writeSidecarAtomic(sidecar, text);
    state.diskText = text;
    state.unsaved.clear();
    state.removed.clear();
    this.log.info(`wrote ${sidecar.toString(true)} (${state.file.annotations.length} claims)`);
  }

  /** Adds imported claims (already anchored on this text) in one undoable step. Returns how many. */
  async importClaims(doc: vscode.TextDocument, claims: readonly ImportedClaim[]): Promise<number> {
    const state = await this.ready(doc);
    const file = mergeClaims(state.file, claims, baseName(doc.uri));
    const text = doc.getText();
    const fresh = file.annotations.filter((a) => !state.ranges.has(a.id));
    reanchorAll(text, fresh).forEach((r, i) => state.ranges.set(fresh[i].id, r.status === 'orphaned' ? null : { start: r.start, end: r.end }));
    for (const a of fresh) state.unsaved.add(a.id);
    await this.commit(state, file, null);
    return fresh.length;
  }

  /** The claims as they stand in the editor now (selectors rebuilt from the live ranges), for export. */
  currentSidecar(doc: vscode.TextDocument): SidecarFile | null {
    const state = this.states.get(doc.uri.toString());
    if (!state?.file) return null;
    const text = doc.getText();
    return {
      ...state.file,
      annotations: state.file.annotations.map((a) => {
        const r = state.ranges.get(a.id);
        return r ? { ...a, target: makeTarget(text, r.start, r.end) } : a;
      }),
    };
  }

  // ---- reading for the views -------------------------------------------------------------------

  claimsFor(uri: vscode.Uri): readonly ClaimView[] {
    const state = this.states.get(uri.toString());
    if (!state?.file) return [];
    const doc = this.openDocument(uri);
    const labels = this.settings.current.claimLabels;
    const kept = state.views;
    if (kept && doc && kept.doc === doc && kept.version === doc.version && kept.labels === labels) return kept.list;
    const views = state.file.annotations.map((a): ClaimView => {
      const r = state.ranges.get(a.id);
      const quote = a.target.selector.find((s) => s.type === 'TextQuoteSelector');
      return {
        id: a.id,
        label: a.label,
        labelTitle: labelTitle(labels, a.label),
        note: a.note,
        creator: a.creator.name,
        created: a.created,
        modified: a.modified,
        exact: quote && 'exact' in quote ? quote.exact : '',
        range: r && doc ? new vscode.Range(doc.positionAt(r.start), doc.positionAt(r.end)) : null,
      };
    });
    const list = Object.freeze(views.sort((x, y) => (x.range && y.range ? x.range.start.compareTo(y.range.start) : x.range ? -1 : y.range ? 1 : 0)));
    // (a closed article's views are not kept: its ranges have no document to be positions in)
    state.views = doc ? { doc, version: doc.version, labels, list } : null;
    return list;
  }

  claimAt(doc: vscode.TextDocument, pos: vscode.Position): ClaimView | undefined {
    return this.claimsFor(doc.uri).find((c) => c.range?.contains(pos));
  }

  private creator(): string {
    const configured = this.settings.current.creator;
    if (configured) return configured;
    const env = typeof process !== 'undefined' ? process.env : undefined;
    return env?.USER || env?.USERNAME || 'anonymous';
  }
}

export class SidecarError extends Error {
  constructor(readonly problem: SidecarProblem) {
    super(`${problem.sidecar.path.split('/').pop()}: ${problem.message}`);
  }
}

function sameTarget(a: Annotation, file: SidecarFile | null, id: string): boolean {
  const old = file?.annotations.find((x) => x.id === id);
  return !!old && JSON.stringify(old.target) === JSON.stringify(a.target);
}

function baseName(uri: vscode.Uri): string {
  return uri.path.split('/').pop() ?? uri.path;
}
