// Speech cues in one paragraph: for each quote, the cue and speaker phrase next to it
// ("“…,” Blinken said", "he added: “…”", "“…,” said the official", "according to X"), and reported
// speech without quotation marks ("The official said that …", "…, local media reported.").
// Speaker phrases are resolved to entities, pronouns and inherited speakers in resolve-speakers.ts.
// Every search looks at a bounded number of tokens, so the cost is linear in the paragraph.

import type { Span } from './types';
import { walkStops, type Token } from './tokens';
import type { LocalQuote } from './quotes';
import * as gazetteerWords from './gazetteer-words';
import { clauseSubject, sentenceSubject } from './context-cues';
import { firstStartingAt, lastAtOrBefore } from './search';
import { F_AUX, F_CUE_VERB, F_NOUN_LIKE, F_NP_BAD_END, F_NP_STOP, F_STOP_CAPS, F_WEAK_CUE } from './word-flags';
import { NP_STOP } from './attribution-words';
import { Collector } from './collector';
import { isDigit } from './char-codes';
import { cueOf, localCue, reportedOf, type LocalCue, type LocalReported } from './local-cues';

export type { LocalCue, LocalReported } from './local-cues';

// Local copies of imported tables: unbundled (tsx, CommonJS) module bindings are property getters,
// which cost measurably in per-token loops.
const { CUE_VERBS, SAY_LIKE, PRONOUNS, STOP_CAPS, NOT_SPEAKER_CAPS } = gazetteerWords;


const CLAUSE_START = new Set(['the', 'a', 'an', 'this', 'these', 'those', 'it', 'he', 'she', 'they', 'we', 'i', 'you', 'there', 'his', 'her', 'their', 'its', 'our', 'no', 'some', 'many', 'all', 'most', 'both', 'every', 'any', 'such', 'nothing', 'everything', 'none']);
const ADVERBIAL_STOP = new Set([',', '.', ';', ':', '!', '?', '“', '”', '"', '«', '»', '(', ')', '—', '–']);
/** . ! ? ; : — (by char code: punctuation tokens are one character) */
function isWindowStop(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 59 || c === 58 || c === 0x2014;
}

/** Is t the word w (lower case, ASCII)? The token's length is compared first, from its own fields:
 *  most tokens then fail without a read of their string (one more object to load each). */
function tokIs(t: Token | undefined, w: string): boolean {
  return t !== undefined && t.end - t.start === w.length && t.lower === w;
}

/** The char code of a punctuation token, -1 for a word: tests on it need no string comparison. */
function punctCode(t: Token): number {
  return t.kind === 'p' ? t.text.charCodeAt(0) : -1;
}
const COMMA = 44;
const APOS = 39; // '
const RSQ = 0x2019; // ’
/** , . ! ? — … (the char code of a quote's last punctuation token) */
function isClosingPunct(c: number): boolean {
  return c === COMMA || c === 46 || c === 33 || c === 63 || c === 0x2014 || c === 0x2026;
}
const SUBORDINATORS = new Set(['after', 'because', 'when', 'while', 'as', 'and', 'but', 'though', 'although', 'since', 'before', 'until']);
/** Words after "said" that start an adverbial, not the reported clause ("said in a statement"). */
const NOT_CLAUSE = new Set(['in', 'on', 'at', 'to', 'after', 'before', 'during', 'with', 'for', 'through', 'via', 'from', 'by', 'of', 'about', 'as', 'and', 'but', 'or', 'so', 'then', 'later', 'earlier', 'today', 'yesterday', 'tonight', 'last', 'this', 'next', 'when', 'while', 'repeatedly', 'again', 'previously', 'recently', 'separately', 'instead', 'too', 'also', 'only', 'publicly', 'privately', 'afterwards', 'afterward', 'twice', 'once', 'here', 'there', 'would', 'will', 'could', 'can', 'should', 'may', 'might', 'must', 'was', 'were', 'is', 'are', 'had', 'has', 'have', 'be', 'been', 'not']);
const MAX_NP = 8;
/** Tokens after a quote searched for its cue: a name with a long appositive ("…,'' Leonard E. Burman,
 *  director of the … Center and a professor at …, said"). Only words and commas may intervene. */
const MAX_WINDOW = 40;

function isAdverb(t: Token): boolean {
  return t.lower.length > 4 && t.lower.endsWith('ly') && t.lower !== 'family' && t.lower !== 'italy';
}

/** NOT_SPEAKER_CAPS.has(t.text). Those words are stop caps: the flag F_STOP_CAPS (STOP_CAPS.has(t.text))
 *  rejects most words without the lookup (checked at load below). */
function isNotSpeakerCap(t: Token): boolean {
  return (t.flags & F_STOP_CAPS) !== 0 && NOT_SPEAKER_CAPS.has(t.text);
}
for (const w of NOT_SPEAKER_CAPS) if (!STOP_CAPS.has(w)) throw new Error(`NOT_SPEAKER_CAPS: ${w} is not in STOP_CAPS`);

/** Days, months, sentence adverbs and numbers never head a speaker phrase. */
function notSpeakerWord(t: Token): boolean {
  const c = t.text.charCodeAt(0);
  return (t.cap && isNotSpeakerCap(t)) || (c >= 48 && c <= 57);
}

/** Words before a participle cue that leave its subject to the sentence ("…, while chanting, “…”"). */
const ING_OPENERS = new Set(['while', 'before', 'after', 'by', 'when', 'without', 'also', 'then']);

