// A tiny on-demand lexer for the figures recogniser. It only runs in short windows around
// candidate positions, so the whole pass stays linear and allocation-light.
import { isDigit } from './char-codes';

export const NUM = 0;
export const WORD = 1;
export const SYM = 2;

export interface Tok {
  kind: 0 | 1 | 2;
  start: number;
  end: number;
  /** lower-cased word or the symbol; '' for NUM (its text is text.slice(start, end)) */
  w: string;
  /** numeric value of a NUM token */
  v: number;
  /** whitespace between this token and the previous one */
  gap: boolean;
  /** NUM: written as a plain run of digits (no separators, decimals or fractions) */
  plain: boolean;
  /** WORD: the word's classes (setWordClasses), 0 for other tokens */
  cls: number;
}

const MAX_TOKENS = 24;

// Tok objects are pooled: they are only used while one candidate is parsed (findFigures calls
// releaseTokens() before each), and allocating them was the figures pass's largest garbage.
const POOL_MAX = 4096;
const tokPool: Tok[] = [];
let tokUsed = 0;
// Windows are pooled the same way: one or two per candidate, released with the tokens
const windowPool: Window[] = [];
let windowsUsed = 0;

/** A window at `start` of `text` (`codes`: its char codes, then a 0), reused after the next releaseTokens(). */
export function openWindow(text: string, codes: Uint16Array, start: number): Window {
  if (windowsUsed < windowPool.length) return windowPool[windowsUsed++].reset(text, codes, start);
  const w = new Window(text, codes, start);
  if (windowPool.length < 64) {
    windowPool.push(w);
    windowsUsed++;
  }
  return w;
}

/** Lets the next tokens reuse every Tok and Window handed out so far: call only when none is referenced. */
export function releaseTokens(): void {
  tokUsed = 0;
  windowsUsed = 0;
}

function mkTok(kind: Tok['kind'], start: number, end: number, w: string, v: number, gap: boolean, plain: boolean, cls = 0): Tok {
  if (tokUsed < tokPool.length) {
    const t = tokPool[tokUsed++];
    t.kind = kind;
    t.start = start;
    t.end = end;
    t.w = w;
    t.v = v;
    t.gap = gap;
    t.plain = plain;
    t.cls = cls;
    return t;
  }
  const t: Tok = { kind, start, end, w, v, gap, plain, cls };
  if (tokPool.length < POOL_MAX) {
    tokPool.push(t);
    tokUsed++;
  }
  return t;
}

export { isDigit };

export function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0x202f || c === 0x2009;
}

/** Thousands separators written as spaces: plain, no-break, narrow no-break, thin. */
function isGroupSpace(c: number): boolean {
  return c === 32 || c === 0xa0 || c === 0x202f || c === 0x2009;
}

// Lower-cased words, cached by a hash of their letters: the same few words ("million", "per",
// "the") are lexed again and again, and slice() + toLowerCase() allocated two strings each time.
const LOWER_MASK = 1023;
const lowerCache: string[] = new Array<string>(LOWER_MASK + 1).fill('');
/** the classes of the word in the same slot */
const lowerCls = new Int32Array(LOWER_MASK + 1);
/** the slot's word packed five bits a letter (packedWord), or -1 */
const lowerKey = new Int32Array(LOWER_MASK + 1);
/** Words up to this long are identified by their packed letters, without comparing characters. */
const PACKED_MAX = 6;

/** A word of up to PACKED_MAX ASCII letters as an integer, case-insensitive (the lexer packs the
 *  same way as it reads): equal for two words exactly when their lower-cased letters are. */
export function packedWord(w: string): number {
  if (w.length > PACKED_MAX) return -1;
  let key = 0;
  for (let k = 0; k < w.length; k++) {
    const c = w.charCodeAt(k);
    if (!isAsciiLetter(c)) return -1;
    key = key * 32 + (c & 31);
  }
  return key;
}

let wordClasses: (w: string) => number = () => 0;

/** How to compute a lower-cased word's classes (Tok.cls): the recogniser's tables, set once. */
export function setWordClasses(classify: (w: string) => number): void {
  wordClasses = classify;
  lowerCache.fill('');
  lowerKey.fill(0); // no word packs to 0: every slot empty
}

