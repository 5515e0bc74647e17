// Re-analysis after an edit: only the paragraphs the change touches are analysed again; the others
// keep their per-paragraph results (offsets are paragraph-relative, so they only move). Then either
// - the edit left the linking's input unchanged up to moved offsets (typing in plain prose, the
//   common case; incremental-same.ts decides): the previous output is moved in place, a cost of one
//   paragraph's analysis plus one pass adding the edit's length to the offsets after it; or
// - the cross-paragraph linking (assemble) is rerun on the results.
// Either way the outcome equals analyze(newText).

import type { Analysis, Figure, Quote } from './types';
import { isLineBreak } from './paragraphs';
import { analyzeParagraphsIn } from './paragraph-local';
import { assemble, textFigure, type ParagraphState } from './assemble';
import { Move, movableSpans, moveSpans, type MovableSpans } from './incremental-move';
import { firstStartingAt } from './search';
import { READ_REACH, echoUnaffected, readsEdit, sameFigures, sameMoved } from './incremental-same';

/** What the incremental path keeps between edits. analyzeIncremental takes over the state it is
 *  given: its analysis objects may be moved in place and reused, so keep using only the new state
 *  (a state passed twice is analysed in full again, never moved twice). */
export interface AnalysisState {
  text: string;
  paragraphs: ParagraphState[];
  analysis: Analysis;
  /** true when this state is the previous output moved (the linking was not rerun) */
  moved?: boolean;
  /** the objects of `analysis` that hold offsets, built at the first move */
  spans?: MovableSpans;
  /** set once a later state has taken over this one's objects */
  spent?: boolean;
}

/** A VS Code-style content change: `deletedLength` code units at `offset` replaced by `insertedText`. */
export interface ContentChange {
  offset: number;
  deletedLength: number;
  insertedText: string;
}

function analyseRange(text: string, from: number, to: number): ParagraphState[] {
  return analyzeParagraphsIn(text, from, to, true);
}

export function createAnalysisState(text: string): AnalysisState {
  const paragraphs = analyseRange(text, 0, text.length);
  return { text, paragraphs, analysis: assemble(text, paragraphs) };
}

/** Index of the line break that ends the line holding a paragraph ending at `end` (or text length). */
function lineEndAfter(text: string, end: number): number {
  let i = end;
  while (i < text.length && !isLineBreak(text.charCodeAt(i))) i++;
  return i;
}

/** Index of the line start of a paragraph starting at `start` (only blanks lie between). */
function lineStartBefore(text: string, start: number): number {
  let i = start;
  while (i > 0 && !isLineBreak(text.charCodeAt(i - 1))) i--;
  return i;
}

export function analyzeIncremental(prev: AnalysisState, newText: string, change: ContentChange): AnalysisState {
  const old = prev.text;
  const { offset: o, deletedLength: d, insertedText } = change;
  const delta = insertedText.length - d;
  const consistent =
    Number.isInteger(o) && Number.isInteger(d) && o >= 0 && d >= 0 && o + d <= old.length &&
    newText.length === old.length + delta && newText.startsWith(insertedText, o) &&
    // the text outside the change is unchanged: a wrong change (from composed editor events) must
    // not reuse stale paragraphs; two comparisons of flat strings, well under a millisecond at 1 MB
    newText.slice(0, o) === old.slice(0, o) && newText.slice(o + insertedText.length) === old.slice(o + d);
  if (!consistent || prev.spent) return createAnalysisState(newText);

  const paras = prev.paragraphs;
  // left: paragraphs whose line ends (at an unchanged break) before the change
  let left = -1;
  let lo = 0;
  let hi = paras.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (paras[mid].end < o) {
      left = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (left >= 0 && lineEndAfter(old, paras[left].end) >= o) left--;
  const from = left >= 0 ? lineEndAfter(old, paras[left].end) : 0;

  // right: paragraphs whose line starts after a break at or after the change end
  const changeEnd = o + d;
  let right = paras.length;
  lo = 0;
  hi = paras.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (paras[mid].start > changeEnd) {
      right = mid;
      hi = mid - 1;
    } else lo = mid + 1;
  }
  if (right < paras.length && lineStartBefore(old, paras[right].start) - 1 < changeEnd) right++;
  const to = right < paras.length ? lineStartBefore(old, paras[right].start) - 1 + delta : newText.length;

  const middle = analyseRange(newText, from, to);
  const move = new Move(o, d, delta);
  const edited = linkingUnchanged(paras, left, right, middle, move, old, newText) ? editedQuotes(prev.analysis.quotes, paras, move, newText) : null;
  if (edited) {
    const spans = prev.spans ?? movableSpans(prev.analysis);
    // figures are not linked: when the re-analysed paragraphs' figures changed, theirs are replaced
    const figures = prev.analysis.figures;
    const replaced = figuresMoved(paras, left, right, middle, move) ? -1 : firstStartingAt(figures, from);
    const replacedEnd = replaced < 0 ? -1 : firstStartingAt(figures, to - delta);
    moveSpans(spans, move);
    if (replaced >= 0) figures.splice(replaced, replacedEnd - replaced, ...textFigures(middle));
    for (let i = 0; i < edited.length; i++) edited[i].text = newText.slice(edited[i].start, edited[i].end);
    for (let i = right; i < paras.length; i++) {
      paras[i].start += delta;
      paras[i].end += delta;
    }
    prev.spent = true;
    return { text: newText, paragraphs: paras.slice(0, left + 1).concat(middle, paras.slice(right)), analysis: prev.analysis, moved: true, spans };
  }
  const shifted = paras.slice(right).map((p) => ({ start: p.start + delta, end: p.end + delta, local: p.local }));
  const paragraphs = paras.slice(0, left + 1).concat(middle, shifted);
  return { text: newText, paragraphs, analysis: assemble(newText, paragraphs) };
}

