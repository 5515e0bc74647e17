// Re-analysis after an edit: only the paragraphs the change touches are analysed again; the others
// keep their per-paragraph results (offsets are paragraph-relative, so they only move). The
// cross-paragraph linking (assemble) is rerun on the results, so the outcome equals analyze(newText).

import type { Analysis } from './types';
import { isLineBreak } from './paragraphs';
import { analyzeParagraphsIn } from './paragraph-local';
import { assemble, type ParagraphState } from './assemble';

export interface AnalysisState {
  text: string;
  paragraphs: ParagraphState[];
  analysis: Analysis;
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
  if (!consistent) return createAnalysisState(newText);

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
  const shifted = paras.slice(right).map((p) => ({ start: p.start + delta, end: p.end + delta, local: p.local }));
  const paragraphs = paras.slice(0, left + 1).concat(middle, shifted);
  return { text: newText, paragraphs, analysis: assemble(newText, paragraphs) };
}