function lowerCode(c: number): number {
  return c >= 65 && c <= 90 ? c | 0x20 : c;
}

/** The lowerCache slot holding text.slice(p, e).toLowerCase() (and its classes) for a word of ASCII
 *  letters (and a trailing 2, 3, ² or ³), given h, the 31-multiplier hash of its lower-cased codes,
 *  and key, its letters packed like packedWord() when they are all it has (both computed while the
 *  lexer finds the word's end). `codes` are the text's. */
function lowerHashed(text: string, codes: Uint16Array, p: number, e: number, h: number, key: number): number {
  const slot = h & LOWER_MASK;
  if (holds(slot, codes, p, e, key)) return slot;
  // two slots per hash: two frequent words that share one ("and" and "of" do) both stay cached
  const other = slot ^ 1;
  if (holds(other, codes, p, e, key)) return other;
  // the slot's word moves to the other slot, the new word takes its place
  lowerCache[other] = lowerCache[slot];
  lowerCls[other] = lowerCls[slot];
  lowerKey[other] = lowerKey[slot];
  const fresh = text.slice(p, e).toLowerCase();
  lowerCache[slot] = fresh;
  lowerCls[slot] = wordClasses(fresh);
  lowerKey[slot] = packedWord(fresh);
  return slot;
}

/** Does lowerCache[slot] hold the word codes[p, e) (key: see lowerHashed)? */
function holds(slot: number, codes: Uint16Array, p: number, e: number, key: number): boolean {
  // a short word of letters: its packed letters identify it, length included (no letter packs to
  // 0), without a load of the cached string
  if (key >= 0) return lowerKey[slot] === key;
  const w = lowerCache[slot];
  if (w.length !== e - p) return false;
  let k = 0;
  while (k < w.length && w.charCodeAt(k) === lowerCode(codes[p + k])) k++;
  return k === w.length;
}

// One-character symbol strings, made once per char code: slicing allocated a string per symbol token.
const symStrings = new Map<number, string>();
// (an array for the common codes: a Map lookup per symbol token showed in profiles)
const SYM_FAST = 0x2100;
const symFast: (string | undefined)[] = new Array<string | undefined>(SYM_FAST).fill(undefined);

function symString(c: number): string {
  if (c < SYM_FAST) return (symFast[c] ??= String.fromCharCode(c));
  let w = symStrings.get(c);
  if (w === undefined) {
    w = String.fromCharCode(c);
    if (symStrings.size < 4096) symStrings.set(c, w);
  }
  return w;
}

/** The end of the digits at i; `n` is the text's length. */
function digitsEnd(codes: Uint16Array, n: number, i: number): number {
  while (i < n && isDigit(codes[i])) i++;
  return i;
}

/** Tokens from `start` up to the end of the line, produced lazily and cached. The lexer reads the
 *  text's char codes from `codes` (char-codes.ts: the codes, then a 0): charCodeAt on a paragraph,
 *  a slice of the document, unwraps the slice at every call. */
export class Window {
  private readonly toks: Tok[] = [];
  /** how many of toks belong to this window (the array is kept across resets) */
  private n = 0;
  private pos: number;
  private done = false;

  constructor(
    public text: string,
    public codes: Uint16Array,
    start: number,
  ) {
    this.pos = start;
  }

  /** Starts over at `start` of `text` (a pooled window, see openWindow). */
  reset(text: string, codes: Uint16Array, start: number): this {
    this.text = text;
    this.codes = codes;
    this.pos = start;
    this.done = false;
    this.n = 0;
    return this;
  }

  at(i: number): Tok | undefined {
    while (this.n <= i && !this.done) this.lexNext();
    return i < this.n ? this.toks[i] : undefined;
  }

