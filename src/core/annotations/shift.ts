// Keeping claim ranges on their words while the article is edited (VS Code contentChanges, one by one).
//
// Boundary rules (a claim is [start, end)):
// - a pure insertion AT `start` goes outside (before the claim): the claim shifts right;
// - a pure insertion AT `end` goes outside (after the claim): the claim is unchanged;
// - an edit entirely inside [start, end] (not a pure insertion at a boundary) grows/shrinks the claim,
//   e.g. retyping the claim's first or last word keeps the new word in the claim;
// - an edit straddling a boundary keeps only the claim's surviving words;
// - an edit that deletes all of the claim's words orphans it (null), even if it inserts other text.

import type { Span } from '../analyzer/types';

/** One text change: at `offset`, `deletedLength` code units replaced by `insertedLength` code units. */
export interface TextChange {
  offset: number;
  deletedLength: number;
  insertedLength: number;
}

export function shiftRange(range: Span, change: TextChange): Span | null {
  const { start, end } = range;
  const from = change.offset;
  const to = change.offset + change.deletedLength;
  const delta = change.insertedLength - change.deletedLength;
  if (to <= start) {
    return { start: start + delta, end: end + delta }; // before (including insertion at start)
  }
  if (from >= end) return range; // after (including insertion at end)
  if (from <= start && to >= end) return null; // all the claim's words deleted
  if (from >= start && to <= end) return { start, end: end + delta }; // inside
  if (from < start) return { start: from + change.insertedLength, end: end + delta }; // straddles start
  return { start, end: from }; // straddles end
}

/** Applies changes in order (each offset refers to the text left by the previous change). null = orphaned. */
export function applyChanges(ranges: readonly (Span | null)[], changes: readonly TextChange[]): (Span | null)[] {
  return ranges.map((r) => {
    let cur: Span | null = r;
    for (const c of changes) {
      if (!cur) break;
      cur = shiftRange(cur, c);
    }
    return cur;
  });
}
