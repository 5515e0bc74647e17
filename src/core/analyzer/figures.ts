// Figures recogniser: money, counts, percentages, measures, ordinals, ranges, years and dates.
// Candidate positions come from the paragraph's tokens, or one regex pass over a bare string
// (figures-candidates.ts); a short token window around each is parsed. Each candidate reads a
// bounded number of tokens, so the whole pass is linear in the text length.
import type { Figure, FigureKind } from './types';
import * as lexer from './figures-lexer';
import { Window, packedWord, type Tok } from './figures-lexer';
import * as units from './figures-units';
import * as words from './numbers-words';
import * as dates from './figures-dates';
import { Candidates, type CandidateToken } from './figures-candidates';
import * as before from './figures-before';
import { hit, type Hit } from './figures-hit';
import { Collector } from './collector';
import { wordClasses } from './figures-words';
import { K_CURRENCY_CODE, K_CURRENCY_WORD, K_DEICTIC_DAY, K_DENOMINATOR, K_DOLLAR_NATION, K_MEASURE, K_MONTH, K_NOT_NOUN, K_ORDINAL, K_PERIOD, K_SCALE, K_SHORT_SCALE, K_SUFFIX, K_TEN, K_TIME_UNIT, K_UNIT, K_UNIT_MODIFIER, K_VAGUE, K_WEEKDAY } from './figures-classes';

// Local copies of the imported tables: module bindings compiled to CommonJS are property getters,
// which cost measurably in this hot loop.
const { isAsciiLetter, isDigit, NUM, SYM, WORD, releaseTokens, openWindow, setWordClasses } = lexer;
const { CURRENCY_CODES, CURRENCY_SYMBOLS, CURRENCY_WORDS, DOLLAR_NATIONS, DOLLAR_PREFIXES, GLUED_ONLY_UNITS, MEASURE_UNITS, UNIT_MODIFIERS } = units;
const { DENOMINATORS, ORDINALS, SCALES, SHORT_SCALES, TENS, UNITS } = words;
const { dateFromDay, dateFromMonth, dateFromWord } = dates;
const { charBeforeSpaces, lettersBeforeSign, wordBefore, WordEnds } = before;

// shared across calls (findFigures is synchronous and never re-entered)
const candidates = new Candidates();

// word tokens carry their classes (figures-classes.ts): a bit test instead of Map and Set lookups
setWordClasses(wordClasses);

const SPACED_DOLLAR_PREFIXES: ReadonlySet<string> = new Set(['c', 'C', 'hk', 'HK', 'US', 'NZ', 'A']);

/** ASCII letters codes[s, e) as a number, packed as the lexer's packedWord packs a word. */
function packedLetters(codes: Uint16Array, s: number, e: number): number {
  let key = 0;
  for (let k = s; k < e; k++) key = key * 32 + (codes[k] & 31);
  return key;
}

// The dollar prefixes by their packed letters: the letters before a "$" are looked up without a
// slice and a lower-casing (which takes V8's slow path on a paragraph with curly quotes).
const DOLLAR_PREFIX_KEYS = new Map<number, string>();
for (const [prefix, code] of DOLLAR_PREFIXES) DOLLAR_PREFIX_KEYS.set(packedWord(prefix), code);
const ARTICLE_BEFORE = /(?<![A-Za-z])((?:half )?an?) $/i;
const PERCENT_OF_BEFORE = /(?<![A-Za-z])per ?cent of\s+$/i;
const YEAR_BEFORE = /(?:^|[^A-Za-z])(?:in|since|by|from|until|till|to|of|during|before|after|circa|c\.|year|early|late|mid|fiscal|between|through)\s+$/i;
const MINUS_BEFORE = /(?<![A-Za-z])(?:minus|negative)\s+$/i;
const BETWEEN_BEFORE = /(?<![A-Za-z])between\s+$/i;
// The words those regexes need before the whitespace: when another word is there (almost always),
// the slice and the regex are skipped (see figures-before.ts).
const OF_WORD = new WordEnds(['of']);
const YEAR_WORDS = new WordEnds(['in', 'since', 'by', 'from', 'until', 'till', 'to', 'of', 'during', 'before', 'after', 'circa', 'year', 'early', 'late', 'mid', 'fiscal', 'between', 'through']);
const MINUS_WORDS = new WordEnds(['minus', 'negative']);
const BETWEEN_WORD = new WordEnds(['between']);
const NOT_COUNTING_WORDS = new WordEnds(['no', 'any', 'every', 'some', 'the', 'this', 'that', 'which', 'each', 'anyone', 'someone']);

/** "between 5 and 10": the "between " before `start`, or null (BETWEEN_BEFORE on the 12 characters before). */
function betweenBefore(text: string, codes: Uint16Array, start: number): RegExpExecArray | null {
  return wordBefore(codes, start, BETWEEN_WORD) ? BETWEEN_BEFORE.exec(text.slice(Math.max(0, start - 12), start)) : null;
}

/** Upper bounds of ranges ("10-15%" → 15), keyed by the Figure object; value holds the lower bound. */
const rangeHighs = new WeakMap<Figure, number>();

export function rangeHigh(fig: Figure): number | null {
  return rangeHighs.get(fig) ?? null;
}

interface Quantity {
  value: number;
  /** token index after the quantity */
  next: number;
  words: boolean;
  plain: boolean;
  scaled: boolean;
  ordinal: boolean;
  /** a vague plural ("hundreds"): value is a lower bound, reported as null */
  vague: boolean;
  /** a decade, "1990s" */
  decade: boolean;
}

