// Quotation marks in one paragraph: “ ” and straight " double quotes, « » guillemets, and ‘ ’ / '
// single quotes when they stand alone (nested single quotes stay inside their double quote).
// A quote never leaves its paragraph: an opener left open at the paragraph end is reported as
// `open`, and the assembler keeps it only under the multi-paragraph convention (next paragraph
// opens again). Apostrophes (Kyiv’s, I’d, We’ve) sit between letters and never open or close.

import { charCodes } from './char-codes';

export interface LocalQuote {
  start: number;
  /** exclusive; includes the closing mark, or the paragraph end when `open` */
  end: number;
  open: boolean;
  partial: boolean;
}

type Kind = 'curly' | 'straight' | 'guillemet' | 'single' | 'straight-single' | 'twin';

function isWordChar(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && ch.toLowerCase() !== ch.toUpperCase());
}

function isSpaceOrStart(ch: string | undefined): boolean {
  return ch === undefined || ch === ' ' || ch === '\t' || ch === '\u00a0' || ch === '(' || ch === '[' || ch === '—' || ch === '–' || ch === '-' || ch === '/';
}

/** Can the single mark at i open a quote? It must start a word: "‘in principle’", not "Kyiv’s". */
function singleOpens(p: string, i: number): boolean {
  return isSpaceOrStart(p[i - 1]) && isWordChar(p[i + 1]);
}

/** Can the single mark at i close a quote? Not between letters (I’d), not before a letter. */
function singleCloses(p: string, i: number): boolean {
  return !isWordChar(p[i + 1]) && p[i - 1] !== ' ' && p[i - 1] !== undefined;
}

const TERMINAL = '.!?';
const CLOSE_MARKS = '”"»’\'';

/** A quote is whole (not partial) when it starts a sentence or follows a colon/comma. */
function isPartial(p: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && (p[i] === ' ' || p[i] === '\t' || p[i] === '\u00a0')) i--;
  if (i < 0) return false;
  const c = p[i];
  if (':,;—–-('.includes(c) || TERMINAL.includes(c)) return false;
  if (CLOSE_MARKS.includes(c) && i > 0 && TERMINAL.includes(p[i - 1])) return false;
  return true;
}

/** " ' “ ” „ « » ‘ ’ */
function isQuoteMarkCode(c: number): boolean {
  return c === 34 || c === 39 || c === 0x201c || c === 0x201d || c === 0x201e || c === 0xab || c === 0xbb || c === 0x2018 || c === 0x2019;
}

// a module-level function, not a closure per paragraph
function pushQuote(out: LocalQuote[], p: string, s: number, e: number, open: boolean): void {
  if (e - s >= 2 || open) out.push({ start: s, end: e, open, partial: isPartial(p, s) });
}

/** `codes` are p's char codes (charCodes(p)) when the caller has them already. */
export function findQuotes(p: string, codes: Uint16Array = charCodes(p)): LocalQuote[] {
  const out: LocalQuote[] = [];
  let kind: Kind | null = null;
  let start = -1;
  let nested = false; // a quote of the other mark style opened inside the current one
  // a char-code scan for the marks: no RegExp or match array per paragraph
  for (let i = 0; i < p.length; i++) {
    if (!isQuoteMarkCode(codes[i])) continue;
    // two apostrophes for a double quote, as in the New York Times archive: ''We must not overreact,''
    if (codes[i] === 39 && codes[i + 1] === 39) {
      if (kind === null && (isSpaceOrStart(p[i - 1]) || p[i - 1] === ':' || p[i - 1] === ',') && isWordChar(p[i + 2])) {
        kind = 'twin';
        start = i;
        nested = false;
      } else if (kind === 'twin' && p[i - 1] !== ' ') {
        pushQuote(out, p, start, i + 2, false);
        kind = null;
      }
      i++; // the pair is one mark
      continue;
    }
    const ch = p[i];
    if (kind === null) {
      nested = false;
      if (ch === '“' || ch === '„') {
        kind = 'curly';
        start = i;
      } else if (ch === '«') {
        kind = 'guillemet';
        start = i;
      } else if (ch === '"') {
        // a straight quote opens at a word start ("5\" gun" and stray marks do not)
        if (isSpaceOrStart(p[i - 1]) || p[i - 1] === '“' || p[i - 1] === '‘' || p[i - 1] === ':' || p[i - 1] === ',') {
          kind = 'straight';
          start = i;
        }
      } else if ((ch === '‘' || ch === "'") && singleOpens(p, i)) {
        kind = ch === '‘' ? 'single' : 'straight-single';
        start = i;
      } else if (ch === '”' && isSpaceOrStart(p[i - 1]) && isWordChar(p[i + 1])) {
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
        if (ch === '"' && isSpaceOrStart(p[i - 1]) && isWordChar(p[i + 1])) nested = true;
        else if (ch === '"' && nested) nested = false;
        else if (ch === '”' || (ch === '"' && p[i - 1] !== ' ' && !isWordChar(p[i + 1]))) {
          pushQuote(out, p, start, i + 1, false);
          kind = null;
        } else if (ch === '“') start = i; // unbalanced: the earlier opener was stray
        break;
      case 'guillemet':
        if (ch === '»') {
          pushQuote(out, p, start, i + 1, false);
          kind = null;
        } else if (ch === '«') start = i;
        break;
      case 'straight':
        // "…” mixed marks close at the typographic closer, unless it closes a “nested” quote
        if (ch === '“') nested = true;
        else if (ch === '”' && nested) nested = false;
        else if (ch === '”' && p[i - 1] !== ' ') {
          pushQuote(out, p, start, i + 1, false);
          kind = null;
        } else if (ch === '"') {
          if (p[i - 1] === ' ' && isWordChar(p[i + 1])) {
            start = i; // looks like an opener: the earlier one was stray
          } else {
            pushQuote(out, p, start, i + 1, false);
            kind = null;
          }
        }
        break;
      case 'single':
      case 'straight-single': {
        const closer: string = kind === 'single' ? '’' : "'";
        if (ch === (kind === 'single' ? '‘' : "'") && singleOpens(p, i) && ch !== closer) {
          start = i;
        } else if (ch === closer && singleCloses(p, i)) {
          pushQuote(out, p, start, i + 1, false);
          kind = null;
        } else if (ch === '“' || ch === '«' || (ch === '"' && isSpaceOrStart(p[i - 1]))) {
          // a double quote inside an unclosed single one: the single mark was an apostrophe
          kind = ch === '“' ? 'curly' : ch === '«' ? 'guillemet' : 'straight';
          start = i;
        }
        break;
      }
    }
  }
  // an opener left open: only double quotes carry on into the next paragraph
  if (kind !== null && kind !== 'single' && kind !== 'straight-single' && start >= 0) {
    let e = p.length;
    while (e > start && (p[e - 1] === ' ' || p[e - 1] === '\t')) e--;
    pushQuote(out, p, start, e, true);
  }
  return out;
}

/** Does the paragraph open with a quotation mark (the multi-paragraph continuation convention)? */
export function opensWithQuote(p: string): boolean {
  const c = p[0];
  return c === '“' || c === '"' || c === '«' || c === '„' || (c === "'" && p[1] === "'");
}
