// A small tokenizer for one paragraph: words (with inner apostrophes/hyphens, "U.S."-style initials)
// and single punctuation characters. The possessive "’s" is its own token so "South Korea’s" yields
// the place "South Korea". Linear: one pass over the paragraph's char codes.

import { F_CUE_VERB, F_WALK_STOP, wordFlags } from './word-flags';
import { charCodes, isDigit } from './char-codes';
import { isQuoteMark, markBuffer, marksFound } from './quotes';
import { F_FIG_LOOK } from './figures-candidates';
import { listedFor, stopsRoom, tokenStops } from './token-stops';

export interface Token {
  start: number;
  end: number;
  text: string;
  /** 'w' word, 'p' punctuation, 's' possessive ’s */
  kind: 'w' | 'p' | 's';
  /** starts with an upper-case letter */
  cap: boolean;
  lower: string;
  /** the word lists it belongs to (word-flags.ts) */
  flags: number;
}

const ABBREV_DOT = new Set(['mr', 'mrs', 'ms', 'dr', 'sen', 'rep', 'gov', 'gen', 'col', 'lt', 'sgt', 'st', 'jr', 'sr', 'inc', 'corp', 'co', 'ltd', 'prof', 'adm', 'rev', 'jan', 'feb', 'aug', 'sept', 'oct', 'nov', 'dec', 'no', 'vs',
  // US state abbreviations in addresses and datelines ("of Springfield, Va., said")
  'ala', 'ariz', 'ark', 'calif', 'colo', 'conn', 'fla', 'ga', 'ill', 'ind', 'kan', 'ky', 'md', 'mass', 'mich', 'minn',
  'miss', 'mo', 'mont', 'neb', 'nev', 'okla', 'ore', 'pa', 'tenn', 'tex', 'va', 'vt', 'wash', 'wis', 'wyo']);
const PUNCT_CHARS = ',;:.!?()[]—–―"“”«»‘’\'/&';
// punctuation tokens by char code, and their one-character strings made once (not per token);
// an array indexed by code, not a Map: it is read for every non-space, non-word character
const PUNCT_MAX = 0x2020;
const PUNCT_TEXT: (string | undefined)[] = new Array<string | undefined>(PUNCT_MAX).fill(undefined);
const PUNCT_FLAGS = new Int32Array(PUNCT_MAX);
for (const ch of PUNCT_CHARS) {
  PUNCT_TEXT[ch.charCodeAt(0)] = ch;
  PUNCT_FLAGS[ch.charCodeAt(0)] = wordFlags(ch, ch);
}
const HYPHEN = '-';
const HYPHEN_FLAGS = wordFlags(HYPHEN, HYPHEN);
const INITIALS = /^(?:[A-Za-z]\.)+[A-Za-z]$/;
/** US party and state tags: "R-Ky.", "D-Wis." keep their dot (not a sentence end). */
const PARTY_STATE = /^[DRI]-[A-Z][a-z]{0,4}$/;

/** Letters and digits of the scripts news copy uses (Latin, Greek, Cyrillic, Latin Extended Additional). */
function isWordCodeSlow(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x370 && c <= 0x3ff) || (c >= 0x400 && c <= 0x4ff) || (c >= 0x1e00 && c <= 0x1eff);
}

// the same as a table over all UTF-16 code units: one load per character instead of range tests
const WORD_CODE = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) WORD_CODE[c] = isWordCodeSlow(c) ? 1 : 0;

/** `c` is a code unit (0 past the paragraph end, see charCodes). */
function isWordCode(c: number): boolean {
  return WORD_CODE[c] === 1;
}