/** Product rounded to 15 significant digits: 16.4 × 1e6 is 16400000, not 16399999.999999998. */
function mul(a: number, b: number): number {
  const p = a * b;
  return Number.isInteger(p) ? p : Number(p.toPrecision(15));
}

// Quantity objects are pooled like the lexer's tokens: a candidate makes a few (a range holds two
// at once, "over" a third), none outlives its candidate, and findFigures releases them all with the
// tokens (releaseQuantities). Each slot is handed out once per candidate, so no two live quantities
// are ever the same object.
const QUANTITY_POOL_MAX = 256;
const quantityPool: Quantity[] = [];
let quantitiesUsed = 0;

/** Lets the next quantities reuse every one handed out so far: call only when none is referenced. */
function releaseQuantities(): void {
  quantitiesUsed = 0;
}

function quantity(value: number, next: number, words: boolean, plain = false): Quantity {
  if (quantitiesUsed < quantityPool.length) {
    const q = quantityPool[quantitiesUsed++];
    q.value = value;
    q.next = next;
    q.words = words;
    q.plain = plain;
    q.scaled = false;
    q.ordinal = false;
    q.vague = false;
    q.decade = false;
    return q;
  }
  const q: Quantity = { value, next, words, plain, scaled: false, ordinal: false, vague: false, decade: false };
  if (quantityPool.length < QUANTITY_POOL_MAX) {
    quantityPool.push(q);
    quantitiesUsed++;
  }
  return q;
}

/** A fresh quantity with q's fields, then `value` and `next` (what { ...q, value, next } made). */
function copyQuantity(q: Quantity, value: number, next: number): Quantity {
  const c = quantity(value, next, q.words, q.plain);
  c.scaled = q.scaled;
  c.ordinal = q.ordinal;
  c.vague = q.vague;
  c.decade = q.decade;
  return c;
}

function isWord(t: Tok | undefined, w?: string): t is Tok {
  return !!t && t.kind === WORD && (w === undefined || t.w === w);
}

/** A word in one of the classes `k` (figures-classes.ts). */
function isClass(t: Tok | undefined, k: number): t is Tok {
  return !!t && t.kind === WORD && (t.cls & k) !== 0;
}

function isSym(t: Tok | undefined, s: string): boolean {
  return !!t && t.kind === SYM && t.w === s;
}

/** If token i is a hyphen, the index of the token after it; otherwise -1. */
function hyphened(win: Window, i: number): number {
  const h = win.at(i);
  if (!isSym(h, '-')) return -1;
  return i + 1;
}

/** Number words from token i: "two million", "twenty-one", "one hundred and six", "a dozen", "two thirds". */
function wordNumber(win: Window, i: number): Quantity | null {
  let total = 0;
  let current = 0;
  let j = i;
  let any = false;
  let last: 'unit' | 'teen' | 'ten' | 'hundred' | 'scale' | 'start' = 'start';
  let lastScale = Infinity;
  const first = win.at(i);
  if (isWord(first, 'a') || isWord(first, 'an')) {
    const n = win.at(i + 1);
    if (isClass(n, K_SCALE) && n.w !== 'dozens') {
      current = 1;
      any = true;
      last = 'unit';
      j = i + 1;
    } else if (isClass(n, K_DENOMINATOR) && !n.w.endsWith('s')) {
      return quantity(1 / DENOMINATORS.get(n.w)!, i + 2, true);
    } else {
      return null;
    }
  } else if (isWord(first, 'half')) {
    const a = win.at(i + 1);
    const d = win.at(i + 2);
    if (isWord(a, 'a') && isClass(d, K_SCALE) && !d.w.endsWith('s')) return quantity(SCALES.get(d.w)! / 2, i + 3, true);
    return quantity(0.5, i + 1, true);
  }
  for (;;) {
    let t = win.at(j);
    if (!isWord(t)) break;
    // "fifty - two", "twenty-one": hyphen between number words
    const w = t.w;
    const k = t.cls;
    if ((k & K_UNIT) !== 0) {
      const u = UNITS.get(w)!;
      if (last === 'unit' || last === 'teen') break;
      if (last === 'ten' && u >= 10) break;
      current += u;
      last = u >= 10 ? 'teen' : 'unit';
    } else if ((k & K_TEN) !== 0) {
      if (last === 'unit' || last === 'teen' || last === 'ten') break;
      current += TENS.get(w)!;
      last = 'ten';
    } else if (w === 'hundred') {
      if (last === 'hundred' || last === 'start' && !any) {
        if (!any) break;
      }
      current = (current || 1) * 100;
      last = 'hundred';
    } else if ((k & K_SCALE) !== 0 && w !== 'hundred' && !w.endsWith('s') || (w === 'dozens' && any)) {
      if (!any) break;
      const s = SCALES.get(w)!;
      if (s >= lastScale && s !== 12 && !(s === 1e7 && lastScale === 1e5)) break;
      if (s === 1e7 && lastScale === 1e5) {
        total = (total + current) * s;
      } else {
        total += (current || 1) * s;
      }
      current = 0;
      lastScale = s;
      last = 'scale';
    } else if (w === 'and' && (last === 'hundred' || last === 'scale')) {
      const n = win.at(j + 1);
      if (!isClass(n, K_UNIT | K_TEN)) break;
      // "one hundred and three quarters" is 100¾: leave "and three quarters" to fractionTail
      const d = win.at(j + 2);
      const num = UNITS.get(n.w) ?? TENS.get(n.w)!;
      if (isClass(d, K_DENOMINATOR) && num < DENOMINATORS.get(d.w)!) break;
      j++;
      continue;
    } else {
      break;
    }
    any = true;
    j++;
    // skip a hyphen joining two number words
    const h = win.at(j);
    if (isSym(h, '-')) {
      const n = win.at(j + 1);
      if (isClass(n, K_UNIT | K_TEN | K_SCALE | K_DENOMINATOR)) j++;
    }
    t = undefined;
  }
  if (!any) return null;
  let value = total + current;
  // "point zero three"
  if (isWord(win.at(j), 'point')) {
    let k = j + 1;
    let digits = '';
    for (;;) {
      const d = win.at(k);
      if (!isClass(d, K_UNIT) || UNITS.get(d.w)! > 9) break;
      digits += String(UNITS.get(d.w));
      k++;
    }
    if (!digits) {
      const n = win.at(j + 1);
      const tail = isClass(n, K_UNIT | K_TEN) ? wordNumber(win, j + 1) : null;
      if (tail && Number.isInteger(tail.value) && tail.value < 1000) {
        digits = String(tail.value);
        k = tail.next;
      }
    }
    if (digits) {
      value = Number(String(value) + '.' + digits);
      j = k;
    }
  }
  const q = quantity(value, j, true);
  return fractionTail(win, q);
}