  private lexNext(): void {
    const text = this.text;
    const codes = this.codes;
    let p = this.pos;
    let gap = false;
    while (p < text.length && isSpace(codes[p])) {
      p++;
      gap = true;
    }
    if (p >= text.length || this.n >= MAX_TOKENS) {
      this.done = true;
      return;
    }
    const c = codes[p];
    if (c === 10 || c === 13) {
      this.done = true;
      return;
    }
    let tok: Tok;
    if (isDigit(c) || (c === 46 && isDigit(codes[p + 1]) && !isDigit(codes[p - 1]))) {
      tok = lexNumber(text, codes, p, gap);
    } else if (isAsciiLetter(c)) {
      // one pass finds the end of the letters and hashes them for lowerWord
      let h = c | 0x20;
      // packedWord() of the letters (exact up to PACKED_MAX letters, wraps after)
      let key = c & 31;
      let e = p + 1;
      let n = codes[e];
      while ((n >= 97 && n <= 122) || (n >= 65 && n <= 90)) {
        h = (Math.imul(h, 31) + (n | 0x20)) | 0;
        key = (key * 32 + (n & 31)) | 0;
        n = codes[++e];
      }
      // "km2", "m²": a squared/cubed unit; only when the digit ends the word
      if ((n === 50 || n === 51 || n === 0xb2 || n === 0xb3) && !isDigit(codes[e + 1]) && e - p <= 3) {
        h = (Math.imul(h, 31) + n) | 0;
        e++;
        key = -1;
      }
      const slot = lowerHashed(text, codes, p, e, h, e - p <= PACKED_MAX ? key : -1);
      tok = mkTok(WORD, p, e, lowerCache[slot], 0, gap, false, lowerCls[slot]);
    } else {
      // a whole surrogate pair counts as one symbol so offsets never split a character
      const e = c >= 0xd800 && c <= 0xdbff && p + 1 < text.length ? p + 2 : p + 1;
      let w = e === p + 1 ? symString(c) : text.slice(p, e);
      if (c === 0xb0) {
        const n = codes[e] | 0x20;
        if (n === 99 || n === 102) {
          const deg = '°' + String.fromCharCode(n);
          tok = mkTok(WORD, p, e + 1, deg, 0, gap, false, wordClasses(deg));
          this.toks[this.n++] = tok;
          this.pos = tok.end;
          return;
        }
      }
      if (c === 0x2013 || c === 0x2014) w = '-';
      tok = mkTok(SYM, p, e, w, 0, gap, false);
    }
    this.toks[this.n++] = tok;
    this.pos = tok.end;
  }
}

const POW10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

/** The digits in text[a, b) (an integer part with its group separators skipped, then a fractional
 *  part text[fa, fb), which may be empty) as Number(`${digits || '0'}.${frac}`), without building
 *  the string: with at most 15 digits the integer M = digits·frac is exact and M / 10^k is
 *  correctly rounded, like Number() itself. */
function decimalValue(text: string, codes: Uint16Array, a: number, b: number, fa: number, fb: number): number {
  let m = 0;
  let nd = 0;
  for (let k = a; k < b; k++) {
    const c = codes[k];
    if (c >= 48 && c <= 57) {
      m = m * 10 + (c - 48);
      nd++;
    }
  }
  const nf = fb - fa;
  if (nd + nf > 15) return Number(digitString(text, a, b) + (nf > 0 ? '.' + text.slice(fa, fb) : ''));
  for (let k = fa; k < fb; k++) m = m * 10 + (codes[k] - 48);
  return nf === 0 ? m : m / POW10[nf];
}

/** The digits of text[a, b) without its group separators, or '0' if none. */
function digitString(text: string, a: number, b: number): string {
  let d = '';
  for (let k = a; k < b; k++) {
    const c = text.charCodeAt(k);
    if (c >= 48 && c <= 57) d += text.charAt(k);
  }
  return d || '0';
}

/** Number(text.slice(a, b)) of a run of digits. */
function integerValue(text: string, codes: Uint16Array, a: number, b: number): number {
  if (b - a > 15) return Number(text.slice(a, b));
  let m = 0;
  for (let k = a; k < b; k++) m = m * 10 + (codes[k] - 48);
  return m;
}

/**
 * Digits with thousands separators ("100,000", "40 000"), decimals (".25", "19.3", "1,3"),
 * exponents ("1e10", "1.1^+23") and simple fractions ("3/4"). Dates like "11/12/2022" and
 * versions like "1.2.3" come back as one non-plain token with NaN value so callers skip them.
 */