/** "Va.", "Md.", "Calif.", "N.Y.": a capitalised abbreviation with its dot (a US state in an address). */
function isStateAbbreviation(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'w' && t.cap && t.text.length <= 6 && t.text.endsWith('.');
}

/** Determiners of a role phrase whose appositive names the speaker ("his agent, Daniel Price,"). */
const NOMINAL_START = new Set(['his', 'her', 'its', 'their', 'the', 'a', 'an']);

const BE_FORMS = new Set(['is', 'was', 'were', 'are', 'been', 'be', 'being']);
// all are NP_STOP words: the flag F_NP_STOP rejects most tokens before the lookup
for (const w of BE_FORMS) if (!NP_STOP.has(w)) throw new Error(`BE_FORMS: ${w} is not in NP_STOP`);

/** "were admitted", "was told": a passive cue has no speaker in front of it. */
function isPassive(toks: Token[], v: number): boolean {
  if (toks[v].lower.endsWith('ing')) return false;
  let k = v - 1;
  while (k >= 0 && toks[k].kind === 'w' && isAdverb(toks[k])) k--;
  return k >= 0 && (toks[k].flags & F_NP_STOP) !== 0 && BE_FORMS.has(toks[k].lower);
}

/** CUE_VERBS.has(t.lower), as the flag the tokenizer caches per word (a bit test, not a Map lookup). */
function isCueWord(t: Token): boolean {
  return (t.flags & F_CUE_VERB) !== 0;
}

export function isCueToken(t: Token | undefined): boolean {
  // F_CUE_VERB is CUE_VERBS.has(t.lower), cached per word by the tokenizer (a bit test, not a Set lookup)
  return t !== undefined && t.kind === 'w' && !t.cap && (t.flags & F_CUE_VERB) !== 0;
}

/** A noun-like cue needs a subject that looks like one: a name or a pronoun ("Trump tweets", "He claims"). */
function subjectOk(toks: Token[], v: number, npEnd: number): boolean {
  if ((toks[v].flags & F_NOUN_LIKE) === 0) return true; // the flag is NOUN_LIKE.has(lower) (attribution-words.ts): cue forms that are also plural nouns
  let k = v - 1;
  while (k >= 0 && toks[k].end > npEnd) k--;
  const last = toks[k];
  return last !== undefined && (last.cap || PRONOUNS.has(last.lower));
}

/** Token index ranges covered by quotes, as a per-token flag (1 = inside or on a mark). */
export function quoteMask(toks: Token[], quotes: LocalQuote[]): Uint8Array {
  const mask = scratch8(toks.length);
  if (quotes.length === 0) return mask;
  // Quotes are sorted and disjoint: the tokens starting inside a quote are found by binary search,
  // not by visiting every token of the paragraph. A token starting inside is covered when it also
  // ends inside: tokens do not overlap, so every one but the last ends before the next one starts,
  // inside the quote, and only the last needs a look at its end.
  const n = toks.length;
  buf8Dirty = n; // until the loop ends (should it throw, the next scratch8 still clears everything)
  let i = 0;
  for (let qi = 0; qi < quotes.length; qi++) {
    const q = quotes[qi];
    i = Math.max(i, firstStartingAt(toks, q.start));
    const e = firstStartingAt(toks, q.end); // the first token starting at or after the quote's end
    if (e <= i) continue;
    mask.fill(1, i, e - 1);
    if (toks[e - 1].end <= q.end) mask[e - 1] = 1;
    i = e;
  }
  buf8Dirty = i; // no one at or after i
  return mask;
}

// Scratch buffers reused across paragraphs: the analyzer is synchronous, and allocating typed
// arrays per paragraph was a visible share of the run time.
let buf8 = new Uint8Array(1024);
let bufFirst = new Int32Array(1025);
let bufCands = new Int32Array(1024);

/** End of the part of buf8 that may hold ones (only quoteMask writes it): clearing just that part
 *  leaves the mask of a paragraph without quotes with nothing to clear (a fill call per paragraph
 *  showed in profiles). The whole buffer is zero after scratch8. */
let buf8Dirty = 0;

function scratch8(n: number): Uint8Array {
  if (buf8.length < n) {
    buf8 = new Uint8Array(n * 2);
    buf8Dirty = 0;
  }
  if (buf8Dirty > 0) buf8.fill(0, 0, buf8Dirty);
  buf8Dirty = 0;
  return buf8;
}

/** The paragraph's sentences (a sentence ends at . ! ? outside quotes before a capital or a quote),
 *  and findReported's candidates, found in the same walk over the tokens the tokenizer listed as
 *  maybe either (tokens.ts walkStops): most tokens are neither. The result and its arrays are
 *  reused by the next call. */