/** "two thirds", "one and a fourth", "one over three" after a numerator. */
function fractionTail(win: Window, q: Quantity): Quantity {
  const d = win.at(q.next);
  if (isClass(d, K_DENOMINATOR) && q.value >= 1 && Number.isInteger(q.value)) {
    const plural = d.w.endsWith('s') && d.w !== 'halves' ? true : d.w === 'halves';
    if (plural ? q.value > 1 || q.words : q.value === 1) {
      q.value = q.value / DENOMINATORS.get(d.w)!;
      q.next++;
      return q;
    }
  }
  // "one twenty-fifth", "three twenty firsts"
  if (isClass(d, K_TEN) && q.words && Number.isInteger(q.value) && q.value < 10) {
    let k = q.next + 1;
    if (isSym(win.at(k), '-')) k++;
    const o = win.at(k);
    const ord = isWord(o) ? DENOMINATORS.get(o.w) ?? (o.w.startsWith('first') ? 1 : o.w.startsWith('second') ? 2 : undefined) : undefined;
    if (ord !== undefined && ord < 10 && (o!.w.endsWith('s') ? q.value > 1 : q.value === 1)) {
      q.value = q.value / (TENS.get(d.w)! + ord);
      q.next = k + 1;
      return q;
    }
  }
  if (isWord(d, 'and')) {
    const a = win.at(q.next + 1);
    const f = win.at(q.next + 2);
    if ((isWord(a, 'a') || isWord(a, 'an') || isWord(a, 'one')) && isClass(f, K_DENOMINATOR) && !f.w.endsWith('s')) {
      q.value += 1 / DENOMINATORS.get(f.w)!;
      q.next += 3;
      return q;
    }
    if (isClass(a, K_UNIT | K_TEN) && q.words) {
      const num = wordNumber(win, q.next + 1);
      if (num && !Number.isInteger(num.value) && num.value < 1) {
        q.value += num.value;
        q.next = num.next;
        return q;
      }
    }
  }
  if (isWord(d, 'over')) {
    const den = numberAt(win, q.next + 1, false);
    const after = den ? win.at(den.next) : undefined;
    if (den && den.value !== 0 && !isWord(after)) {
      return copyQuantity(q, q.value / den.value, den.next);
    }
  }
  return q;
}

/** A number written in digits or words at token i, with glued/short scales and "million" words. */
function numberAt(win: Window, i: number, money: boolean): Quantity | null {
  const t = win.at(i);
  if (!t) return null;
  let q: Quantity | null;
  if (t.kind === NUM) {
    if (Number.isNaN(t.v)) return null;
    q = quantity(t.v, i + 1, false, t.plain);
    // "10 1/2 miles"
    const f = win.at(i + 1);
    if (f && f.kind === NUM && f.gap && hasSlash(win.text, f) && f.v < 1 && t.plain) {
      q.value += f.v;
      q.next++;
      q.plain = false;
    }
    const g = win.at(q.next);
    if (g && !g.gap && g.kind === WORD) {
      if (t.plain && (g.w === 'st' || g.w === 'nd' || g.w === 'rd' || g.w === 'th')) {
        q.ordinal = true;
        q.next++;
        return q;
      }
      if (t.plain && g.w === 's' && t.end - t.start === 4 && t.v % 10 === 0) {
        q.decade = true;
        q.next++;
        return q;
      }
    }
    // "1 over 3": only with a small integer numerator
    if (t.plain && isWord(win.at(q.next), 'over') && t.v <= 20) q = fractionTail(win, q);
  } else if (t.kind === WORD) {
    q = wordNumber(win, i);
    if (!q) return null;
  } else {
    return null;
  }
  scaleTail(win, q, money);
  return q;
}