export function lexNumber(text: string, codes: Uint16Array, p: number, gap: boolean): Tok {
  const len = text.length;
  // NUM tokens carry no string (w is ''): their text is text.slice(start, end), and the value is
  // read from the char codes; slicing the digits was most of what the figures lexer allocated.
  let i = p;
  let intEnd = digitsEnd(codes, len, i);
  let plain = true;
  const first = intEnd - p;
  if (first >= 1 && first <= 3) {
    // comma grouping: "100,000" / "1,674,200"
    let j = intEnd;
    while (codes[j] === 44 && digitsEnd(codes, len, j + 1) === j + 4) j += 4;
    if (j === intEnd) {
      // space grouping: "40 000", "1 234 567.89"
      while (isGroupSpace(codes[j]) && digitsEnd(codes, len, j + 1) === j + 4 && !isAsciiLetter(codes[j + 4])) j += 4;
    }
    if (j !== intEnd) {
      intEnd = j;
      plain = false;
    }
  }
  i = intEnd;
  // the fractional digits: text[fracStart, fracEnd)
  let fracStart = i;
  let fracEnd = i;
  let value: number;
  const c = codes[i];
  if (c === 46 && isDigit(codes[i + 1])) {
    const fe = digitsEnd(codes, len, i + 1);
    if (codes[fe] === 46 && isDigit(codes[fe + 1])) {
      // "1.2.3": a version or an address, not a figure
      let e = fe;
      while (e < len && (isDigit(codes[e]) || codes[e] === 46)) e++;
      return mkTok(NUM, p, e, '', NaN, gap, false);
    }
    fracStart = i + 1;
    fracEnd = fe;
    i = fe;
    plain = false;
  } else if (c === 44 && plain && isDigit(codes[i + 1]) && codes[p - 1] !== 44) {
    // decimal comma "1,3", but not a list "22,24,26"
    const fe = digitsEnd(codes, len, i + 1);
    if (fe - i - 1 <= 2 && !(codes[fe] === 44 && isDigit(codes[fe + 1]))) {
      fracStart = i + 1;
      fracEnd = fe;
      i = fe;
      plain = false;
    }
  }
  value = decimalValue(text, codes, p, intEnd, fracStart, fracEnd);
  const n = codes[i];
  if ((n === 101 || n === 69) && i > p) {
    // exponent, only when nothing alphabetic follows ("1e10", not "1em")
    let j = i + 1;
    const s = codes[j];
    if (s === 43 || s === 45) j++;
    const de = digitsEnd(codes, len, j);
    if (de > j && !isAsciiLetter(codes[de])) {
      value = value * Math.pow(10, Number(text.slice(i + 1, de)));
      i = de;
      plain = false;
    }
  } else if (n === 94) {
    let j = i + 1;
    const s = codes[j];
    if (s === 43 || s === 45) j++;
    const de = digitsEnd(codes, len, j);
    if (de > j) {
      value = Math.pow(value, Number(text.slice(i + 1, de)));
      i = de;
      plain = false;
    }
  } else if (n === 47 && isDigit(codes[i + 1]) && fracEnd === fracStart) {
    const de = digitsEnd(codes, len, i + 1);
    if (codes[de] === 47 || codes[de] === 58) {
      // "11/12/2022": a numeric date
      let e = de;
      while (e < len && (isDigit(codes[e]) || codes[e] === 47)) e++;
      return mkTok(NUM, p, e, '', NaN, gap, false);
    }
    const den = integerValue(text, codes, i + 1, de);
    if (den > 0 && value < den && den <= 100 && !(value === 9 && den === 11)) {
      value = value / den;
      i = de;
      plain = false;
    } else {
      // "24/7", "9/11": not fractions
      return mkTok(NUM, p, de, '', NaN, gap, false);
    }
  } else if (n === 58 && isDigit(codes[i + 1])) {
    // "10:30", "3:1": times and scores are not figures
    let e = i;
    while (e < len && (isDigit(codes[e]) || codes[e] === 58)) e++;
    return mkTok(NUM, p, e, '', NaN, gap, false);
  }
  return mkTok(NUM, p, i, '', value, gap, plain);
}