export function sentences(toks: Token[], mask: Uint8Array): Sentences {
  const n = toks.length;
  if (bufFirst.length < n + 2) bufFirst = new Int32Array(n * 2 + 2);
  if (bufCands.length < n) bufCands = new Int32Array(n * 2);
  // the first token of each sentence as it is found
  const first = bufFirst;
  const cands = bufCands;
  first[0] = 0;
  let id = 0;
  let m = 0;
  const stops = walkStops(toks);
  const at = stops.at;
  for (let j = 0; j < stops.count; j++) {
    const i = at[j];
    const t = toks[i];
    if (t.kind !== 'p') {
      cands[m++] = i; // a cue verb or "according"
      continue;
    }
    const next = toks[i + 1];
    if (next === undefined) break;
    const c = t.text.charCodeAt(0);
    if (c === 46 || c === 33 || c === 63) {
      // . ! ? outside quotes, before a capital, an opening quote or a number
      if (!mask[i] && (next.cap || next.text === '“' || next.text === '"' || next.text === '«' || twinOpens(toks, i + 1) || isDigit(next.text.charCodeAt(0)))) first[++id] = i + 1;
    } else if (mask[i] && !mask[i + 1] && (c === 0x201d || c === 34 || c === 0xbb || (c === 39 && i > 1 && toks[i - 1].text === "'"))) {
      // a quote that ends a sentence: “… .” Next (or .'' Next)
      const before = c === 39 ? toks[i - 2] : toks[i - 1];
      if (i > 0 && before !== undefined && isTerminalTok(before) && (next.cap || next.text === '“' || twinOpens(toks, i + 1))) first[++id] = i + 1;
    }
  }
  first[id + 1] = n;
  bounds.first = first;
  bounds.count = id + 1;
  bounds.cands = cands;
  bounds.candCount = m;
  return bounds;
}

/** '' at token k (NYT archive style double quote). */
function twinOpens(toks: Token[], k: number): boolean {
  return toks[k].text === "'" && toks[k + 1]?.text === "'";
}


/** A . ! or ? token (words never are: they start with a letter or digit). */
function isTerminalTok(t: Token): boolean {
  return isTerminalCode(punctCode(t));
}

function isTerminalCode(c: number): boolean {
  return c === 46 || c === 33 || c === 63; // . ! ?
}

/** Lemmas that make a comma-delimited stretch a clause of its own, not an appositive. */
const SPEECH_LEMMAS = new Set(['say', 'tell', 'add', 'report', 'write']);
const MAX_APPOSITIVE = 30;
/** Capitalised, these open the sentence's clause: the speaker phrase starts after them ("But he said"). */
const CAP_CLAUSE_OPENERS = new Set(['but', 'and', 'so', 'when', 'as', 'after', 'while', 'if', 'though', 'although', 'because']);
// all are NP_STOP words: the flag F_NP_STOP rejects most capitalised words before the lookup
for (const w of CAP_CLAUSE_OPENERS) if (!NP_STOP.has(w)) throw new Error(`CAP_CLAUSE_OPENERS: ${w} is not in NP_STOP`);

/** The speaker phrase ending right before token `v` (exclusive), walking back over auxiliaries,
 *  an appositive (", the committee's chairwoman,") and a bracketed acronym ("(NDMA)"). */
// npBefore's result, one object reused by every call (callers read it at once), the phrase as two
// numbers: it was one short-lived object per cue verb, plus a span per phrase found.
interface NpBefore {
  /** the speaker phrase's start, or -1 when there is none */
  npStart: number;
  npEnd: number;
  /** start of the cue with its auxiliaries ("has also said") */
  cueStart: number;
  /** start of the whole phrase when the phrase is its appositive ("his agent, Daniel Price"), else -1 */
  from: number;
}
const npResult: NpBefore = { npStart: -1, npEnd: -1, cueStart: 0, from: -1 };

function npBeforeResult(npStart: number, npEnd: number, cueStart: number, from = -1): NpBefore {
  npResult.npStart = npStart;
  npResult.npEnd = npEnd;
  npResult.cueStart = cueStart;
  npResult.from = from;
  return npResult;
}

function npBefore(toks: Token[], v: number, floor: number): NpBefore {
  let k = v - 1;
  let cueStart = toks[v].start;
  let appositiveFirst = -1; // first token of ", the committee's chairwoman," (-1: none)
  let appositiveLast = -1;
  while (k >= floor && toks[k].kind === 'w' && !toks[k].cap && ((toks[k].flags & F_AUX) !== 0 || isAdverb(toks[k]))) {
    if (k === v - 1 || toks[k + 1].start === cueStart) cueStart = toks[k].start;
    k--;
  }
  if (k > floor && toks[k].text === ',') {
    let j = k - 1;
    let firstComma = -1;
    for (;;) {
      while (j > floor && k - j < MAX_APPOSITIVE && toks[j].text !== ',') {
        const t = toks[j];
        if ((t.kind === 'p' && t.text !== '(' && t.text !== ')' && t.text !== '-' && t.text !== "'" && t.text !== '’') || (isCueToken(t) && SPEECH_LEMMAS.has(CUE_VERBS.get(t.lower)!))) break;
        j--;
      }
      // ", of Springfield, Va.,": a state abbreviation after a comma belongs to the place before it,
      // when another comma opens the appositive ("Mitch McConnell, R-Ky., said" has none: R-Ky. is it)
      if (j > floor && toks[j].text === ',' && isStateAbbreviation(toks[j + 1]) && j + 2 === k && firstComma < 0) {
        firstComma = j;
        j--;
        continue;
      }
      if (firstComma >= 0 && !(j > floor && toks[j].text === ',')) j = firstComma;
      break;
    }
    if (j > floor && toks[j].text === ',' && j < k - 1) {
      appositiveFirst = j + 1;
      appositiveLast = k - 1;
      k = j - 1;
    } else return npBeforeResult(-1, -1, cueStart);
  }
  if (k > floor && toks[k].text === ')') {
    let j = k - 1;
    while (j > floor && k - j < 8 && toks[j].text !== '(') j--;
    if (toks[j].text === '(') k = j - 1;
  }
  const end = k;
  let words = 0;
  while (k >= floor && end - k < MAX_NP) {
    const t = toks[k];
    if (t.kind === 's') {
      k--;
      continue;
    }
    if (t.kind !== 'w') break;
    // "…,” it added": "it" alone is the speaker phrase (a newspaper, an agency)
    if (tokIs(t, 'it') && k === end && (k === floor || toks[k - 1].kind === 'p')) {
      words++;
      k--;
      break;
    }
    if (!t.cap && ((t.flags & F_NP_STOP) !== 0 || isCueWord(t))) {
      // "a spokesperson for APM Terminals", "officials familiar with the talks"
      const joins =
        (t.lower === 'for' && toks[k + 1]?.cap) ||
        ((t.lower === 'with' || t.lower === 'to') && (toks[k - 1]?.lower === 'familiar' || toks[k - 1]?.lower === 'close')) ||
        (t.lower === 'and' && toks[k + 1]?.cap && toks[k - 1]?.cap); // coordinated names: Mr. Grassley and Mr. Leahy
      if (!joins || k === end) break;
    }
    if (t.cap && (t.flags & F_NP_STOP) !== 0 && CAP_CLAUSE_OPENERS.has(t.lower)) break;
    words++;
    k--;
  }
  if (words === 0 || end < floor) return npBeforeResult(-1, -1, cueStart);
  const s = k + 1;
  if (toks[end].kind !== 'w' && toks[end].text !== ')') return npBeforeResult(-1, -1, cueStart);
  if (toks[end].kind === 'w' && ((toks[end].flags & F_NP_BAD_END) !== 0 || notSpeakerWord(toks[end]))) return npBeforeResult(-1, -1, cueStart);
  // "his agent, Daniel Price, told": the name in the appositive is the speaker
  const af = appositiveFirst;
  if (af >= 0 && NOMINAL_START.has(toks[s].lower) && toks[af].cap && !isNotSpeakerCap(toks[af])) {
    return npBeforeResult(toks[af].start, toks[appositiveLast].end, cueStart, toks[s].start);
  }
  return npBeforeResult(toks[s].start, toks[end].end, cueStart);
}