/** "1.5 million", "$400m", "€5bn", "100k", "13 lakh", "three lakh crore". */
function scaleTail(win: Window, q: Quantity, money: boolean): void {
  let lastScale = 0;
  for (;;) {
    const s = win.at(q.next);
    if (!isWord(s)) return;
    let mult = 0;
    if ((s.cls & K_SCALE) !== 0 && !s.w.endsWith('s') || s.w === 'lakhs' || s.w === 'crores') {
      if (s.w === 'dozen' && !q.words && s.gap === false) return;
      mult = SCALES.get(s.w)!;
      if (q.words && mult !== 1e7 && mult !== 12) return; // words already consumed their scales
    } else if ((s.cls & K_SHORT_SCALE) !== 0 && !q.words) {
      const raw = s.w;
      const upper = isUpperAt(win, s);
      if (raw === 'm' && !money && !upper) return; // "1.8m" is metres unless it is money
      if ((raw === 'b' || raw === 'k') && s.gap && !money) return;
      if (raw === 'k' && s.gap && !money) return;
      if (s.gap && (raw === 'm' && !upper || raw === 'b') && !money) return;
      mult = SHORT_SCALES.get(raw)!;
      // "1m" followed by more letters is a word, not a scale: the lexer already split on letters
    } else {
      return;
    }
    if (mult <= lastScale && !(mult === 1e7 && lastScale === 1e5)) return;
    q.value = mul(q.value, mult);
    q.scaled = true;
    q.plain = false;
    lastScale = mult;
    q.next++;
  }
}

/** A "/" in a NUM token's text ("1/2"). */
function hasSlash(text: string, t: Tok): boolean {
  for (let k = t.start; k < t.end; k++) if (text.charCodeAt(k) === 47) return true;
  return false;
}

function isUpperAt(win: Window, t: Tok): boolean {
  const c = win.text.charCodeAt(t.start);
  return c >= 65 && c <= 90;
}

function rawAt(win: Window, t: Tok): string {
  return win.text.slice(t.start, t.end);
}

interface Suffix {
  kind: FigureKind;
  unit: string | null;
  next: number;
  /** additive tail (e.g. cents), 0 if none */
  add: number;
}

// One shared Suffix, like the hit (figures-hit.ts): a suffix is read at once, before the next is
// made, and nothing keeps one past its candidate.
const SUFFIX: Suffix = { kind: 'count', unit: null, next: 0, add: 0 };

/** The shared suffix, set to these fields: valid until the next call. */
function suf(kind: FigureKind, unit: string | null, next: number, add = 0): Suffix {
  SUFFIX.kind = kind;
  SUFFIX.unit = unit;
  SUFFIX.next = next;
  SUFFIX.add = add;
  return SUFFIX;
}

/** What follows a quantity: %, a currency name, a unit, or a counted noun. */
function suffixAt(win: Window, i: number, q: Quantity, hyphen = false): Suffix | null {
  const t = win.at(i);
  if (!t) return null;
  if (isSym(t, '%')) return suf('percent', '%', i + 1);
  if (t.kind === SYM && CURRENCY_SYMBOLS.has(t.w) && t.gap && !q.words) {
    // "100 ₡", "100,000 ₭": the sign after the amount, if nothing numeric follows it
    const n = win.at(i + 1);
    if (!n || n.kind !== NUM) return suf('money', CURRENCY_SYMBOLS.get(t.w)!, i + 1);
  }
  if (t.kind !== WORD || (t.cls & K_SUFFIX) === 0) return null; // (most words: the thing counted)
  const w = t.w;
  if (w === 'percent' || w === 'percents' || w === 'percentage' || w === 'pct' || w === 'pc') {
    if (w === 'pc' && !t.gap) return null;
    const p = win.at(i + 1);
    if (w === 'percentage' && (isWord(p, 'points') || isWord(p, 'point'))) return suf('percent', 'pp', i + 2);
    return suf('percent', '%', i + 1);
  }
  if (w === 'per' && isWord(win.at(i + 1), 'cent')) return suf('percent', '%', i + 2);
  if (w === 'cent' || w === 'cents') return suf('money', 'cents', i + 1);
  if (w === 'pence' || w === 'penny' || w === 'p' && !t.gap) return suf('money', 'pence', i + 1);
  if (w === 'pound' || w === 'pounds') {
    if (isWord(win.at(i + 1), 'sterling') || q.scaled && q.value >= 1e5) return suf('money', 'GBP', isWord(win.at(i + 1), 'sterling') ? i + 2 : i + 1);
    return suf('measure', 'lb', i + 1);
  }
  if ((t.cls & K_CURRENCY_WORD) !== 0 && (t.gap || hyphen)) {
    const unit = CURRENCY_WORDS.get(w)!;
    return dollarsAndCents(win, i + 1, suf('money', unit, i + 1));
  }
  if ((t.cls & K_DOLLAR_NATION) !== 0 && t.gap) {
    let j = i + 1;
    if (w === 'hong' && isWord(win.at(j), 'kong')) j++;
    if (w === 'new' && isWord(win.at(j), 'zealand')) j++;
    const d = win.at(j);
    if (isWord(d) && (d.w === 'dollar' || d.w === 'dollars')) {
      return dollarsAndCents(win, j + 1, suf('money', DOLLAR_NATIONS.get(w)!, j + 1));
    }
  }
  if ((t.cls & K_CURRENCY_CODE) !== 0 && t.gap && /^[A-Z]{3}$/.test(rawAt(win, t))) {
    return suf('money', CURRENCY_CODES.get(w)!, i + 1);
  }
  // measures: "155mm", "3.5 tonnes", "square metres", "3-inch", "20 (kg)"
  const u = unitAt(win, i);
  if (u) return u;
  return null;
}

