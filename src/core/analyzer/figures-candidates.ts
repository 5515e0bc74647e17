// Where the figures recogniser starts parsing: a digit, a currency sign, a decimal point before a
// digit, or a number/date word ("million", "March", "Friday", "week"). The definition is the
// CANDIDATE regex below; two scanners produce exactly its matches, in order:
//  - with the string alone, the regex itself;
//  - with the paragraph's tokens (tokens.ts), a walk over the tokens: the word flags (computed once
//    per distinct word) tell which tokens can hold a candidate, so only those and the characters
//    between tokens (where currency signs are) are looked at, not every character.
import * as words from './numbers-words';
import * as dates from './figures-dates';
import { listedFor, tokenStops } from './token-stops';

// Local copies: unbundled (tsx, CommonJS) module bindings are property getters.
const { ORDINALS, SCALES, TENS, UNITS, VAGUE_PLURALS } = words;
const { DEICTIC_DAYS, MONTHS, PERIODS, WEEKDAYS } = dates;

/** Lower-case ASCII words that start a candidate when they stand alone (between non-word characters). */
export const TRIGGER_WORDS: readonly string[] = [...new Set([
  ...UNITS.keys(), ...TENS.keys(), ...ORDINALS.keys(), ...SCALES.keys(), ...VAGUE_PLURALS,
  ...MONTHS.keys(), ...WEEKDAYS, ...DEICTIC_DAYS, ...PERIODS, 'half', 'usd', 'eur', 'gbp', 'rmb', 'rs',
  'chf', 'jpy', 'cny', 'krw', 'inr',
])].sort((a, b) => b.length - a.length);

const CURRENCY_SIGNS = '$€£¥₹₩₽₡₭₺₪₫₱₦฿₴';

// Candidates: a digit, a currency sign, a decimal point before a digit, or a trigger word. `\b` and
// the `i` flag (no `u`) are ASCII-only: a word is a run of [A-Za-z0-9_], and only ASCII letters fold.
const CANDIDATE_SOURCE = `[0-9${CURRENCY_SIGNS}]|\\.(?=[0-9])|\\b(?:${TRIGGER_WORDS.join('|')})\\b`;

// shared across calls (findFigures is synchronous and never re-entered); lastIndex is set before each use
const CANDIDATE = new RegExp(CANDIDATE_SOURCE, 'gi');

// Character classes of the candidate regex, one load per character.
const C_NONE = 0;
/** a candidate by itself: a digit or a currency sign */
const C_SELF = 1;
/** "." : a candidate before a digit */
const C_DOT = 2;
/** an ASCII letter: a candidate when a trigger word starts here */
const C_LETTER = 3;
const CLASS = new Uint8Array(0x10000);
for (let c = 48; c <= 57; c++) CLASS[c] = C_SELF;
for (const ch of CURRENCY_SIGNS) CLASS[ch.charCodeAt(0)] = C_SELF;
CLASS[46] = C_DOT;
for (let c = 65; c <= 90; c++) CLASS[c] = CLASS[c + 32] = C_LETTER;

/** Word characters of `\b` without the `u` flag: [A-Za-z0-9_]. */
const REGEX_WORD = new Uint8Array(0x10000);
for (let c = 48; c <= 57; c++) REGEX_WORD[c] = 1;
for (let c = 65; c <= 90; c++) REGEX_WORD[c] = REGEX_WORD[c + 32] = 1;
REGEX_WORD[95] = 1;

// The trigger words by a hash of their codes (open addressing), so a run of letters in the text is
// looked up without slicing and lower-casing it.
const TRIGGER_MASK = 1023;
const triggerSlots: string[] = new Array<string>(TRIGGER_MASK + 1).fill('');
const MAX_TRIGGER = Math.max(...TRIGGER_WORDS.map((w) => w.length));
const MIN_TRIGGER = Math.min(...TRIGGER_WORDS.map((w) => w.length));

function hashWord(w: string): number {
  let h = 0;
  for (let k = 0; k < w.length; k++) h = (Math.imul(h, 31) + w.charCodeAt(k)) | 0;
  return h;
}
for (const w of TRIGGER_WORDS) {
  let slot = hashWord(w) & TRIGGER_MASK;
  while (triggerSlots[slot] !== '') slot = (slot + 1) & TRIGGER_MASK;
  triggerSlots[slot] = w;
}