/** The speaker phrase starting at token `s`: "said US Secretary of State Antony Blinken". */
function npAfter(toks: Token[], s: number, limit: number): Span | null {
  let k = s;
  while (k < limit && k - s < MAX_NP) {
    const t = toks[k];
    if (t.kind === 's') {
      k++;
      continue;
    }
    if (t.kind !== 'w') break;
    // "said Environment and Climate Change Canada meteorologist Alain Tremblay": "and" inside a name
    const innerAnd = tokIs(t, 'and') && toks[k - 1]?.cap && toks[k + 1]?.cap;
    if (!t.cap && k > s && ((t.flags & F_NP_STOP) !== 0 || isCueWord(t)) && !tokIs(t, 'of') && !innerAnd) break;
    if (!t.cap && k === s && (t.flags & F_NP_STOP) !== 0 && !PRONOUNS.has(t.lower)) return null;
    if (k === s && notSpeakerWord(t) && !(t.kind === 'w' && !t.cap && toks[k + 1]?.kind === 'w')) return null; // "said Tuesday", not "said 9/11 widow Terry Strada"

    k++;
  }
  if (k === s) return null;
  while (k > s && (toks[k - 1].kind !== 'w' || (toks[k - 1].flags & F_NP_BAD_END) !== 0)) k--;
  if (k === s) return null;
  return { start: toks[s].start, end: toks[k - 1].end };
}

/** The sentences of a paragraph's tokens: sentence j runs from token first[j] to first[j + 1]
 *  (exclusive), j < count. Read them with sentenceStart and sentenceEnd. cands[0 .. candCount) are
 *  the tokens findReported looks at, in order: every cue verb and "according". */
export interface Sentences {
  first: Int32Array;
  count: number;
  cands: Int32Array;
  candCount: number;
}

/** The first token of token k's sentence (a binary search: most tokens' sentence is never asked for,
 *  and a sentence index per token was a store for every token). */
export function sentenceStart(sb: Sentences, k: number): number {
  return sb.first[lastAtOrBefore(sb.first, sb.count, k)];
}

/** The end (exclusive) token of token k's sentence. */
export function sentenceEnd(sb: Sentences, k: number): number {
  return sb.first[lastAtOrBefore(sb.first, sb.count, k) + 1];
}

// The arrays are scratch buffers reused by the next paragraph anyway, so the object holding them is
// reused too (it was one object per paragraph).
const bounds: Sentences = { first: bufFirst, count: 1, cands: bufCands, candCount: 0 };

/** Longest content scanned for another speaker's cue: keeps a giant sentence linear. */
const MAX_CONTENT_SCAN = 400;