function dollarsAndCents(win: Window, i: number, s: Suffix): Suffix {
  // "thirteen dollars and forty-five cents", "thirteen dollars forty five"
  let j = i;
  if (isWord(win.at(j), 'and')) j++;
  const c = win.at(j);
  if (!isClass(c, K_UNIT | K_TEN)) return s;
  const n = wordNumber(win, j);
  if (!n || n.value >= 100) return s;
  const cents = win.at(n.next);
  if (isWord(cents) && (cents.w === 'cents' || cents.w === 'cent')) return suf(s.kind, s.unit, n.next + 1, n.value / 100);
  if (j === i && !isWord(cents)) return suf(s.kind, s.unit, n.next, n.value / 100);
  return s;
}

function unitAt(win: Window, i: number): Suffix | null {
  const t = win.at(i)!;
  if (t.kind !== WORD) return null;
  let w = t.w;
  let j = i;
  let mod = '';
  if ((t.cls & K_UNIT_MODIFIER) !== 0) {
    const n = win.at(i + 1);
    if (!isClass(n, K_MEASURE)) return null;
    mod = UNIT_MODIFIERS.get(w)!;
    if (w === 'nautical') return suf('measure', 'nmi', i + 2);
    j = i + 1;
    w = n.w;
  }
  const unit = MEASURE_UNITS.get(w);
  if (!unit) return null;
  const tok = win.at(j)!;
  if (j === i && GLUED_ONLY_UNITS.has(w) && tok.gap) return null;
  const after = win.at(j + 1);
  if (after && !after.gap && after.kind !== SYM) return null; // "24703L202", "m212": an identifier
  let out = unit;
  if (mod === '²' || mod === '³') out = unit.replace(/[²³]$/, '') + mod;
  return suf('measure', out, j + 1);
}

/** Also units wrapped in brackets: "20 (kg)". */
function bracketUnit(win: Window, i: number): Suffix | null {
  const o = win.at(i);
  if (!o || o.kind !== SYM || (o.w !== '(' && o.w !== '{')) return null;
  const u = win.at(i + 1);
  const c = win.at(i + 2);
  if (!isClass(u, K_MEASURE) || !c || c.kind !== SYM || (c.w !== ')' && c.w !== '}')) return null;
  return suf('measure', MEASURE_UNITS.get(u.w)!, i + 3);
}

function countNoun(win: Window, i: number): Suffix | null {
  const t = win.at(i);
  if (!isWord(t) || !t.gap || t.w.length < 3 || (t.cls & K_NOT_NOUN) !== 0) return null;
  const c = win.text.charCodeAt(t.start);
  if (c < 97 || c > 122) return null; // a capitalised word starts a name, not the thing counted
  // "the two turned", "thousands of retired miners": verbs and adjectives are not the thing counted
  if (t.w.endsWith('ed') || t.w.endsWith('ly') || (t.cls & K_ORDINAL) !== 0) return null;
  if ((t.cls & K_TIME_UNIT) !== 0 && isWord(win.at(i + 1), 'ago')) return suf('date', null, i + 2);
  return suf('count', t.w, i + 1);
}


function endOf(win: Window, next: number): number {
  return win.at(next - 1)!.end;
}

/** Money after a currency sign at token i-1: "$400m", "$ 75 million", "€5bn", "$5-10 million". */
function moneyAfterSymbol(text: string, win: Window, symIdx: number, start: number, unit: string): Hit | null {
  const q = numberAt(win, symIdx + 1, true);
  if (!q || q.words) return null;
  let h = hit(start, endOf(win, q.next), 'money', q.value, unit);
  // "$5-10 million", "$5 to $10 million"
  const r = win.at(q.next);
  // only read with "and" after the amount
  const between = isWord(r, 'and') ? betweenBefore(text, win.codes, start) : null;
  if ((isSym(r, '-') || isWord(r, 'to') || (between && isWord(r, 'and'))) && (!q.scaled || isWord(r, 'and') || isWord(r, 'to'))) {
    let k = q.next + 1;
    if (isSym(win.at(k), text.charAt(win.at(symIdx)!.start))) k++;
    const q2 = numberAt(win, k, true);
    if (q2 && !q2.words && q2.value > q.value) {
      const scale = q2.scaled && !q.scaled ? q2.value / (win.at(k)!.v || 1) : 1;
      const from = between && isWord(r, 'and') ? start - between[0].length : start;
      h = hit(from, endOf(win, q2.next), 'range', mul(q.value, scale), unit, q2.value);
    }
  }
  // "US$ 5 million dollars" would double the unit: swallow a trailing code or currency name
  const tail = win.at(q.next);
  if (h.kind === 'money' && isClass(tail, K_CURRENCY_CODE) && tail.gap && /^[A-Z]{3}$/.test(text.slice(tail.start, tail.end))) {
    h.end = tail.end;
  }
  return h;
}

/** The currency of the last dollarPrefixStart(). */
let prefixUnit = 'USD';

/** The start of a "US$"/"HK$"/"c $" prefix before a dollar sign at `at`, or `at`; its currency in prefixUnit. */
function dollarPrefixStart(text: string, codes: Uint16Array, at: number): number {
  prefixUnit = 'USD';
  const letters = lettersBeforeSign(codes, at);
  if (letters === 0) return at;
  const spaced = codes[at - 1] === 32;
  const end = spaced ? at - 1 : at;
  // (lettersBeforeSign: one to three ASCII letters)
  const code = DOLLAR_PREFIX_KEYS.get(packedLetters(codes, end - letters, end));
  // typeset "C$"/"HK$" has no space; a few prefixes also come spaced ("c $", "hk $", "US $")
  if (code !== undefined && (!spaced || SPACED_DOLLAR_PREFIXES.has(text.slice(end - letters, end)))) {
    prefixUnit = code;
    return end - letters;
  }
  return at;
}