/** Word-flag bits (word-flags.ts keeps bits 12–15 for the figures finder). */
export const F_FIG_LOOK = 1 << 12;
/** The whole token is one trigger word ("million", "Friday"): its candidate is its start, if any. */
export const F_FIG_WORD = 1 << 13;

/** The figures bits of a token's text: computed once per distinct word by wordFlags(). The token
 *  scanner skips tokens without F_FIG_LOOK, so it must be set whenever the text, read alone, could
 *  hold a candidate (in the paragraph a token's neighbours only ever remove candidates: see below). */
export function figureWordFlags(text: string): number {
  const n = text.length;
  let i = 0;
  while (i < n) {
    const k = CLASS[text.charCodeAt(i)];
    // a digit, a currency sign, or a dot (a candidate if a digit follows, maybe in the next token)
    if (k === C_SELF || k === C_DOT) return F_FIG_LOOK;
    if (k !== C_LETTER) {
      i++;
      continue;
    }
    let e = i + 1;
    while (e < n && CLASS[text.charCodeAt(e)] === C_LETTER) e++;
    const alone = (i === 0 || REGEX_WORD[text.charCodeAt(i - 1)] === 0) && (e === n || REGEX_WORD[text.charCodeAt(e)] === 0);
    if (alone && isTriggerText(text, i, e)) return i === 0 && e === n ? F_FIG_LOOK | F_FIG_WORD : F_FIG_LOOK;
    i = e;
  }
  return 0;
}

/** Are codes[s, e) (ASCII letters) a trigger word, ignoring case? */
function isTriggerRun(codes: Uint16Array, s: number, e: number): boolean {
  const n = e - s;
  if (n < MIN_TRIGGER || n > MAX_TRIGGER) return false;
  let h = 0;
  for (let k = s; k < e; k++) h = (Math.imul(h, 31) + (codes[k] | 0x20)) | 0;
  for (let slot = h & TRIGGER_MASK; ; slot = (slot + 1) & TRIGGER_MASK) {
    const w = triggerSlots[slot];
    if (w === '') return false;
    if (w.length !== n) continue;
    let k = 0;
    while (k < n && w.charCodeAt(k) === (codes[s + k] | 0x20)) k++;
    if (k === n) return true;
  }
}

/** isTriggerRun on a string: text[s, e) are ASCII letters. */
function isTriggerText(text: string, s: number, e: number): boolean {
  const n = e - s;
  if (n < MIN_TRIGGER || n > MAX_TRIGGER) return false;
  let h = 0;
  for (let k = s; k < e; k++) h = (Math.imul(h, 31) + (text.charCodeAt(k) | 0x20)) | 0;
  for (let slot = h & TRIGGER_MASK; ; slot = (slot + 1) & TRIGGER_MASK) {
    const w = triggerSlots[slot];
    if (w === '') return false;
    if (w.length !== n) continue;
    let k = 0;
    while (k < n && w.charCodeAt(k) === (text.charCodeAt(s + k) | 0x20)) k++;
    if (k === n) return true;
  }
}

/** The first candidate in codes[from, to), exactly as the regex would find it, or -1. A trigger
 *  word's end is left in `runEnd`. (codes[-1] reads as undefined, codes past the paragraph as 0.) */
function scanCodes(codes: Uint16Array, from: number, to: number): number {
  let i = from;
  while (i < to) {
    const k = CLASS[codes[i]];
    if (k === C_NONE) {
      i++;
    } else if (k === C_SELF) {
      return i;
    } else if (k === C_DOT) {
      const d = codes[i + 1];
      if (d >= 48 && d <= 57) return i;
      i++;
    } else {
      // a run of letters: only its first letter can follow a \b, and it must end at one
      let e = i + 1;
      while (CLASS[codes[e]] === C_LETTER) e++;
      if ((i === 0 || REGEX_WORD[codes[i - 1]] === 0) && REGEX_WORD[codes[e]] === 0 && isTriggerRun(codes, i, e)) {
        runEnd = e;
        return i;
      }
      i = e;
    }
  }
  return -1;
}

/** The end of the regex match at the last candidate found. */
let runEnd = 0;

/** What the scanners need of a token (tokens.ts Token). */
export interface CandidateToken {
  start: number;
  end: number;
  flags: number;
}

/** No tokens (read only): reset() without them allocated a fresh [] each call, twice per findFigures. */
const NO_TOKENS: readonly CandidateToken[] = [];