/** Cue after a quote: `,” Blinken said`, `,” said Blinken`, `,” Yonhap reported, citing…`, `according to X`. */
function cueAfter(toks: Token[], from: number, mask: Uint8Array): LocalCue | null {
  let s = from;
  if (toks[s]?.text === ',') s++;
  const limit = Math.min(toks.length, s + MAX_WINDOW);
  let lim = s;
  while (lim < limit && !mask[lim]) {
    const c = punctCode(toks[lim]);
    if (isWindowStop(c)) break;
    lim = c === 40 ? afterParens(toks, lim, limit) : lim + 1; // (
  }
  if (lim === s) return null;
  const first = toks[s];
  if (isCueToken(first)) {
    const np = npAfter(toks, s + 1, lim);
    return np ? cueOf(first.start, first.end, np) : null;
  }
  // "…,” as a Homeland Security memo put it
  if (first.lower === 'as') {
    for (let v = s + 2; v + 1 < lim && v - s <= MAX_NP; v++) {
      if (toks[v].lower === 'put' && toks[v + 1].lower === 'it') return localCue(toks[v].start, toks[v + 1].end, toks[s + 1].start, toks[v - 1].end);
    }
  }
  if (first.lower === 'according' && toks[s + 1]?.lower === 'to') {
    const np = npAfter(toks, s + 2, lim);
    return np ? cueOf(first.start, toks[s + 1].end, np) : null;
  }
  for (let v = s + 1; v < lim; v++) {
    if (toks[v].text === '(') v = afterParens(toks, v, lim) - 1; // "Rep. Gwen Moore (D-Wis.) said"
    else if (toks[v].kind === 'p' && toks[v].text !== ',' && toks[v].text !== ')') return null;
    if (!isCueToken(toks[v])) continue;
    const { npStart, npEnd, cueStart, from } = npBefore(toks, v, s);
    if (npStart >= 0 && (from >= 0 ? from : npStart) === first.start && subjectOk(toks, v, npEnd)) return localCue(cueStart, toks[v].end, npStart, npEnd);
    // "…?” a narrator in the Clinton ad asks.": the whole stretch before the verb is the speaker
    let e = v - 1;
    while (e > s && toks[e].start >= cueStart) e--;
    if (toks[e].end <= cueStart && e - s < MAX_NP && (first.lower === 'a' || first.lower === 'an' || first.lower === 'the')) {
      let plain = true;
      for (let k = s; k <= e && plain; k++) plain = (toks[k].kind === 'w' && !isCueWord(toks[k]) && (toks[k].flags & F_NP_STOP) === 0) || toks[k].kind === 's' || toks[k].lower === 'in';
      if (plain && toks[e].kind === 'w' && (toks[e].flags & F_NP_BAD_END) === 0) return localCue(cueStart, toks[v].end, first.start, toks[e].end);
    }
    return null;
  }
  return null;
}

/** Index after the ")" closing the "(" at k (a short party/state tag), or k + 1 when there is none. */
function afterParens(toks: Token[], k: number, limit: number): number {
  for (let j = k + 1; j < limit && j - k <= 6; j++) if (toks[j].text === ')') return j + 1;
  return k + 1;
}

/** The sentence's cue before a quote: "X said: “…”", "X said on Friday that … “…”", "which he said would be “…”". */
function cueBefore(toks: Token[], qTok: number, sb: Sentences, mask: Uint8Array, clause?: LocalCue | null): LocalCue | null {
  const floor = qTok < toks.length ? sentenceStart(sb, qTok) : qTok;
  // a cue before a clause with its own subject is not this quote's ("she said, but … as Trump went on about “…”")
  if (clause === undefined) clause = clauseSubject(toks, qTok, floor, mask);
  const stop = clause ? tokAfter(toks, floor, clause.npStart) : floor;
  // "she called X “outrageous” and called for Y to be “clawed back”": the second verb's subject is the first's
  let coordinated: Span | null = null;
  for (let v = qTok - 1; v >= floor && qTok - v < 60; v--) {
    if (mask[v]) continue;
    if (v < stop) return null;
    const t = toks[v];
    // "to" and "it" by the token length first: most tokens then need no string read
    const two = t.end - t.start === 2;
    if (two && t.lower === 'to' && toks[v - 1]?.lower === 'according' && v - 1 >= floor) {
      const np = npAfter(toks, v + 1, qTok);
      if (np) return cueOf(toks[v - 1].start, t.end, np);
      continue;
    }
    // inverted at the sentence start: "Said Ellis: “…”"
    if (v === floor && t.cap && (t.lower === 'said' || t.lower === 'says' || t.lower === 'added' || t.lower === 'asked')) {
      const np = npAfter(toks, v + 1, qTok);
      if (np) return cueOf(t.start, t.end, np);
    }
    // "as The New Yorker put it in a lengthy expose, “the operator”"
    if (two && t.lower === 'it' && toks[v - 1]?.lower === 'put' && v - 2 > floor) {
      let a = v - 2;
      while (a > floor && v - a <= MAX_NP && toks[a].lower !== 'as') a--;
      if (toks[a].lower === 'as' && a + 1 < v - 1) return localCue(toks[v - 1].start, t.end, toks[a + 1].start, toks[v - 2].end);
    }
    if (!isCueToken(t)) continue;
    // the flag is WEAK_CUES.has(CUE_VERBS.get(t.lower)), cached per word
    if (!coordinated && (t.flags & F_WEAK_CUE) !== 0 && !nextIsThat(toks, v, qTok) && toks[qTok - 1]?.text !== ':' && qTok - v > 8) continue;
    // "X said, adding “…”": a participle shares the subject of the verb before it
    if (t.lower.endsWith('ing') && (toks[v - 1]?.text === ',' || ING_OPENERS.has(toks[v - 1]?.lower))) {
      const subject = sentenceSubject(toks, floor, v);
      if (subject) return cueOf(t.start, t.end, subject);
      continue;
    }
    if (isPassive(toks, v)) continue;
    const { npStart, npEnd, cueStart } = npBefore(toks, v, floor);
    if (npStart >= 0 && !subjectOk(toks, v, npEnd)) continue;
    if (npStart >= 0) return coordinated ? localCue(coordinated.start, coordinated.end, npStart, npEnd) : localCue(cueStart, t.end, npStart, npEnd);
    if (!coordinated && toks[v - 1]?.lower === 'and' && !toks[v - 1].cap) {
      coordinated = { start: t.start, end: t.end };
      continue;
    }
    // "…, said X: “…”" (the phrase after the verb ends at the colon or comma before the quote)
    const after = npAfter(toks, v + 1, qTok);
    // and is short: "said the event brought back memories of her father, …" is reported speech, not a speaker
    const afterEnd = after ? tokAfter(toks, v + 1, after.end) : 0;
    const afterNext = toks[afterEnd];
    if (after && toks[v - 1]?.text === ',' && startsNamed(toks, v + 1) && afterEnd - (v + 1) <= 5 && (afterNext?.text === ':' || afterNext?.text === ',')) return cueOf(t.start, t.end, after);
  }
  return null;
}