function parseAt(text: string, codes: Uint16Array, s: number, floor: number): Hit | null {
  const win = openWindow(text, codes, s);
  const t0 = win.at(0);
  if (!t0) return null;

  if (t0.kind === SYM) {
    const cur = CURRENCY_SYMBOLS.get(t0.w);
    if (!cur) return null;
    if (t0.w !== '$') return moneyAfterSymbol(text, win, 0, s, cur);
    const pre = dollarPrefixStart(text, codes, s);
    return moneyAfterSymbol(text, win, 0, pre < floor ? s : pre, prefixUnit);
  }

  if (t0.kind === WORD) {
    const w = t0.w;
    const k = t0.cls;
    if ((k & K_MONTH) !== 0) return dateFromMonth(text, win);
    if ((k & (K_WEEKDAY | K_DEICTIC_DAY)) !== 0) return dateFromWord(text, win);
    if ((k & K_PERIOD) !== 0) {
      const d = dateFromWord(text, win);
      if (d) return d;
      // of the period nouns only "quarter" (a denominator) is in a table below: for the others
      // nothing below can match ("fall", "year" in "on the year" end in wordNumber → null)
      if (w !== 'quarter') return null;
    }
    if ((k & K_CURRENCY_CODE) !== 0) {
      const raw = text.slice(t0.start, t0.end);
      if (!/^(?:[A-Z]{3}|Rs)$/.test(raw)) return null;
      const n = win.at(1);
      if (!n || n.kind !== NUM) {
        if (raw === 'Rs' && isSym(n, '.') && win.at(2)?.kind === NUM) return moneyAfterSymbol(text, win, 1, s, 'INR');
        return null;
      }
      return moneyAfterSymbol(text, win, 0, s, CURRENCY_CODES.get(w)!);
    }
    if ((k & K_VAGUE) !== 0) {
      // "hundreds of", "thousands of"
      if (isWord(win.at(1), 'of')) {
        const n = countNoun(win, 2);
        return hit(s, n ? endOf(win, n.next) : win.at(1)!.end, 'count', null, n ? n.unit : null);
      }
      if (w !== 'dozens') return null;
    }
    // "Ground Zero", "the Second Amendment": a capitalised number word after a word is a name
    if (isUpperCode(text.charCodeAt(s)) && (k & (K_WEEKDAY | K_DEICTIC_DAY | K_PERIOD | K_CURRENCY_CODE)) === 0) {
      let k = s - 1;
      while (k >= 0 && text.charCodeAt(k) === 32) k--;
      if (k >= 0 && isAsciiLetter(text.charCodeAt(k))) return null;
    }
    // "a dozen", "a million", "half a million", "a fifth": the article is part of the figure
    const singular = ((k & K_SCALE) !== 0 && !w.endsWith('s') && w !== 'lakhs' && w !== 'crores') || ((k & K_DENOMINATOR) !== 0 && !w.endsWith('s'));
    // ARTICLE_BEFORE ends in "a " or "an "
    const art = singular && text.charCodeAt(s - 1) === 32 && ((text.charCodeAt(s - 2) | 0x20) === 97 || (text.charCodeAt(s - 2) | 0x20) === 110) ? ARTICLE_BEFORE.exec(text.slice(Math.max(0, s - 8), s)) : null;
    if (art && s - art[0].length >= floor) {
      const aStart = s - art[0].length;
      const awin = openWindow(text, codes, aStart);
      const q = numberAt(awin, 0, false);
      if (q) {
        // "a fifth of" is a fraction; "a fifth term" an ordinal
        if ((k & K_ORDINAL) !== 0 && w !== 'third' && isWord(win.at(1)) && !isWord(win.at(1), 'of')) return ordinalWord(text, win, w);
        return finishQuantity(text, awin, q, aStart, false);
      }
    }
    if ((k & K_ORDINAL) !== 0) return ordinalWord(text, win, w);
    if ((k & K_DENOMINATOR) !== 0 && w !== 'half') return null;
    if ((k & K_SCALE) !== 0) return null;
  }

  // a number: digits or words
  if (t0.kind === NUM) {
    const prev = text.charCodeAt(s - 1);
    if (isAsciiLetter(prev) || isDigit(prev) || prev === 95) return null;
    if (prev === 45 && isAsciiLetter(text.charCodeAt(s - 2))) return null; // "F-16", "COVID-19"
    if (prev === 46 && isDigit(text.charCodeAt(s - 2))) return null;
    if (t0.plain && t0.end - t0.start > 15) return null; // an id ("783499116076687360"), not a quantity
    const d = dateFromDay(win);
    if (d) return d;
  }
  let start = s;
  const q = numberAt(win, 0, false);
  if (!q) return null;
  if (t0.kind === WORD) {
    // "one-time", "two-door": a number word in a hyphenated adjective is not a figure
    const h = hyphened(win, q.next);
    if (h > 0) {
      const n = win.at(h);
      if (isWord(n) && (n.cls & (K_MEASURE | K_CURRENCY_WORD | K_TIME_UNIT)) === 0) return null;
    }
    if (w0IsOne(t0) && q.next === 1 && notCountingOne(text, win, s)) return null;
  }
  // negative numbers: "-9.2", "minus five"
  const prev = text.charCodeAt(s - 1);
  if (prev === 45 && t0.kind === NUM) {
    const pp = text.charCodeAt(s - 2);
    if (s - 1 >= floor && (s - 1 === 0 || pp === 32 || pp === 40 || pp === 10)) {
      start = s - 1;
      q.value = -q.value;
    }
  } else {
    const m = wordBefore(codes, s, MINUS_WORDS) ? MINUS_BEFORE.exec(text.slice(Math.max(0, s - 12), s)) : null;
    if (m && s - m[0].length >= floor) {
      start = s - m[0].length;
      q.value = -q.value;
    }
  }
  if (start < floor) start = s;
  return finishQuantity(text, win, q, start, false);
}

