// Quotation marks in one paragraph: “ ” and straight " double quotes, « » guillemets, and ‘ ’ / '
// single quotes when they stand alone (nested single quotes stay inside their double quote).
// A quote never leaves its paragraph: an opener left open at the paragraph end is reported as
// `open`, and the assembler keeps it only under the multi-paragraph convention (next paragraph
// opens again). Apostrophes (Kyiv’s, I’d, We’ve) sit between letters and never open or close.

import { charCodes } from './char-codes';
import { Collector } from './collector';

export interface LocalQuote {
  start: number;
  /** exclusive; includes the closing mark, or the paragraph end when `open` */
  end: number;
  open: boolean;
  partial: boolean;
}

type Kind = 'curly' | 'straight' | 'guillemet' | 'single' | 'straight-single' | 'twin';

// The scan reads char codes, not p[i]: a one-character string of a mark above U+00FF (“ ” ’) is a
// new string every time, and apostrophes are frequent.
const QUOTE = 34; // "
const APOS = 39; // '
const LDQ = 0x201c; // “
const RDQ = 0x201d; // ”
const LOW_DQ = 0x201e; // „
const LAQ = 0xab; // «
const RAQ = 0xbb; // »
const LSQ = 0x2018; // ‘
const RSQ = 0x2019; // ’
const SPACE = 32;

/** Cased letters above U+00BF, decided once per code (0 unknown, 1 cased, 2 not). */
const CASED = new Uint8Array(0x10000);

function isCased(c: number): boolean {
  if (CASED[c] === 0) {
    const ch = String.fromCharCode(c);
    CASED[c] = ch.toLowerCase() !== ch.toUpperCase() ? 1 : 2;
  }
  return CASED[c] === 1;
}

/** Letter or digit; `c` is 0 past the paragraph end (charCodes). */
function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && isCased(c));
}

/** Is the character before i a space or an opening bracket or dash (or is i the paragraph start)? */
function spaceOrStartBefore(codes: Uint16Array, i: number): boolean {
  if (i === 0) return true;
  const c = codes[i - 1];
  return c === SPACE || c === 9 || c === 0xa0 || c === 40 || c === 91 || c === 0x2014 || c === 0x2013 || c === 45 || c === 47; // \t nbsp ( [ — – - /
}

/** The code before i, or -1 at the paragraph start. */
function before(codes: Uint16Array, i: number): number {
  return i === 0 ? -1 : codes[i - 1];
}

/** Can the single mark at i open a quote? It must start a word: "‘in principle’", not "Kyiv’s". */
function singleOpens(codes: Uint16Array, i: number): boolean {
  return spaceOrStartBefore(codes, i) && isWordChar(codes[i + 1]);
}

/** Can the single mark at i close a quote? Not between letters (I’d), not before a letter. */
function singleCloses(codes: Uint16Array, i: number): boolean {
  return !isWordChar(codes[i + 1]) && i > 0 && codes[i - 1] !== SPACE;
}

function isTerminal(c: number): boolean {
  return c === 46 || c === 33 || c === 63; // . ! ?
}

/** : , ; — – - ( */
function isLeadPunct(c: number): boolean {
  return c === 58 || c === 44 || c === 59 || c === 0x2014 || c === 0x2013 || c === 45 || c === 40;
}

/** ” " » ’ ' */
function isCloseMark(c: number): boolean {
  return c === RDQ || c === QUOTE || c === RAQ || c === RSQ || c === APOS;
}

/** A quote is whole (not partial) when it starts a sentence or follows a colon/comma. */
function isPartial(codes: Uint16Array, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && (codes[i] === SPACE || codes[i] === 9 || codes[i] === 0xa0)) i--;
  if (i < 0) return false;
  const c = codes[i];
  if (isLeadPunct(c) || isTerminal(c)) return false;
  if (isCloseMark(c) && i > 0 && isTerminal(codes[i - 1])) return false;
  return true;
}

// The marks " ' “ ” „ « » ‘ ’, all below MARK_MAX.
export const MARK_MAX = 0x201f;
const IS_MARK = new Uint8Array(MARK_MAX);
for (const c of [QUOTE, APOS, LDQ, RDQ, LOW_DQ, LAQ, RAQ, LSQ, RSQ]) IS_MARK[c] = 1;

/** Is code unit c a quotation mark? */
export function isQuoteMark(c: number): boolean {
  return c < MARK_MAX && IS_MARK[c] === 1;
}

// The marks' positions in a paragraph. The tokenizer reads every character already and records them
// (see recordMarks), so findQuotes need not scan the paragraph again; for another paragraph it scans.
let marks = new Int32Array(256);
let markCount = 0;
/** the paragraph `marks` belong to */
let marksOf: string | undefined;

/** The buffer the caller fills with the mark positions of a paragraph of n code units (at most n). */
export function markBuffer(n: number): Int32Array {
  marksOf = undefined;
  if (marks.length < n) marks = new Int32Array(n * 2);
  return marks;
}

/** The buffer holds p's `count` mark positions, in order. */
export function marksFound(p: string, count: number): void {
  marksOf = p;
  markCount = count;
}