/** A speaker phrase after the verb must look like one: a name or a determiner ("said the official"). */
function startsNamed(toks: Token[], k: number): boolean {
  const t = toks[k];
  return t !== undefined && (t.cap || t.lower === 'the' || t.lower === 'a' || t.lower === 'an' || PRONOUNS.has(t.lower));
}

/** Does the sentence end right after the cue phrase ("…,” she said.")? */
function endsSentence(toks: Token[], npEnd: number, cueEnd: number): boolean {
  const t = toks[firstStartingAt(toks, Math.max(npEnd, cueEnd))];
  return t === undefined || t.text === '.' || t.text === '!' || t.text === '?';
}

/** Is "that" among the few tokens after the verb (through adverbials such as "on Friday")? */
function nextIsThat(toks: Token[], v: number, limit: number): boolean {
  for (let k = v + 1; k < limit && k - v <= 8; k++) {
    const t = toks[k];
    if (tokIs(t, 'that') || (k === v + 1 && (tokIs(t, 'whether') || tokIs(t, 'why') || tokIs(t, 'how')))) return true;
    if (t.kind === 'p' || isCueWord(t)) return false;
  }
  return false;
}

/** findQuoteCues of a paragraph without quotes (most): one frozen array, read and never changed. */
const NO_QUOTE_CUES: (LocalCue | null)[] = Object.freeze([]) as unknown as (LocalCue | null)[];

const quoteCueItems = new Collector<LocalCue | null>();

export function findQuoteCues(toks: Token[], quotes: LocalQuote[], mask: Uint8Array, sb: Sentences): (LocalCue | null)[] {
  if (quotes.length === 0) return NO_QUOTE_CUES;
  const out = quoteCueItems;
  out.reset();
  // indexed, not for…of: the iterator showed in profiles (quotes arrays come in two kinds, with
  // the frozen empty one)
  for (let qi = 0; qi < quotes.length; qi++) {
    const q = quotes[qi];
    // binary searches: the tokens before and inside the quote are not walked one by one
    const qTok = firstStartingAt(toks, q.start); // the opening mark
    const after = firstStartingAt(toks, q.end);
    // the last mark inside the quote, through a nested quote's closer: ",’”"
    let il = after - 2;
    if (il > qTok && (punctCode(toks[il]) === RSQ || punctCode(toks[il]) === APOS)) il--;
    if (il > qTok && punctCode(toks[il]) === APOS && punctCode(toks[il + 1]) === APOS) il--; // the first of ''
    const innerLast = il >= 0 ? punctCode(toks[il]) : -1;
    const commaAfter = after < toks.length && punctCode(toks[after]) === COMMA;
    const closedWithPunct = isClosingPunct(innerLast) || commaAfter;
    let cue: LocalCue | null = null;
    if (!q.partial) {
      if (!q.open && closedWithPunct) cue = cueAfter(toks, after, mask);
      if (!cue) cue = cueBefore(toks, qTok, sb, mask);
    } else {
      // The country "has made changes," McConnell said. A cue closing the sentence right after
      // the quote is closer to it than one before it ("X said she felt … because “…,” she said.")
      if (!q.open && (commaAfter || innerLast === COMMA)) {
        const trailing = cueAfter(toks, after, mask);
        if (trailing && endsSentence(toks, trailing.npEnd, trailing.cueEnd)) cue = trailing;
        // a clause of its own around the quote outranks a cue that goes on after it ("as Trump went on about “…,” Melanie said yes")
        else {
          const clause = clauseSubject(toks, qTok, sentenceStart(sb, qTok), mask); // once: cueBefore needs it too
          cue = cueBefore(toks, qTok, sb, mask, clause) ?? (trailing && !clause ? trailing : null);
        }
      } else cue = cueBefore(toks, qTok, sb, mask);
    }
    out.push(cue);
  }
  return out.take();
}

/** Reported speech: "X said (on Friday) that …", "X warned that …", "…, local media reported." */
const reportedItems = new Collector<LocalReported>();

