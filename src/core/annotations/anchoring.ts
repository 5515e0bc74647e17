// Finding a claim's words again after the article changed on disk (or edits we could not follow).
// Order of attempts, cheapest first: the stored position; the exact quote (prefix/suffix pick among
// repeats, nearest to where the claim should be breaks ties); a fuzzy match (approx-string-match, Myers'
// bit-parallel algorithm, no pattern length limit). Anything not clearly the same words is orphaned:
// a claim shown on the wrong sentence is worse than a claim the user has to re-attach.

import search from 'approx-string-match';
import type { Target, TextPositionSelector, TextQuoteSelector } from './schema';

/** Characters of context stored on each side of the quote. */
export const CONTEXT_LENGTH = 32;
/** A fuzzy match may differ from the stored quote in at most this share of its length... */
export const FUZZY_MAX_ERROR_RATE = 0.2;
/** ...and its surroundings must still look like the stored prefix/suffix at least this much (0..1). */
export const FUZZY_MIN_CONTEXT_SIMILARITY = 0.5;
/** An exact quote this long that occurs only once is trusted even in new surroundings (cut and paste). */
const SELF_EVIDENT_LENGTH = 16;
/** Characters of the stored context found intact next to an exact occurrence that make it trusted. */
const MIN_EXACT_CONTEXT = 8;
/** How far around the expected position to look before searching the whole text. */
const WINDOW = 4096;

export type AnchorResult =
  | { status: 'position' | 'quote' | 'fuzzy'; start: number; end: number }
  | { status: 'orphaned' };

export interface ReanchorOptions {
  /** Where the claim probably starts now (e.g. its old start plus the shift of its neighbours). */
  expected?: number;
}

/** Selectors for [start, end) of text: the quote with ~32 characters of context, and the position. */
export function makeTarget(text: string, start: number, end: number): { selector: [TextQuoteSelector, TextPositionSelector] } {
  const s = clamp(Math.min(start, end), 0, text.length);
  const e = clamp(Math.max(start, end), 0, text.length);
  let p = Math.max(0, s - CONTEXT_LENGTH);
  if (isLowSurrogate(text, p) && p > 0) p--; // never store half an emoji
  let q = Math.min(text.length, e + CONTEXT_LENGTH);
  if (isLowSurrogate(text, q)) q++;
  return {
    selector: [
      { type: 'TextQuoteSelector', exact: text.slice(s, e), prefix: text.slice(p, s), suffix: text.slice(e, q) },
      { type: 'TextPositionSelector', start: s, end: e },
    ],
  };
}

export function reanchor(text: string, target: Target, options: ReanchorOptions = {}): AnchorResult {
  const quote = target.selector.find((s): s is TextQuoteSelector => s.type === 'TextQuoteSelector');
  const pos = target.selector.find((s): s is TextPositionSelector => s.type === 'TextPositionSelector');
  if (!quote || quote.exact.length === 0 || quote.exact.length > text.length) return { status: 'orphaned' };
  const { exact } = quote;
  if (pos && pos.end - pos.start === exact.length && text.startsWith(exact, pos.start)) {
    return { status: 'position', start: pos.start, end: pos.end };
  }
  const expected = options.expected ?? pos?.start;
  const found = findExact(text, quote, expected);
  if (found !== null) return { status: 'quote', start: found, end: found + exact.length };
  const fuzzy = findFuzzy(text, quote, expected);
  if (fuzzy) return { status: 'fuzzy', ...fuzzy };
  return { status: 'orphaned' };
}

/**
 * Re-anchors many claims in one text. Claims are visited in their old order and each one's expected
 * position follows the shift of the previous one, so an insertion at the top costs one window search each.
 */
export function reanchorAll(text: string, annotations: readonly { target: Target }[]): AnchorResult[] {
  const order = annotations.map((a, i) => ({ i, start: positionOf(a.target)?.start })).sort((x, y) => (x.start ?? Infinity) - (y.start ?? Infinity));
  const results: AnchorResult[] = new Array(annotations.length);
  let delta = 0;
  for (const { i, start } of order) {
    const r = reanchor(text, annotations[i].target, start === undefined ? {} : { expected: Math.max(0, start + delta) });
    if (r.status !== 'orphaned' && start !== undefined) delta = r.start - start;
    results[i] = r;
  }
  return results;
}

function positionOf(target: Target): TextPositionSelector | undefined {
  return target.selector.find((s): s is TextPositionSelector => s.type === 'TextPositionSelector');
}

// ---- exact quote -----------------------------------------------------------------------------------

/**
 * Start of the best exact occurrence, or null. Best = most matching context, then nearest to expected.
 * Trusted when its surroundings still look like the stored context, or when it is a long quote found
 * only once; a short phrase or a repeated sentence in other surroundings is somebody else's words.
 */