function isUpperCode(c: number): boolean {
  return c >= 65 && c <= 90;
}

function w0IsOne(t: Tok): boolean {
  return t.kind === WORD && t.w === 'one';
}

/** "no one", "one another", "one of them"… : "one" as a pronoun, not a figure. */
function notCountingOne(text: string, win: Window, s: number): boolean {
  const n = win.at(1);
  if (isWord(n) && (n.w === 'another' || n.w === 'day' || n.w === 'way' || n.w === 'thing' || n.w === 'side')) return true;
  if (n && n.kind === SYM && (n.w === "'" || n.w === '’')) return true;
  // the regex needs one of its words (or "no-") and a single space before "one"
  if (text.charCodeAt(s - 1) !== 32 || (text.charCodeAt(s - 2) !== 45 && !wordBefore(win.codes, s, NOT_COUNTING_WORDS))) return false;
  return /(?:^|[^A-Za-z])(?:no|any|every|some|the|this|that|which|each|no-|anyone|someone) $/i.test(text.slice(Math.max(0, s - 9), s));
}

function ordinalWord(text: string, win: Window, w: string): Hit | null {
  const t = win.at(0)!;
  // "twenty-first"
  let start = t.start;
  let value = ORDINALS.get(w)!;
  // the tens all end in "y", before a space or a hyphen
  const sep = text.charCodeAt(start - 1);
  const m = value < 10 && (sep === 32 || sep === 45) && (text.charCodeAt(start - 2) | 0x20) === 121
    ? /(?:^|[^A-Za-z])(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[ -]$/i.exec(text.slice(Math.max(0, start - 8), start))
    : null;
  if (m) {
    start -= m[1].length + 1;
    value += TENS.get(m[1].toLowerCase())!;
  }
  // hyphenated compounds other than "twenty-first" ("second-hand", "first-ever") stay ordinals
  return hit(start, t.end, 'ordinal', value, null);
}


function finishQuantity(text: string, win: Window, q: Quantity, start: number, money: boolean): Hit | null {
  if (q.ordinal) return hit(start, endOf(win, q.next), 'ordinal', q.value, null);
  if (q.decade) return hit(start, endOf(win, q.next), 'year', q.value, null);
  if (!Number.isFinite(q.value)) return null;

  // ranges: "10-15%", "5 to 10 million", "between 5 and 10 million", "eight to 10 feet"
  let high: number | undefined;
  let next = q.next;
  const r = win.at(next);
  // only read with "and" after the number
  const between = isWord(r, 'and') && betweenBefore(text, win.codes, start) !== null;
  if (isSym(r, '-') || isWord(r, 'to') || (between && isWord(r, 'and'))) {
    const q2 = numberAt(win, next + 1, money);
    if (q2 && !q2.ordinal && !q2.decade && Number.isFinite(q2.value)) {
      let low = q.value;
      if (q2.scaled && !q.scaled && q2.words === q.words) {
        // "5 to 10 million": the scale belongs to both ends
        const t2 = win.at(next + 1)!;
        const base = t2.kind === NUM ? t2.v : NaN;
        if (Number.isFinite(base) && base !== 0) low = mul(q.value, q2.value / base);
      }
      if (q2.value > low) {
        high = q2.value;
        q = copyQuantity(q, low, q.next);
        next = q2.next;
        if (between && isWord(r, 'and')) start -= /between\s+$/i.exec(text.slice(Math.max(0, start - 12), start))![0].length;
      } else if (isSym(r, '-') && !r!.gap && win.at(next + 1)?.kind === NUM) {
        return null; // "2-1", "555-1234": a score or an identifier
      }
    }
  }

  const time = clockTime(win, next, q);
  if (time > 0) return hit(start, endOf(win, time), 'date', null, null);
  let suffix = suffixAt(win, next, q) ?? bracketUnit(win, next);
  if (!suffix) {
    const h = hyphened(win, next);
    if (h > 0 && !win.at(next)!.gap) {
      // "3-inch", "68-ounce", "12-cent", "20-year"
      const n = win.at(h);
      if (isWord(n) && !n.gap) {
        const s = suffixAt(win, h, q, true);
        if (s && (s.kind === 'measure' || s.kind === 'money')) suffix = s;
        else if ((n.cls & K_TIME_UNIT) !== 0) suffix = suf('count', n.w, h + 1);
        else if (!q.words) return null;
      }
    }
  }
  let kind: FigureKind = 'count';
  let unit: string | null = null;
  let value: number | null = q.value;
  if (suffix) {
    kind = suffix.kind;
    unit = suffix.unit;
    next = suffix.next;
    if (suffix.add) value += suffix.add;
  } else {
    // a glued word we don't know ("24703L202", "5G"): an identifier, not a figure
    const g = win.at(next);
    if (g && !g.gap && (g.kind === WORD || g.kind === NUM)) return null;
    const t0 = win.at(0)!;
    if (t0.kind === NUM && q.plain && t0.end - t0.start === 4 && high === undefined) {
      const v = t0.v;
      // YEAR_BEFORE's words, or "c."
      const yearish = () => (charBeforeSpaces(win.codes, start) === 46 || wordBefore(win.codes, start, YEAR_WORDS)) && YEAR_BEFORE.test(text.slice(Math.max(0, start - 10), start));
      if ((v >= 1950 && v <= 2049) || (v >= 1000 && v <= 2199 && yearish())) {
        return hit(start, t0.end, 'year', v, null);
      }
    }
    const po = high === undefined && wordBefore(win.codes, start, OF_WORD) ? PERCENT_OF_BEFORE.exec(text.slice(Math.max(0, start - 16), start)) : null;
    if (po) return hit(start - po[0].length, endOf(win, next), 'percent', q.value, '%');
    const n = countNoun(win, next);
    if (n) {
      kind = n.kind;
      unit = n.unit;
      next = n.next;
      if (kind === 'date') value = null;
    }
  }
  if (q.vague) value = null;
  if (high !== undefined && kind !== 'date') {
    return hit(start, endOf(win, next), 'range', value, unit, high);
  }
  return hit(start, endOf(win, next), kind, value, unit);
}

/** "7 p.m.", "10am", "3 PM": a time of day after an hour number; returns the token index after it. */
function clockTime(win: Window, i: number, q: Quantity): number {
  if (q.words || !q.plain || q.value > 12 || q.value < 1) return -1;
  const t = win.at(i);
  if (!isWord(t)) return -1;
  if (t.w === 'am' || t.w === 'pm') return i + 1;
  if ((t.w === 'a' || t.w === 'p') && isSym(win.at(i + 1), '.') && isWord(win.at(i + 2), 'm')) {
    return isSym(win.at(i + 3), '.') && !win.at(i + 3)!.gap ? i + 4 : i + 3;
  }
  return -1;
}

function toFigure(text: string, h: Hit): Figure {
  const fig: Figure = { start: h.start, end: h.end, text: text.slice(h.start, h.end), kind: h.kind, value: h.value, unit: h.unit };
  if (h.high !== undefined) rangeHighs.set(fig, h.high);
  return fig;
}

// The figures of one call, copied out at their exact count (the spare room of arrays grown by push
// was a fifth of the figures pass's garbage)
const found = new Collector<Figure>();

/** All figures in `text`, sorted by start, non-overlapping. Never throws. A paragraph's `codes`
 *  (char-codes.ts) and `toks` (tokens.ts), when the caller has them, find the candidates faster;
 *  the figures are the same. */
export function findFigures(text: string, codes?: Uint16Array, toks?: readonly CandidateToken[]): Figure[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  found.reset();
  // the codes and tokens are buffers their makers reuse: only if they are this text's
  const given = codes !== undefined && toks !== undefined && codesOf(text, codes, toks);
  const cands = given ? candidates.reset(text, codes, toks) : candidates.reset(text);
  // the lexer reads char codes (figures-lexer.ts Window)
  const lexCodes = given ? codes : ownCodes(text);
  let floor = 0;
  let from = 0;
  try {
    for (;;) {
      const s = cands.next(from);
      if (s < 0) break;
      const c = text.charCodeAt(s);
      let hit: Hit | null = null;
      releaseTokens(); // no Tok of the previous candidate is referenced any more
      releaseQuantities(); // nor any of its quantities
      try {
        hit = parseAt(text, lexCodes, s, floor);
      } catch {
        hit = null;
      }
      if (hit && hit.end > hit.start && hit.start >= floor && hit.end <= text.length && (hit.value === null || Number.isFinite(hit.value))) {
        found.push(toFigure(text, hit));
        floor = hit.end;
        from = hit.end;
      } else if (isDigit(c) || c === 46) {
        // skip the rest of this alphanumeric run so "24703L202" is not retried at every digit
        let e = s + 1;
        while (e < text.length) {
          const d = text.charCodeAt(e);
          if (!(isDigit(d) || isAsciiLetter(d) || d === 44 || d === 46 || d === 47 || d === 58 || (d === 45 && isDigit(text.charCodeAt(e + 1))))) break;
          e++;
        }
        from = e;
      } else {
        from = cands.end();
      }
    }
  } catch {
    // a recogniser bug must never take the analyzer down: keep what we found
  }
  cands.clear();
  return found.take();
}

// The char codes of a text given without its tokens, for the lexer; kept for the next call unless large
const OWN_CODES_MAX = 1 << 16;
let ownBuffer = new Uint16Array(1024);

/** text's char codes, then a 0 (as char-codes.ts makes them). */
function ownCodes(text: string): Uint16Array {
  const n = text.length;
  let codes = ownBuffer;
  if (codes.length <= n) {
    codes = new Uint16Array(n + 1);
    if (n < OWN_CODES_MAX) ownBuffer = codes;
  }
  for (let i = 0; i < n; i++) codes[i] = text.charCodeAt(i);
  codes[n] = 0;
  return codes;
}

/** Are `codes` and `toks` those of `text` (char-codes.ts: its codes, then a 0)? A cheap look at the ends. */
function codesOf(text: string, codes: Uint16Array, toks: readonly CandidateToken[]): boolean {
  const n = text.length;
  return codes.length > n && codes[n] === 0 && codes[0] === text.charCodeAt(0) && codes[n - 1] === text.charCodeAt(n - 1) && (toks.length === 0 || toks[toks.length - 1].end <= n);
}