export function findReported(p: string, toks: Token[], quotes: LocalQuote[], mask: Uint8Array, sb: Sentences): LocalReported[] {
  const out = reportedItems;
  out.reset();
  // the candidates are listed by sentences: pushContent looks for a later cue among them, not
  // token by token
  const m = sb.candCount;
  cands = sb.cands;
  candCount = m;
  // the candidates come in order: their sentence is found by walking the sentence starts along
  const first = sb.first;
  let si = 0;
  for (let ci = 0; ci < m; ci++) {
    const v = cands[ci];
    candAt = ci;
    const t = toks[v];
    while (first[si + 1] <= v) si++;
    if (mask[v]) continue;
    const isAccording = tokIs(t, 'according') && tokIs(toks[v + 1], 'to');
    if (!isAccording && !isCueToken(t)) continue;
    const ss = first[si];
    const se = first[si + 1];
    if (isAccording) {
      const np = npAfter(toks, v + 2, se);
      if (!np) continue;
      if (toks[v - 1]?.text === ',' && v - 1 > ss) {
        out.push(reportedOf(t.start, toks[v + 1].end, np.start, np.end, trimContent(p, toks[ss].start, toks[v - 1].start)));
      } else if (v === ss) {
        let c = v + 2;
        while (c < se && toks[c].text !== ',') c++;
        if (c + 1 < se) {
          const content = trimContent(p, toks[c + 1].start, sentenceContentEnd(toks, se));
          if (content.end - content.start >= 3) out.push(reportedOf(t.start, toks[v + 1].end, np.start, np.end, content)); // not "according to B,,"
        }
      }
      continue;
    }
    if (isPassive(toks, v)) continue;
    // "…, saying that …": the participle's speaker is the sentence's subject
    const participle = t.lower.endsWith('ing') && (toks[v - 1]?.text === ',' || ING_OPENERS.has(toks[v - 1]?.lower)) ? sentenceSubject(toks, ss, v) : null;
    // the speaker phrase [npStart, npEnd), npStart -1 when there is none
    let npStart = -1;
    let npEnd = -1;
    let cueStart = t.start;
    let from = -1;
    if (participle) {
      npStart = participle.start;
      npEnd = participle.end;
    } else {
      const found = npBefore(toks, v, ss); // a reused object: read at once
      npStart = found.npStart;
      npEnd = found.npEnd;
      cueStart = found.cueStart;
      from = found.from;
    }
    // "said X" inverted after content: "…, said the official."
    if (npStart < 0 || !subjectOk(toks, v, npEnd)) {
      if (toks[v - 1]?.text === ',' && v - 1 > ss && (t.flags & F_WEAK_CUE) === 0) {
        const after = npAfter(toks, v + 1, se);
        if (after && endsClause(toks, tokAfter(toks, v, after.end), se)) pushTrailing(p, toks, quotes, ss, v - 1, t.start, t.end, after.start, after.end, out);
      }
      continue;
    }
    const cueEnd = t.end; // the cue span is made only when a result is kept
    // "X said that …" (through a few adverbials: "on Friday", "in a statement", "reporters")
    let k = v + 1;
    while (k < se && k - v <= 14 && (toks[k].kind === 'w' || punctCode(toks[k]) === COMMA || toks[k].kind === 's') && !tokIs(toks[k], 'that') && !isCueWord(toks[k])) k++;
    const nv = toks[v + 1];
    if (nv && (tokIs(nv, 'whether') || tokIs(nv, 'why') || tokIs(nv, 'how')) && v + 2 < se) {
      pushContent(p, toks, quotes, v + 1, se, mask, npStart, npEnd, cueStart, cueEnd, out);
      continue;
    }
    if (tokIs(toks[k], 'that') && k + 1 < se) {
      pushContent(p, toks, quotes, k + 1, se, mask, npStart, npEnd, cueStart, cueEnd, out);
      continue;
    }
    // the cue's lemma, looked up only here: the cases above need none (F_WEAK_CUE is WEAK_CUES.has(lemma))
    const lemma = CUE_VERBS.get(t.lower)!;
    // "X urged supporters to be patient": the one urged and what they should do
    if (lemma === 'urge') {
      let k2 = v + 1;
      while (k2 < se && k2 - v <= 6 && toks[k2].kind === 'w' && toks[k2].lower !== 'to') k2++;
      if (toks[k2]?.lower === 'to' && k2 > v + 1 && k2 + 1 < se) {
        pushContent(p, toks, quotes, v + 1, se, mask, npStart, npEnd, cueStart, cueEnd, out);
        continue;
      }
    }
    // "X said the deal …" without "that"
    const nt = toks[v + 1];
    const clauseStart = nt !== undefined && nt.kind === 'w' && (CLAUSE_START.has(nt.lower) || (nt.cap && !isCueWord(nt)) || (lemma === 'say' && !NOT_CLAUSE.has(nt.lower) && !isCueWord(nt)));
    if (SAY_LIKE.has(lemma) && lemma !== 'tell' && v + 3 < se && clauseStart) {
      pushContent(p, toks, quotes, v + 1, se, mask, npStart, npEnd, cueStart, cueEnd, out);
      continue;
    }
    // "…, local media reported." — the content comes first
    const npTok = tokenAt(toks, from >= 0 ? from : npStart, v); // the whole phrase: "his agent, Daniel Price"
    if (npTok > ss + 2 && toks[npTok - 1].text === ',' && (t.flags & F_WEAK_CUE) === 0 && endsClause(toks, v + 1, se)) {
      pushTrailing(p, toks, quotes, ss, npTok - 1, cueStart, cueEnd, npStart, npEnd, out);
    }
  }
  return out.take(); // a new array even when empty: the caller may add the speaker colon to it
}

function tokAfter(toks: Token[], from: number, offset: number): number {
  let k = from;
  while (k < toks.length && toks[k].start < offset) k++;
  return k;
}

function tokenAt(toks: Token[], start: number, hint: number): number {
  let k = hint;
  while (k > 0 && toks[k].start > start) k--;
  return k;
}