function findExact(text: string, quote: TextQuoteSelector, expected: number | undefined): number | null {
  const fullScore = quote.prefix.length + quote.suffix.length;
  if (expected !== undefined) {
    // fast path: an occurrence near the expected place with all its context intact cannot be beaten
    const near = bestExact(text, quote, expected, expected - WINDOW, expected + WINDOW);
    if (near && near.score === fullScore) return near.start;
  }
  const best = bestExact(text, quote, expected ?? 0, 0, text.length);
  if (!best) return null;
  const trusted =
    best.score >= Math.min(MIN_EXACT_CONTEXT, fullScore) ||
    // words typed right at its edges break the exact context count, not the fuzzy likeness
    contextSimilarity(text, quote, best.start, best.start + quote.exact.length) >= FUZZY_MIN_CONTEXT_SIMILARITY ||
    (quote.exact.length >= SELF_EVIDENT_LENGTH && best.occurrences === 1);
  return trusted ? best.start : null;
}

function bestExact(text: string, quote: TextQuoteSelector, expected: number, lo: number, hi: number): { start: number; score: number; occurrences: number } | null {
  let best: { start: number; score: number; distance: number } | null = null;
  let occurrences = 0;
  const from = Math.max(0, lo);
  // search a slice (cheap in V8) so a window search does not scan on to the end of a long text
  const area = lo <= 0 && hi >= text.length ? text : text.slice(from, Math.min(text.length, hi + quote.exact.length));
  for (let j = area.indexOf(quote.exact); j !== -1; j = area.indexOf(quote.exact, j + 1)) {
    const i = from + j;
    occurrences++;
    const score = commonSuffix(quote.prefix, text, i) + commonPrefix(quote.suffix, text, i + quote.exact.length);
    const distance = Math.abs(i - expected);
    if (!best || score > best.score || (score === best.score && distance < best.distance)) best = { start: i, score, distance };
  }
  return best && { start: best.start, score: best.score, occurrences };
}

/** How many trailing characters of `prefix` equal the text just before `at`. */
function commonSuffix(prefix: string, text: string, at: number): number {
  let n = 0;
  while (n < prefix.length && at - n - 1 >= 0 && prefix.charCodeAt(prefix.length - n - 1) === text.charCodeAt(at - n - 1)) n++;
  return n;
}

/** How many leading characters of `suffix` equal the text from `at`. */
function commonPrefix(suffix: string, text: string, at: number): number {
  let n = 0;
  while (n < suffix.length && at + n < text.length && suffix.charCodeAt(n) === text.charCodeAt(at + n)) n++;
  return n;
}

// ---- fuzzy -----------------------------------------------------------------------------------------

interface Candidate {
  start: number;
  end: number;
  errors: number;
  context: number;
  distance: number;
}

function findFuzzy(text: string, quote: TextQuoteSelector, expected: number | undefined): { start: number; end: number } | null {
  const maxErrors = Math.floor(quote.exact.length * FUZZY_MAX_ERROR_RATE);
  let lo = 0;
  let hi = text.length;
  if (expected !== undefined) {
    const span = WINDOW + quote.exact.length;
    lo = Math.max(0, expected - span);
    hi = Math.min(text.length, expected + quote.exact.length + span);
  }
  const best = bestFuzzy(text, quote, maxErrors, expected ?? 0, lo, hi) ?? (lo > 0 || hi < text.length ? findFuzzyFar(text, quote, maxErrors, expected ?? 0) : null);
  return best && { start: best.start, end: best.end };
}

/** The far search looks for up to MAX_PIECES pieces of PIECE_LENGTH, spread over the quote (each is a text scan). */
const PIECE_LENGTH = 8;
const MAX_PIECES = 8;
/** A piece found more often than this says little about where the quote is: it is not used. */
const MAX_PIECE_HITS = 32;

/**
 * The whole-text fuzzy search, filter-then-verify: exact hits of pieces of the quote vote for the place
 * the quote would start; only places with two votes (from different pieces) are searched with
 * approx-string-match (a full scan of 1 MB costs ~15 ms a claim). A match with fewer errors than
 * pieces - 1 (up to 6) keeps two pieces intact, so it is always found; more edited ones usually are;
 * nearby matches (the window around the expected place) always get the full 20%.
 */