/** The re-analysed paragraphs (`middle`, replacing old paragraphs left+1 … right-1) have the old
 *  results moved, and no text the linking reads around any paragraph's results changed. */
function linkingUnchanged(paras: ParagraphState[], left: number, right: number, middle: ParagraphState[], m: Move, oldText: string, newText: string): boolean {
  if (middle.length !== right - left - 1) return false;
  for (let i = 0; i < middle.length; i++) if (!sameMoved(paras[left + 1 + i], middle[i], m)) return false;
  for (let i = left + 1; i < right; i++) if (readsEdit(paras[i], m, oldText, newText)) return false;
  // the unchanged neighbours too: a name at a paragraph's start reads the end of the one before
  for (let i = left; i >= 0 && paras[i].end + READ_REACH >= m.at; i--) if (readsEdit(paras[i], m, oldText, newText)) return false;
  for (let i = right; i < paras.length && paras[i].start - READ_REACH <= m.at + m.deleted; i++) if (readsEdit(paras[i], m, oldText, newText)) return false;
  return true;
}

function figuresMoved(paras: ParagraphState[], left: number, right: number, middle: ParagraphState[], m: Move): boolean {
  for (let i = 0; i < middle.length; i++) if (!sameFigures(paras[left + 1 + i], middle[i], m)) return false;
  return true;
}

/** The paragraphs' figures in text offsets, as assemble() builds them. */
function textFigures(paras: ParagraphState[]): Figure[] {
  const out: Figure[] = [];
  for (const { start: base, local } of paras) for (const f of local.figures) out.push(textFigure(f, base));
  return out;
}

/** The output quotes whose text the edit changes (old offsets), or null when a quote near one of
 *  them may echo it and the linking must run again. */
function editedQuotes(quotes: Quote[], paras: ParagraphState[], m: Move, newText: string): Quote[] | null {
  const out: Quote[] = [];
  const home = paragraphOf(paras, m.at);
  // quotes are in text order, a quote within its paragraph: those holding the edit start before it
  for (let i = firstStartingAt(quotes, m.at + m.deleted) - 1; i >= 0 && paragraphOf(paras, quotes[i].start) >= home; i--) {
    const q = quotes[i];
    if (!m.inside(q.start, q.end)) continue;
    const text = newText.slice(m.start(q.start), m.end(q.end));
    if (!echoUnaffected(quotes, i, text, (x) => paras[paragraphOf(paras, x.start)].local.length)) return null;
    out.push(q);
  }
  return out;
}

/** Index of the paragraph holding old offset `at` (the last one starting at or before it). */
function paragraphOf(paras: ParagraphState[], at: number): number {
  return Math.max(0, firstStartingAt(paras, at + 1) - 1);
}