/** After the cue phrase, only a few adverbial words may follow before the sentence ends or a comma. */
function endsClause(toks: Token[], from: number, se: number): boolean {
  let k = from;
  for (let n = 0; k < se && n < 8; k++, n++) {
    const t = toks[k];
    const c = punctCode(t);
    if (c === COMMA || isTerminalCode(c) || c === 59) return true; // , . ! ? ;
    if (c >= 0 && ADVERBIAL_STOP.has(t.text)) return false;
    if (tokIs(t, 'that')) return false;
  }
  return k >= se;
}

function pushTrailing(p: string, toks: Token[], quotes: LocalQuote[], ss: number, commaTok: number, cueStart: number, cueEnd: number, npStart: number, npEnd: number, out: Collector<LocalReported>): void {
  if (commaTok - ss < 3) return;
  const content = trimContent(p, toks[ss].start, toks[commaTok].start);
  if (isWholeQuote(quotes, content)) return;
  out.push(reportedOf(cueStart, cueEnd, npStart, npEnd, content));
}

/** findReported's candidate tokens (cands[0 .. candCount), in order: every cue verb is one), and
 *  the index in cands of the token it is looking at. */
let cands: Int32Array = bufCands;
let candCount = 0;
let candAt = 0;

/** Called by findReported for its candidate cands[candAt], with `from` after it. */
function pushContent(p: string, toks: Token[], quotes: LocalQuote[], from: number, se: number, mask: Uint8Array, npStart: number, npEnd: number, cueStart: number, cueEnd: number, out: Collector<LocalReported>): void {
  // stop where another speaker's cue begins in the same sentence ("…, Yonhap said", "after Putin said that");
  // the cue verbs after `from` are among the candidates after the current one
  let end = sentenceContentEnd(toks, se);
  const scanTo = Math.min(se, from + MAX_CONTENT_SCAN);
  for (let j = candAt + 1; j < candCount; j++) {
    const k = cands[j];
    if (k <= from) continue;
    if (k >= scanTo) break;
    if (mask[k] || !isCueToken(toks[k])) continue;
    const inner = npBefore(toks, k, from);
    if (inner.npStart >= 0) {
      let c = tokenAt(toks, inner.npStart, k);
      while (c > from && (toks[c - 1].kind === 'p' || SUBORDINATORS.has(toks[c - 1].lower))) c--;
      if (c > from) end = toks[c - 1].end;
      break;
    }
  }
  const content = trimContent(p, toks[from].start, end);
  if (content.end - content.start < 3 || isWholeQuote(quotes, content)) return;
  out.push(reportedOf(cueStart, cueEnd, npStart, npEnd, content));
}

/** End offset of a sentence's content: before its final punctuation (and closing marks). */
function sentenceContentEnd(toks: Token[], se: number): number {
  let k = se - 1;
  for (let c = punctCode(toks[k]); k > 0 && (isTerminalCode(c) || c === 44 || c === 59 || c === 58); c = punctCode(toks[k])) k--; // .!? , ; :
  return toks[k].end;
}

// trimContent's result, one span reused by every call: its callers read it (or copy it into their
// result) before the next call, and it was a short-lived object per reported clause.
const trimmed: Span = { start: 0, end: 0 };

/** text[s, e) without its trailing spaces and separators or its leading spaces: a reused span,
 *  valid until the next call. */
function trimContent(p: string, s: number, e: number): Span {
  if (e < s) e = s; // punctuation only: an empty span, never an inverted one
  for (let c = p.charCodeAt(e - 1); e > s && (c === 32 || c === 9 || c === 44 || c === 59 || c === 58); c = p.charCodeAt(e - 1)) e--; // space \t , ; :
  while (s < e && p.charCodeAt(s) === 32) s++;
  trimmed.start = s;
  trimmed.end = e;
  return trimmed;
}

/** Content that is one direct quote is already a quote attribution. */
function isWholeQuote(quotes: LocalQuote[], c: Span): boolean {
  let lo = 0;
  let hi = quotes.length - 1;
  let best = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (quotes[mid].start <= c.start) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best >= 0 && quotes[best].end >= c.end - 1;
}

/** "Caddell continued:" / "He said:" ending a paragraph: the cue for the quote that opens the next one. */
export function findTrailingCue(toks: Token[], sb: Sentences, mask: Uint8Array): LocalCue | null {
  const n = toks.length;
  if (n < 3 || toks[n - 1].text !== ':' || mask[n - 1]) return null;
  const floor = sb.first[sb.count - 1]; // the last sentence's start
  for (let v = n - 2; v >= floor && n - v < 8; v--) {
    if (!isCueToken(toks[v])) continue;
    const { npStart, npEnd, cueStart } = npBefore(toks, v, floor);
    return npStart >= 0 ? localCue(cueStart, toks[v].end, npStart, npEnd) : null;
  }
  return null;
}

/** Transcript and headline style: "PENCE: Gennifer Flowers will not be attending…". */
export function findSpeakerColon(p: string, toks: Token[], mask: Uint8Array): LocalReported | null {
  let k = 0;
  while (k < toks.length && k < 4 && toks[k].kind === 'w' && toks[k].cap && !mask[k]) k++;
  if (k === 0 || k >= toks.length || punctCode(toks[k]) !== 58 || toks.length - k < 5 || mask[k + 1] || (toks[0].flags & F_STOP_CAPS) !== 0) return null;
  const content = trimContent(p, toks[k + 1].start, p.length);
  return reportedOf(toks[k].start, toks[k].end, toks[0].start, toks[k - 1].end, content);
}