function findFuzzyFar(text: string, quote: TextQuoteSelector, maxErrors: number, expected: number): Candidate | null {
  const { exact } = quote;
  const slots = Math.floor(exact.length / PIECE_LENGTH);
  if (slots < 3) return bestFuzzy(text, quote, maxErrors, expected, 0, text.length); // short: scan it all
  const pieces = Math.min(slots, MAX_PIECES);
  const votes: { at: number; piece: number }[] = [];
  for (let k = 0; k < pieces; k++) {
    const offset = Math.floor((k * slots) / pieces) * PIECE_LENGTH; // non-overlapping, evenly spread
    const piece = exact.slice(offset, offset + PIECE_LENGTH);
    const hits: number[] = [];
    for (let i = text.indexOf(piece); i !== -1 && hits.length <= MAX_PIECE_HITS; i = text.indexOf(piece, i + 1)) hits.push(i);
    if (hits.length <= MAX_PIECE_HITS) for (const h of hits) votes.push({ at: h - offset, piece: k });
  }
  votes.sort((a, b) => a.at - b.at);
  let best: Candidate | null = null;
  for (let v = 0; v < votes.length; ) {
    // votes for starts within maxErrors of each other are one place
    const first = votes[v].at;
    let last = first;
    const from = new Set<number>();
    while (v < votes.length && votes[v].at - last <= maxErrors) {
      last = votes[v].at;
      from.add(votes[v++].piece);
    }
    if (from.size < 2) continue;
    const lo = Math.max(0, first - maxErrors);
    const hi = Math.min(text.length, last + exact.length + maxErrors);
    const c = bestFuzzy(text, quote, maxErrors, expected, lo, hi);
    if (c && (!best || better(c, best))) best = c;
  }
  return best;
}

function bestFuzzy(text: string, quote: TextQuoteSelector, maxErrors: number, expected: number, lo: number, hi: number): Candidate | null {
  let best: Candidate | null = null;
  for (const m of search(text.slice(lo, hi), quote.exact, maxErrors)) {
    const { start, end } = trimEdges(text, quote.exact, snapStart(text, lo + m.start), snapEnd(text, lo + m.end));
    if (end <= start) continue;
    const context = contextSimilarity(text, quote, start, end);
    if (context < FUZZY_MIN_CONTEXT_SIMILARITY) continue;
    const c: Candidate = { start, end, errors: m.errors, context, distance: Math.abs(start - expected) };
    if (!best || better(c, best)) best = c;
  }
  return best;
}

function better(a: Candidate, b: Candidate): boolean {
  if (a.errors !== b.errors) return a.errors < b.errors;
  if (a.context !== b.context) return a.context > b.context;
  if (a.distance !== b.distance) return a.distance < b.distance;
  return a.end - a.start > b.end - b.start;
}

/**
 * Edit distance cannot tell "\nAn official" from "An official" when the quote was "The official":
 * leave out whitespace at the edges unless the stored quote had some there.
 */
function trimEdges(text: string, exact: string, start: number, end: number): { start: number; end: number } {
  if (!isSpace(exact.charCodeAt(0))) while (start < end && isSpace(text.charCodeAt(start))) start++;
  if (!isSpace(exact.charCodeAt(exact.length - 1))) while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return { start, end };
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x2028 || c === 0x2029;
}

/** 0..1: how well the text around [start, end) matches the stored prefix and suffix (1 when none stored). */
function contextSimilarity(text: string, quote: TextQuoteSelector, start: number, end: number): number {
  const total = quote.prefix.length + quote.suffix.length;
  if (total === 0) return 1;
  const slack = Math.ceil(CONTEXT_LENGTH / 4); // the fuzzy match's edges may be off by a few characters
  const before = text.slice(Math.max(0, start - quote.prefix.length - slack), Math.min(text.length, start + slack));
  const after = text.slice(Math.max(0, end - slack), end + quote.suffix.length + slack);
  return (similarity(quote.prefix, before) * quote.prefix.length + similarity(quote.suffix, after) * quote.suffix.length) / total;
}

/** 1 - (edit distance of the best approximate occurrence of `pattern` in `haystack`) / pattern length. */
function similarity(pattern: string, haystack: string): number {
  if (pattern.length === 0) return 1;
  const matches = search(haystack, pattern, pattern.length);
  const errors = matches.length ? Math.min(...matches.map((m) => m.errors)) : pattern.length;
  return 1 - errors / pattern.length;
}

// ---- UTF-16 helpers --------------------------------------------------------------------------------

function isLowSurrogate(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 0xdc00 && c <= 0xdfff;
}

function isHighSurrogate(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff;
}

/** A start between the halves of a surrogate pair moves back to include the whole character. */
function snapStart(text: string, i: number): number {
  return i > 0 && isLowSurrogate(text, i) && isHighSurrogate(text, i - 1) ? i - 1 : i;
}

/** An end between the halves of a surrogate pair moves forward to include the whole character. */
function snapEnd(text: string, i: number): number {
  return i < text.length && isLowSurrogate(text, i) && isHighSurrogate(text, i - 1) ? i + 1 : i;
}

function clamp(n: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, n));
}