/**
 * Candidate positions of one call of findFigures, in text order: next(from) is the first at or
 * after `from` (calls come with growing `from`), and end() the end of its regex match.
 */
export class Candidates {
  private text = '';
  private codes: Uint16Array | null = null;
  private toks: readonly CandidateToken[] = NO_TOKENS;
  /** the first of the tokenizer's stops (token-stops.ts) that may end after the next `from` */
  private j = 0;
  private matchEnd = 0;

  /** With tokens, `codes` must be the text's char codes with a 0 after the end (char-codes.ts), and
   *  the tokens the last tokenize(text, codes) call's: their stops are read, or else the regex runs. */
  reset(text: string, codes?: Uint16Array, toks?: readonly CandidateToken[]): this {
    const own = toks !== undefined && listedFor(toks) && codes === tokenStops.codes && text === tokenStops.text;
    this.text = text;
    this.codes = own ? codes : null;
    this.toks = own ? toks : NO_TOKENS;
    this.j = 0;
    this.matchEnd = 0;
    return this;
  }

  /** Drops the references to the caller's text and arrays (they are pooled by their owners). */
  clear(): void {
    this.reset('');
  }

  end(): number {
    return this.matchEnd;
  }

  next(from: number): number {
    return this.codes ? this.fromTokens(this.codes, from) : this.fromRegex(from);
  }

  private fromRegex(from: number): number {
    const re = CANDIDATE;
    re.lastIndex = from;
    // test(), not exec(): no match array per candidate. The match is one character, or a whole
    // trigger word (ASCII letters after a non-word character): its start is found from its end.
    if (!re.test(this.text)) return -1;
    const end = re.lastIndex;
    const text = this.text;
    let s = end - 1;
    if (CLASS[text.charCodeAt(s)] === C_LETTER) {
      while (s > 0 && CLASS[text.charCodeAt(s - 1)] === C_LETTER) s--;
    }
    this.matchEnd = end;
    return s;
  }

  /**
   * The regex's next match, from the tokens. Every ASCII letter and digit is inside a token, and a
   * token's flags come from its own text: read alone, its edges count as non-word characters, so
   * F_FIG_LOOK is set whenever the token holds a candidate in the paragraph (its real neighbours
   * can only be word characters like "_", which remove a \b). Candidates outside tokens (currency
   * signs) are found by reading the characters between tokens. Only the tokenizer's stops are
   * visited: the other tokens have no F_FIG_LOOK and only spaces before them.
   */
  private fromTokens(codes: Uint16Array, from: number): number {
    const toks = this.toks;
    const at = tokenStops.figAt;
    const m = tokenStops.figCount;
    let j = this.j;
    while (j < m && toks[at[j]].end <= from) j++;
    for (; j < m; j++) {
      const k = at[j];
      const t = toks[k];
      // where the characters before the token start: `from` or the previous token's end
      const prevEnd = k > 0 ? toks[k - 1].end : 0;
      const i = from > prevEnd ? from : prevEnd;
      const gapEnd = t.start;
      // the characters before the token: mostly a single space
      if (i < gapEnd && (codes[i] !== 32 || i + 1 !== gapEnd)) {
        const c = scanCodes(codes, i, gapEnd);
        if (c >= 0) return this.found(j, c, codes);
      }
      const flags = t.flags;
      if ((flags & F_FIG_LOOK) !== 0) {
        const s = i > gapEnd ? i : gapEnd;
        if ((flags & F_FIG_WORD) !== 0) {
          // one run of letters: a candidate only at the token start, between regex non-word characters
          if (s === gapEnd && (s === 0 || REGEX_WORD[codes[s - 1]] === 0) && REGEX_WORD[codes[t.end]] === 0) {
            runEnd = t.end;
            return this.found(j, s, codes);
          }
        } else {
          const c = scanCodes(codes, s, t.end);
          if (c >= 0) return this.found(j, c, codes);
        }
      }
    }
    // after the last token
    this.j = j;
    const len = toks.length;
    const lastEnd = len > 0 ? toks[len - 1].end : 0;
    const i = from > lastEnd ? from : lastEnd;
    const c = i < this.text.length ? scanCodes(codes, i, this.text.length) : -1;
    return c >= 0 ? this.found(j, c, codes) : -1;
  }

  private found(j: number, s: number, codes: Uint16Array): number {
    this.j = j;
    this.matchEnd = CLASS[codes[s]] === C_LETTER ? runEnd : s + 1;
    return s;
  }
}