// The regex engine's scan for the marks is faster than a loop over the char codes (most characters
// are none of them); `test` with lastIndex makes no match array.
const MARKS = /["'“”„«»‘’]/g;

/** The mark positions of p in `marks`, found by the tokenizer or now; returns their number. */
function findMarks(p: string): number {
  if (marksOf === p) return markCount;
  const buf = markBuffer(p.length);
  let count = 0;
  MARKS.lastIndex = 0;
  while (MARKS.test(p)) buf[count++] = MARKS.lastIndex - 1;
  marksFound(p, count);
  return count;
}

// a module-level function, not a closure per paragraph
function pushQuote(out: Collector<LocalQuote>, codes: Uint16Array, s: number, e: number, open: boolean): void {
  if (e - s >= 2 || open) out.push({ start: s, end: e, open, partial: isPartial(codes, s) });
}

/** `codes` are p's char codes (charCodes(p)) when the caller has them already. */
const quoteItems = new Collector<LocalQuote>();
/** findQuotes of a paragraph without quotes: one frozen array, read and never changed. */
const NO_QUOTES: LocalQuote[] = Object.freeze([]) as unknown as LocalQuote[];

export function findQuotes(p: string, codes: Uint16Array = charCodes(p)): LocalQuote[] {
  const out = quoteItems;
  out.reset();
  let kind: Kind | null = null;
  let start = -1;
  let nested = false; // a quote of the other mark style opened inside the current one
  const n = p.length;
  const count = findMarks(p);
  const at = marks;
  for (let m = 0; m < count; m++) {
    const i = at[m];
    const ch = codes[i];
    const prev = before(codes, i);
    // two apostrophes for a double quote, as in the New York Times archive: ''We must not overreact,''
    if (ch === APOS && codes[i + 1] === APOS) {
      if (kind === null && (spaceOrStartBefore(codes, i) || prev === 58 || prev === 44) && isWordChar(codes[i + 2])) {
        kind = 'twin';
        start = i;
        nested = false;
      } else if (kind === 'twin' && prev !== SPACE) {
        pushQuote(out, codes, start, i + 2, false);
        kind = null;
      }
      m++; // the pair is one mark
      continue;
    }
    if (kind === null) {
      nested = false;
      if (ch === LDQ || ch === LOW_DQ) {
        kind = 'curly';
        start = i;
      } else if (ch === LAQ) {
        kind = 'guillemet';
        start = i;
      } else if (ch === QUOTE) {
        // a straight quote opens at a word start ("5\" gun" and stray marks do not)
        if (spaceOrStartBefore(codes, i) || prev === LDQ || prev === LSQ || prev === 58 || prev === 44) {
          kind = 'straight';
          start = i;
        }
      } else if ((ch === LSQ || ch === APOS) && singleOpens(codes, i)) {
        kind = ch === LSQ ? 'single' : 'straight-single';
        start = i;
      } else if (ch === RDQ && spaceOrStartBefore(codes, i) && isWordChar(codes[i + 1])) {
        // a closing mark typed as the opener ("”Fear. I am truly afraid…”")
        kind = 'curly';
        start = i;
      }
      continue;
    }
    switch (kind) {
      case 'curly':
        // copy mixing typewriter and typographic marks: “…," closes at a straight mark ending a word,
        // unless a straight quote was opened inside ("“He called it "fake" today”")
        if (ch === QUOTE && spaceOrStartBefore(codes, i) && isWordChar(codes[i + 1])) nested = true;
        else if (ch === QUOTE && nested) nested = false;
        else if (ch === RDQ || (ch === QUOTE && prev !== SPACE && !isWordChar(codes[i + 1]))) {
          pushQuote(out, codes, start, i + 1, false);
          kind = null;
        } else if (ch === LDQ) start = i; // unbalanced: the earlier opener was stray
        break;
      case 'guillemet':
        if (ch === RAQ) {
          pushQuote(out, codes, start, i + 1, false);
          kind = null;
        } else if (ch === LAQ) start = i;
        break;
      case 'straight':
        // "…” mixed marks close at the typographic closer, unless it closes a “nested” quote
        if (ch === LDQ) nested = true;
        else if (ch === RDQ && nested) nested = false;
        else if (ch === RDQ && prev !== SPACE) {
          pushQuote(out, codes, start, i + 1, false);
          kind = null;
        } else if (ch === QUOTE) {
          if (prev === SPACE && isWordChar(codes[i + 1])) {
            start = i; // looks like an opener: the earlier one was stray
          } else {
            pushQuote(out, codes, start, i + 1, false);
            kind = null;
          }
        }
        break;
      case 'single':
      case 'straight-single': {
        const closer: number = kind === 'single' ? RSQ : APOS;
        if (ch === (kind === 'single' ? LSQ : APOS) && singleOpens(codes, i) && ch !== closer) {
          start = i;
        } else if (ch === closer && singleCloses(codes, i)) {
          pushQuote(out, codes, start, i + 1, false);
          kind = null;
        } else if (ch === LDQ || ch === LAQ || (ch === QUOTE && spaceOrStartBefore(codes, i))) {
          // a double quote inside an unclosed single one: the single mark was an apostrophe
          kind = ch === LDQ ? 'curly' : ch === LAQ ? 'guillemet' : 'straight';
          start = i;
        }
        break;
      }
    }
  }
  // an opener left open: only double quotes carry on into the next paragraph
  if (kind !== null && kind !== 'single' && kind !== 'straight-single' && start >= 0) {
    let e = n;
    while (e > start && (codes[e - 1] === SPACE || codes[e - 1] === 9)) e--;
    pushQuote(out, codes, start, e, true);
  }
  return out.takeOr(NO_QUOTES);
}

/** Does the paragraph open with a quotation mark (the multi-paragraph continuation convention)? */
export function opensWithQuote(p: string): boolean {
  const c = p.charCodeAt(0); // not p[0]: “ as a string is a new one each time
  return c === LDQ || c === QUOTE || c === LAQ || c === LOW_DQ || (c === APOS && p.charCodeAt(1) === APOS);
}