function isUpper(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** Does w start with an upper-case letter? (no one-character string for ASCII, the usual case) */
function startsUpper(w: string): boolean {
  const c = w.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : isUpper(w[0]);
}

/** Can codes[s, e) change in lower case? (no, for ASCII with no capital: most words, and then the
 *  lower case is the word itself, without toLowerCase's call and new string) */
function hasUpper(codes: Uint16Array, s: number, e: number): boolean {
  for (let k = s; k < e; k++) {
    const c = codes[k];
    if (c >= 128 || (c >= 65 && c <= 90)) return true;
  }
  return false;
}

/** Joins word parts; "/" joins digits too ("9/11", "24/7"). */
function isJoiner(c: number): boolean {
  return c === 45 || c === 39 || c === 0x2019 || c === 46; // - ' ’ .
}

// Token objects are pooled: a paragraph's tokens are garbage once it is analysed, and allocating
// ~200k of them per MB was the analyzer's largest cost (in the garbage collector).
const POOL_MAX = 50_000;
const pool: Token[] = [];
// The word cache: two-way set-associative by a hash of the word's codes (a word may sit in the
// slot its hash picks or that slot's neighbour: with one slot per hash, two frequent words sharing
// it evicted each other all the time). A slot's codes are kept in a flat typed array (words up to
// CACHE_CHARS long), so checking a hit touches no string object; what a hit reads is paired up so
// it touches few cache lines.
const CACHE_BITS = 14;
const CACHE_SLOTS = 1 << CACHE_BITS;
const CACHE_CHARS = 16;
/** a slot's word and its lower case, side by side */
const cacheWords: string[] = new Array<string>(2 * CACHE_SLOTS).fill('');
/** a slot's hash and word length (0 when empty), side by side: a miss reads one cache line */
const cacheKey = new Int32Array(2 * CACHE_SLOTS);
/** a slot's flags, with CAP_BIT set when the word starts with an upper-case letter (flags never
 *  use bit 31, see word-flags.ts) */
const cacheFlags = new Int32Array(CACHE_SLOTS);
const CAP_BIT = 1 << 31;
const cacheCodes = new Uint16Array(CACHE_SLOTS * CACHE_CHARS);
/** per pair of slots: which one the next new word replaces when both are taken */
const cacheVictim = new Uint8Array(CACHE_SLOTS >> 1);
// What a slot's word becomes before a dot ("U.S.", "Mr.") or as a possessive ("Korea’s" → "Korea" +
// "’s"), worked out on its first such use: these words are frequent, and each one cost string slices
// and two wordFlags calls (a dozen Set look-ups each). 0: not known yet.
const DOT_NO = 1;
const DOT_YES = 2;
const cacheDot = new Uint8Array(CACHE_SLOTS);
const cacheDotText: string[] = new Array<string>(CACHE_SLOTS).fill('');
const cacheDotLower: string[] = new Array<string>(CACHE_SLOTS).fill('');
const cacheDotFlags = new Int32Array(CACHE_SLOTS);
const cachePoss = new Uint8Array(CACHE_SLOTS);
const cachePossText: string[] = new Array<string>(CACHE_SLOTS).fill('');
const cachePossLower: string[] = new Array<string>(CACHE_SLOTS).fill('');
const cachePossFlags = new Int32Array(CACHE_SLOTS);
const cacheTail: string[] = new Array<string>(CACHE_SLOTS).fill('');
const cacheTailFlags = new Int32Array(CACHE_SLOTS);

/** Is the slot's word the text at codes[s, e)? */
function cachedAt(slot: number, h: number, codes: Uint16Array, s: number, e: number): boolean {
  if (cacheKey[2 * slot] !== h || cacheKey[2 * slot + 1] !== e - s) return false;
  const base = slot * CACHE_CHARS;
  for (let k = s; k < e; k++) if (cacheCodes[base + k - s] !== codes[k]) return false;
  return true;
}

/** The slot of the pair holding `slot` that a new word takes: an empty one, else each in turn. */
function freeSlot(slot: number): number {
  if (cacheKey[2 * slot + 1] === 0) return slot;
  if (cacheKey[2 * (slot ^ 1) + 1] === 0) return slot ^ 1;
  const pair = slot >> 1;
  cacheVictim[pair] ^= 1;
  return (pair << 1) | cacheVictim[pair];
}

function fillSlot(slot: number, h: number, codes: Uint16Array, s: number, e: number, w: string, lower: string, flags: number, cap: boolean): void {
  cacheWords[2 * slot] = w;
  cacheWords[2 * slot + 1] = lower;
  cacheFlags[slot] = cap ? flags | CAP_BIT : flags;
  cacheKey[2 * slot] = h;
  cacheKey[2 * slot + 1] = e - s;
  cacheDot[slot] = 0;
  cachePoss[slot] = 0;
  const base = slot * CACHE_CHARS;
  for (let k = s; k < e; k++) cacheCodes[base + k - s] = codes[k];
}
let used = 0;

function tok(start: number, end: number, text: string, kind: Token['kind'], cap: boolean, lower: string, flags: number): Token {
  if (used < pool.length) {
    const t = pool[used++];
    t.start = start;
    t.end = end;
    t.text = text;
    t.kind = kind;
    t.cap = cap;
    t.lower = lower;
    t.flags = flags;
    return t;
  }
  const t: Token = { start, end, text, kind, cap, lower, flags };
  if (pool.length < POOL_MAX) {
    pool.push(t);
    used++;
  }
  return t;
}

/** Does the word keep a dot that follows it ("U.S.", "Mr.", "R-Ky.", "A.")? (cap: its first letter is upper case) */
function keepsDot(w: string, lower: string, cap: boolean): boolean {
  return w.length === 1 ? cap : ABBREV_DOT.has(lower) || INITIALS.test(w) || PARTY_STATE.test(w);
}

// the token array is reused too: its length is set to the paragraph's count at the end
const list: Token[] = [];

/** The tokens the sentence walk (attribution.ts sentences) stops at: cue verbs, "according" and
 *  marks that may end a sentence. */
const WALK_FLAGS = F_CUE_VERB | F_WALK_STOP;
/** The indices of the tokens with a WALK_FLAGS bit, in order: `at` is reused by the next call. */
export interface WalkStops {
  at: Int32Array;
  count: number;
}
const listed: WalkStops = { at: tokenStops.walkAt, count: 0 };
/** a pass's answer, for tokens that are not tokenize's last result (the tokenizer's list untouched) */
const passed: WalkStops = { at: new Int32Array(1024), count: 0 };

/** toks' walk stops: those tokenize listed as it made them, when toks are its last result (one
 *  flag test there on a value it holds, instead of a pass reading every token); else a pass. */
export function walkStops(toks: readonly Token[]): WalkStops {
  if (listedFor(toks)) {
    listed.at = tokenStops.walkAt;
    listed.count = tokenStops.walkCount;
    return listed;
  }
  if (passed.at.length < toks.length) passed.at = new Int32Array(toks.length * 2);
  const at = passed.at;
  let m = 0;
  for (let i = 0; i < toks.length; i++) if ((toks[i].flags & WALK_FLAGS) !== 0) at[m++] = i;
  passed.count = m;
  return passed;
}

/** The paragraph's tokens. The array and its Token objects are reused by the next call: do not keep them.
 *  `codes` are p's char codes (charCodes(p)) when the caller has them already. */
export function tokenize(p: string, codes: Uint16Array = charCodes(p)): Token[] {
  const out = list;
  let count = 0;
  used = 0;
  const n = p.length;
  // the quotation marks' positions, for findQuotes (apostrophes inside words included)
  const marks = markBuffer(n);
  let markCount = 0;
  // the figures scanner's and the sentence walk's stops (token-stops.ts); `gap`: a character that is
  // neither a token nor a space since the last token
  tokenStops.toks = null;
  stopsRoom(n);
  const stops = tokenStops.figAt;
  let stopCount = 0;
  let gap = false;
  const walkAt = tokenStops.walkAt;
  let walkCount = 0;
  let i = 0;
  while (i < n) {
    const c = codes[i];
    if (!isWordCode(c)) {
      if (c !== 32) { // spaces are most non-word characters: no lookup for them
        if (isQuoteMark(c)) marks[markCount++] = i;
        const ch = (c < PUNCT_MAX ? PUNCT_TEXT[c] : undefined) ?? (c === 45 && (codes[i - 1] === 32 || codes[i + 1] === 32) ? HYPHEN : undefined);
        if (ch !== undefined) {
          const flags = c === 45 ? HYPHEN_FLAGS : PUNCT_FLAGS[c];
          if (gap || (flags & F_FIG_LOOK) !== 0) stops[stopCount++] = count;
          if ((flags & WALK_FLAGS) !== 0) walkAt[walkCount++] = count;
          gap = false;
          out[count++] = tok(i, i + 1, ch, 'p', false, ch, flags);
        } else gap = true;
      }
      i++;
      continue;
    }
    // a word: letters/digits, joined by - ' ’ . when a letter follows
    const s = i;
    let h = c;
    i++;
    for (;;) {
      const d = codes[i]; // the 0 at the paragraph end stops the word
      if (isWordCode(d)) {
        h = (Math.imul(h, 31) + d) | 0;
        i++;
      } else if ((isJoiner(d) && isWordCode(codes[i + 1])) || (d === 47 && isDigit(codes[i - 1]) && isDigit(codes[i + 1]))) {
        if (d === 39 || d === 0x2019) marks[markCount++] = i;
        h = (Math.imul(h, 31) + d) | 0;
        h = (Math.imul(h, 31) + codes[i + 1]) | 0;
        i += 2;
      } else break;
    }
    let e = i;
    // words repeat: a cache of recent words saves allocating the same strings again. The slot is
    // the top bits of h times a large odd constant: h's low bits are mostly the last letter's, and
    // words sharing them kept evicting each other.
    let slot = Math.imul(h, 0x9e3779b1) >>> (32 - CACHE_BITS);
    let hit = cachedAt(slot, h, codes, s, e);
    if (!hit && cachedAt(slot ^ 1, h, codes, s, e)) {
      slot ^= 1;
      hit = true;
    }
    let w: string;
    let lower: string;
    let flags: number;
    let cap: boolean;
    if (hit) {
      w = cacheWords[2 * slot];
      lower = cacheWords[2 * slot + 1];
      const fc = cacheFlags[slot];
      flags = fc & ~CAP_BIT;
      cap = fc < 0;
    } else {
      w = p.slice(s, e);
      lower = hasUpper(codes, s, e) ? w.toLowerCase() : w;
      flags = wordFlags(w, lower);
      cap = startsUpper(w);
      if (e - s <= CACHE_CHARS) {
        slot = freeSlot(slot);
        fillSlot(slot, h, codes, s, e, w, lower, flags, cap);
      } else slot = -1;
    }
    // "U.S." / "Mr." keep their final dot; a sentence-final dot stays punctuation
    // (for a one-letter word, cap is isUpper(w))
    let dotted = false;
    if (codes[e] === 46) {
      if (slot >= 0 && cacheDot[slot] !== 0) {
        if (cacheDot[slot] === DOT_YES) {
          w = cacheDotText[slot];
          lower = cacheDotLower[slot];
          flags = cacheDotFlags[slot];
          dotted = true;
        }
      } else {
        dotted = keepsDot(w, lower, cap);
        if (dotted) {
          w += '.';
          lower += '.';
          flags = wordFlags(w, lower);
        }
        if (slot >= 0) cacheDot[slot] = dotted ? DOT_YES : DOT_NO;
        if (slot >= 0 && dotted) {
          cacheDotText[slot] = w;
          cacheDotLower[slot] = lower;
          cacheDotFlags[slot] = flags;
        }
      }
      if (dotted) {
        e++;
        i++;
      }
    }
    // possessive split: "Korea’s" → "Korea" + "’s" (a dotted word ends in ".", never "’s")
    if (!dotted && e - s > 2 && codes[e - 1] === 115 && (codes[e - 2] === 0x2019 || codes[e - 2] === 39)) {
      let ws: string;
      let lws: string;
      let wsFlags: number;
      let tail: string;
      let tailFlags: number;
      if (slot >= 0 && cachePoss[slot] === 1) {
        ws = cachePossText[slot];
        lws = cachePossLower[slot];
        wsFlags = cachePossFlags[slot];
        tail = cacheTail[slot];
        tailFlags = cacheTailFlags[slot];
      } else {
        ws = w.slice(0, -2);
        lws = lower.slice(0, -2);
        wsFlags = wordFlags(ws, lws);
        tail = w.slice(-2);
        tailFlags = wordFlags(tail, tail);
        if (slot >= 0) {
          cachePoss[slot] = 1;
          cachePossText[slot] = ws;
          cachePossLower[slot] = lws;
          cachePossFlags[slot] = wsFlags;
          cacheTail[slot] = tail;
          cacheTailFlags[slot] = tailFlags;
        }
      }
      if (gap || (wsFlags & F_FIG_LOOK) !== 0) stops[stopCount++] = count;
      if ((wsFlags & WALK_FLAGS) !== 0) walkAt[walkCount++] = count;
      out[count++] = tok(s, e - 2, ws, 'w', cap, lws, wsFlags);
      if ((tailFlags & F_FIG_LOOK) !== 0) stops[stopCount++] = count;
      if ((tailFlags & WALK_FLAGS) !== 0) walkAt[walkCount++] = count;
      out[count++] = tok(e - 2, e, tail, 's', false, tail, tailFlags);
    } else {
      if (gap || (flags & F_FIG_LOOK) !== 0) stops[stopCount++] = count;
      if ((flags & WALK_FLAGS) !== 0) walkAt[walkCount++] = count;
      out[count++] = tok(s, e, w, 'w', cap, lower, flags);
    }
    gap = false;
  }
  // (pops, inlined by the compiler, instead of setting the length: that is a call into the runtime)
  while (out.length > count) out.pop();
  marksFound(p, markCount);
  tokenStops.text = p;
  tokenStops.codes = codes;
  tokenStops.tokenCount = count;
  tokenStops.figCount = stopCount;
  tokenStops.walkCount = walkCount;
  tokenStops.toks = out;
  return out;
}
