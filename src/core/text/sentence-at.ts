// The sentence under the cursor, for "tag the claim here" when nothing is selected.
// A sentence ends at . ! ? (optionally followed by closing quotes/brackets) before whitespace, or at a
// line break (paragraphs are lines in news copy). Abbreviations are handled just well enough for
// titles and initials ("Mr.", "U.S.") not to cut a claim in two.

import type { Span } from '../analyzer/types';

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'col', 'lt', 'sgt', 'st', 'jr', 'sr', 'inc', 'co',
  'corp', 'ltd', 'vs', 'etc', 'no', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);
const CLOSERS = '"\'”’»)]';
/** Sentences longer than this are cut, so a 10 MB line without punctuation costs a bounded scan. */
const MAX_SCAN = 4000;

function isSpace(ch: string): boolean {
  return ch === ' ' || ch === '\t' || ch === '\u00a0';
}

function isBreak(ch: string): boolean {
  return ch === '\n' || ch === '\r' || ch === '\u2028' || ch === '\u2029';
}

/** True when the period at `i` ends a word that is an abbreviation or a single initial. */
function isAbbreviation(text: string, i: number): boolean {
  let s = i;
  while (s > 0 && /[A-Za-z]/.test(text[s - 1])) s--;
  const word = text.slice(s, i);
  if (word.length === 1) return true; // initials: "U.S.", "J. Smith"
  return ABBREVIATIONS.has(word.toLowerCase());
}

/** The end (exclusive) of the sentence that contains position `from`, scanning forward. */
function sentenceEnd(text: string, from: number): number {
  const limit = Math.min(text.length, from + MAX_SCAN);
  for (let i = from; i < limit; i++) {
    const ch = text[i];
    if (isBreak(ch)) return i;
    if (ch === '.' || ch === '!' || ch === '?') {
      let j = i + 1;
      while (j < text.length && CLOSERS.includes(text[j])) j++;
      if (j >= text.length || isBreak(text[j])) return j;
      if (isSpace(text[j]) && !(ch === '.' && isAbbreviation(text, i))) return j;
    }
  }
  return limit;
}

/** The sentence containing `offset`, trimmed of surrounding whitespace; null on a blank line. */
export function sentenceAt(text: string, offset: number): Span | null {
  const at = Math.max(0, Math.min(offset, text.length));
  let lineStart = at;
  const floor = Math.max(0, at - MAX_SCAN);
  while (lineStart > floor && !isBreak(text[lineStart - 1])) lineStart--;
  // walk sentences from the line start until one covers the offset
  let start = lineStart;
  while (start <= at) {
    while (start < text.length && isSpace(text[start])) start++;
    const end = sentenceEnd(text, start);
    if (at <= end || end >= text.length || isBreak(text[end] ?? '\n')) {
      let e = end;
      while (e > start && isSpace(text[e - 1])) e--;
      return e > start ? { start, end: e } : null;
    }
    start = end;
  }
  return null;
}
