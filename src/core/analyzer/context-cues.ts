// Speakers of quotes that have no speech verb next to them, found from the sentence around them:
//  - a dash byline after the quote ("“… about.” ― Pamela Padilla")                     → explicit
//  - a transcript speaker opening the quote ("\"PENCE: Well, look, …")                   → explicit
//  - the subject of the sentence whose verb is not a speech cue
//    ("Trump openly admires Putin as a “strong leader”", "Blige sings “American Skin”") → subject
// Each looks at a bounded number of tokens around its quote, so the cost stays linear.

import type { Span } from './types';
import type { Token } from './tokens';
import type { LocalQuote } from './quotes';
import type { Sentences } from './attribution';
import { cueOf, localCue, type LocalCue } from './local-cues';
import { F_CLAUSE_OPENER, F_CUE_VERB, F_STOP_CAPS } from './word-flags';
import { firstStartingAt, lastAtOrBefore } from './search';

const CLOSERS = new Set(['”', '"', '»', '’']);
const OPENERS = new Set(['“', '"', '«']);
const DASHES = new Set(['―', '—', '–']);
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'it']);
/** Sentence openers skipped before the subject ("But Trump …", "However, she …"). */
const LEAD_WORDS = new Set(['but', 'and', 'so', 'yet', 'still', 'also', 'meanwhile', 'however', 'now', 'then', 'instead', 'separately', 'later', 'earlier', 'indeed', 'again']);
/** Words that open an adverbial phrase ending at a comma ("At Monday’s debate, Clinton …"). */
const LEAD_PHRASE = new Set([
  'in', 'at', 'on', 'after', 'during', 'before', 'since', 'while', 'when', 'as', 'with', 'without', 'despite', 'amid',
  'from', 'for', 'under', 'over', 'by', 'speaking', 'asked', 'responding', 'following', 'like', 'unlike', 'through',
  'throughout', 'last', 'this', 'earlier', 'later', 'on', 'if', 'although', 'though', 'because', 'once', 'within',
]);
/** Determiners and quantifiers that open a common-noun subject ("The letter", "Small groups of protesters"). */
const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'other', 'another', 'several', 'some', 'many', 'both', 'two', 'three', 'small', 'few', 'most', 'all', 'one', 'each', 'every']);
/** Auxiliaries and adverbs inside a verb group ("has also been", "once again"). */
const VERB_GROUP = new Set([
  'has', 'have', 'had', 'is', 'was', 'were', 'are', 'will', 'would', 'did', 'does', 'do', 'can', 'could', 'may', 'might',
  'should', 'must', 'also', 'then', 'once', 'again', 'now', 'later', 'still', 'even', 'already', 'just', 'never', 'not',
  'been', 'be', 'being', 'further', 'first', 'too', 'often', 'always', 'repeatedly', 'previously', 'recently',
]);
/** Words that cannot be a verb right after a subject. */
const FUNCTION_WORDS = new Set(['of', 'and', 'or', 'but', 'the', 'a', 'an', 'in', 'on', 'at', 'to', 'for', 'from', 'with', 'by', 'as', 'than', 'that', 'which', 'who', 'whose', 'whom', 'if', 'so', 'not', 'no', 'all', 'both', 'too', 'himself', 'herself', 'themselves', 'itself', 'alone', 'only', 'here', 'there', 'about', 'after', 'before', 'since', 'while', 'when', 'where', 'how', 'why', 'what']);
const BE = new Set(['is', 'was', 'were', 'are', 'been', 'be', 'being']);
/** Irregular past forms a subject's verb often takes in news copy. */
const IRREGULAR = new Set([
  'took', 'made', 'gave', 'went', 'spoke', 'put', 'read', 'sang', 'wrote', 'said', 'told', 'thought', 'brought',
  'felt', 'kept', 'left', 'held', 'began', 'became', 'came', 'saw', 'got', 'ran', 'set', 'sent', 'struck', 'stood',
  'met', 'led', 'paid', 'won', 'lost', 'hit', 'let', 'meant', 'drew', 'threw', 'bore', 'swore', 'chose', 'gets',
  'makes', 'takes', 'gives', 'puts', 'reads', 'sees', 'sings', 'goes',
]);
/** Words that end in -s/-ed/-ing and are not verbs of a subject. */
const NOT_VERB = new Set(['news', 'series', 'united', 'states', 'this', 'his', 'its', 'was', 'has', 'is', 'as', 'us', 'thus', 'during', 'according', 'including', 'nothing', 'something', 'anything', 'everything', 'morning', 'evening', 'king', 'thing', 'things', 'wedding', 'building', 'meeting', 'hearing', 'briefing', 'ceiling', 'less', 'unless', 'bus', 'virus', 'campus', 'status', 'focus', 'bias', 'alias', 'red', 'bed', 'need', 'speed', 'seed', 'hundred', 'bred']);
const MAX_LEAD = 24;
/** "Twenty-two years ago, …", "Two days later, …": a number opens an adverbial, not a name. */
const NUMBER_WORD = /^(?:\d|one$|two$|three$|four$|five$|six$|seven$|eight$|nine$|ten$|eleven$|twelve$|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)/;
const MAX_SUBJECT = 10;
const WH_WORDS = new Set(['how', 'what', 'why', 'where', 'when', 'whether', 'who', 'which', 'that', 'whatever', 'if']);
const MAX_APPOSITIVE = 24;
/** Auxiliaries and adverbs before the main verb ("has also been steadily pounding"): bounded, so
 *  every quote of a sentence does not rescan it. */
const MAX_VERB_GROUP = 6;
/** Farthest a quote may sit from its sentence's verb. */
const MAX_REACH = 45;

function isWord(t: Token | undefined): t is Token {
  return t !== undefined && t.kind === 'w';
}

function looksVerb(t: Token | undefined, next: Token | undefined): boolean {
  if (!isWord(t) || t.cap || NOT_VERB.has(t.lower)) return false;
  const w = t.lower;
  if (IRREGULAR.has(w) || (t.flags & F_CUE_VERB) !== 0) return true; // the flag is CUE_VERBS.has(w)
  if ((w.length > 3 && w.endsWith('ed')) || (w.length > 4 && w.endsWith('ing'))) return true;
  // "-s": a verb when what follows is not another verb ("The letter reads", not "presidents introduced")
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) {
    return !(isWord(next) && !next.cap && (next.lower.endsWith('ed') || VERB_GROUP.has(next.lower)));
  }
  return false;
}

/** “…” ― Name at a paragraph's end, or followed by a full stop. */
function dashByline(toks: Token[], after: number): LocalCue | null {
  const d = toks[after];
  if (!d || !DASHES.has(d.text)) return null;
  let k = after + 1;
  const s = k;
  while (k < toks.length && k - s < 6 && isWord(toks[k]) && (toks[k].cap || toks[k].lower.length === 1)) k++;
  if (k === s) return null;
  if (k < toks.length && toks[k].text !== '.' && toks[k].text !== ',') return null;
  return localCue(d.start, d.end, toks[s].start, toks[k - 1].end);
}

/** w === w.toUpperCase(), without making the upper-case string for a word with an ASCII lower-case
 *  letter (most words: "We", "The"), which is never its own upper case. */
function isUpperCase(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 97 && c <= 122) return false;
  }
  return w === w.toUpperCase();
}

/** "\"PENCE: Well, look, …" — upper-case speaker and a colon right after the opening mark. */
function transcriptSpeaker(p: string, toks: Token[], qTok: number, q: LocalQuote): LocalCue | null {
  let k = qTok + 1;
  while (k < toks.length && k - qTok <= 3 && isWord(toks[k]) && toks[k].end <= q.end && toks[k].text.length > 1 && isUpperCase(toks[k].text)) k++;
  if (k === qTok + 1 || toks[k]?.text !== ':') return null;
  if (!/[A-Z]/.test(p.slice(toks[qTok + 1].start, toks[k - 1].end))) return null;
  return localCue(toks[k].start, toks[k].end, toks[qTok + 1].start, toks[k - 1].end);
}

/** Index after the matching ")" of a "(" at k, or -1. */
function skipParens(toks: Token[], k: number, limit: number): number {
  for (let j = k + 1; j < limit && j - k < 10; j++) if (toks[j].text === ')') return j + 1;
  return -1;
}

/** A name-headed subject: "Sen. Bernie Sanders (Vt.), who lost …,", "Clinton’s campaign", "Obama and Clinton". */
function namedSubject(toks: Token[], k: number, limit: number): number {
  const s = k;
  while (k < limit && k - s < MAX_SUBJECT) {
    const t = toks[k];
    if (isWord(t) && (t.cap || (t.lower === 'of' && toks[k + 1]?.cap) || (t.lower === 'and' && toks[k + 1]?.cap && (toks[k + 1].flags & F_STOP_CAPS) === 0))) k++;
    else if (t.kind === 's' && isWord(toks[k + 1]) && !toks[k + 1].cap && !looksVerb(toks[k + 1], toks[k + 2])) k += 2; // Clinton’s campaign
    else if (t.text === '(') {
      const e = skipParens(toks, k, limit);
      if (e < 0) return -1;
      k = e;
    } else break;
  }
  return skipAppositive(toks, k, limit);
}

/** ", who lost the primaries to Clinton," / ", a top Trump surrogate," / ", in particular,": the
 *  index after the closing comma (the verb must follow it), or k when there is none. */
function skipAppositive(toks: Token[], k: number, limit: number): number {
  if (toks[k]?.text !== ',') return k;
  let j = k + 1;
  while (j < limit && j - k < MAX_APPOSITIVE && toks[j].text !== ',' && !(toks[j].kind === 'p' && toks[j].text !== '(' && toks[j].text !== ')' && toks[j].text !== '-' && toks[j].text !== '.')) j++;
  return j < limit && toks[j].text === ',' && j > k + 1 ? j + 1 : k;
}

/** A common-noun subject: "The Republican nominee", "Small groups of protesters", "a narrator in the ad". */
function nounSubject(toks: Token[], k: number, limit: number): number {
  const s = k;
  if (WH_WORDS.has(toks[k].lower)) return -1; // "how he's manipulating …" is not a subject

  k++;
  while (k < limit && k - s < 9 && isWord(toks[k]) && !VERB_GROUP.has(toks[k].lower) && !looksVerb(toks[k], toks[k + 1])) {
    const w = toks[k].lower;
    if (w === 'that' || w === 'which' || w === 'who' || w === 'this' || w === 'these' || w === 'those' || w === 'it') return -1;
    k++;
    if (toks[k]?.kind === 's') k++; // "the Trump campaign's website"
  }
  // "Another critic, Laurence H. Tribe, likened …"
  return k - s >= 2 ? skipAppositive(toks, k, limit) : -1;
}

/** First token of the subject, after openers ("But", "At Monday’s debate,", "Twenty-two years ago,"), or -1. */
function subjectStart(toks: Token[], k: number, limit: number): number {
  for (let round = 0; round < 3 && k < limit; round++) {
    const t = toks[k];
    if (!isWord(t)) return -1;
    if (LEAD_WORDS.has(t.lower)) {
      k++;
      if (toks[k]?.text === ',') k++;
      continue;
    }
    // "With Democratic leaders worried about …,", "Speaking to reporters,", "Asked about the deal,"
    const participle = t.cap && round === 0 && (t.lower.endsWith('ing') || t.lower.endsWith('ed')) && t.lower.length > 5;
    if (LEAD_PHRASE.has(t.lower) || NUMBER_WORD.test(t.lower) || participle || (t.lower.endsWith('ly') && toks[k + 1]?.text === ',')) {
      let j = k + 1;
      while (j < limit && j - k < MAX_LEAD && toks[j].text !== ',') j++;
      if (j >= limit || toks[j].text !== ',') return -1;
      k = j + 1;
      if (toks[k] && CLOSERS.has(toks[k].text)) k++; // On “Face the Nation,” Sen. Bernie Sanders …
      continue;
    }
    return k;
  }
  return -1;
}

/** The first token of the subject the last subjectAt or afterQuoteSubject found: they return its
 *  end, a number, and this one beside it (a pair in an array was an allocation per sentence looked at). */
let subjectFirst = 0;

/** The subject phrase of a sentence starting at token ss, when a verb follows it before `limit`:
 *  the token index after it (its first in subjectFirst), or -1. */
function subjectAt(toks: Token[], ss: number, limit: number, mask: Uint8Array | null, lead = true): number {
  const k = lead ? subjectStart(toks, ss, limit) : ss;
  if (k < 0 || k >= limit || (mask && mask[k])) return -1;
  const first = toks[k];
  if (!isWord(first) || first.lower.endsWith("n't") || first.lower.endsWith('n’t')) return -1; // "Don't worry"
  let npEnd: number;
  if (SUBJECT_PRONOUNS.has(first.lower)) npEnd = k + 1;
  else if (first.cap && (first.flags & F_STOP_CAPS) === 0 && !DETERMINERS.has(first.lower)) npEnd = namedSubject(toks, k, limit);
  else if (DETERMINERS.has(first.lower) || !first.cap) npEnd = nounSubject(toks, k, limit);
  else return -1;
  if (npEnd < 0 || npEnd >= limit) return -1;
  subjectFirst = k;
  return npEnd;
}

// trimmedNp's result, one span reused by every call: callers copy it into their cue (or read it)
// at once.
const npSpan: Span = { start: 0, end: 0 };

/** The phrase of tokens [k, npEnd) without trailing punctuation, as offsets: a reused span, valid
 *  until the next call. */
function trimmedNp(toks: Token[], k: number, npEnd: number): Span {
  let e = npEnd - 1;
  while (e > k && (toks[e].text === ',' || toks[e].kind === 'p') && toks[e].text !== ')') e--;
  npSpan.start = toks[k].start;
  npSpan.end = toks[e].end;
  return npSpan;
}

/** The subject of the sentence starting at token ss, for a participle cue at token v ("X did Y, saying …";
 *  "“…,” Blige sings to Clinton before asking her, “…”"): a reused span (trimmedNp), or null. */
export function sentenceSubject(toks: Token[], ss: number, v: number): Span | null {
  if (OPENERS.has(toks[ss]?.text)) {
    let k = ss + 1;
    while (k < v && k - ss < 200 && !CLOSERS.has(toks[k].text)) k++;
    if (k >= v || !CLOSERS.has(toks[k].text)) return null;
    const npEnd = afterQuoteSubject(toks, k + 1, v);
    return npEnd >= 0 ? trimmedNp(toks, subjectFirst, npEnd) : null;
  }
  const npEnd = subjectAt(toks, ss, v, null);
  return npEnd >= 0 ? trimmedNp(toks, subjectFirst, npEnd) : null;
}

/** A name or pronoun right after a closing quote and its comma: "“…,” Blige sings". The token
 *  index after it (its first in subjectFirst), or -1. */
function afterQuoteSubject(toks: Token[], k: number, limit: number): number {
  if (toks[k]?.text === ',') k++;
  const first = toks[k];
  if (k >= limit || !isWord(first)) return -1;
  subjectFirst = k;
  if (SUBJECT_PRONOUNS.has(first.lower) && first.lower !== 'it') return k + 1;
  if (!first.cap || (first.flags & F_STOP_CAPS) !== 0) return -1;
  const e = namedSubject(toks, k, limit);
  return e > k ? e : -1;
}

/** “…,” Blige sings to Clinton: a name and a verb that is not a speech cue right after the quote. */
function trailingSubject(toks: Token[], after: number): LocalCue | null {
  const limit = Math.min(toks.length, after + MAX_SUBJECT + 2);
  const npEnd = afterQuoteSubject(toks, after, limit);
  if (npEnd < 0) return null;
  const npFirst = subjectFirst;
  const verb = toks[npEnd];
  if (!isWord(verb) || verb.cap || FUNCTION_WORDS.has(verb.lower) || VERB_GROUP.has(verb.lower) || !looksVerb(verb, toks[npEnd + 1])) return null;
  return cueOf(verb.start, verb.end, trimmedNp(toks, npFirst, npEnd));
}

/** The subject and verb of the quote's sentence, when the quote follows them. */
// sentenceStart(sb, k) of attribution.ts, not imported: attribution.ts imports this module
function sentenceStart(sb: Sentences, k: number): number {
  return sb.first[lastAtOrBefore(sb.first, sb.count, k)];
}

function subjectCue(toks: Token[], qTok: number, sb: Sentences, mask: Uint8Array): LocalCue | null {
  if (qTok >= toks.length) return null;
  const ss = sentenceStart(sb, qTok);
  return clauseSubject(toks, qTok, ss, mask) ?? (mask[ss] ? null : subjectVerb(toks, ss, qTok, mask));
}

/** A quote opening a sentence: the subject of the sentence before it, in the same paragraph
 *  ("Sen. Bernie Sanders identified young voters’ exhaustion … “The younger people are …”"). */
function introCue(toks: Token[], qTok: number, sb: Sentences, mask: Uint8Array): LocalCue | null {
  if (qTok >= toks.length || sentenceStart(sb, qTok) !== qTok || qTok === 0) return null;
  const prev = sentenceStart(sb, qTok - 1);
  if (mask[prev]) return null;
  for (let k = prev; k < qTok; k++) if (mask[k]) return null; // a quote in between has its own speaker
  return subjectVerb(toks, prev, qTok, mask);
}

/** Of the clause openers (CLAUSE_OPENERS in attribution-words.ts, the flag F_CLAUSE_OPENER), the ones that need a comma before them to open a clause ("and", "but"). */
const COORDINATORS = new Set(['and', 'but']);
const MAX_CLAUSE_SCAN = 60;

/** Does token b open a clause ("…, but Kevin was …", "as Trump went on")? */
function opensClause(toks: Token[], b: number): boolean {
  const t = toks[b];
  if (!isWord(t) || t.cap || (t.flags & F_CLAUSE_OPENER) === 0) return false; // the flag is CLAUSE_OPENERS.has(t.lower)
  return !COORDINATORS.has(t.lower) || toks[b - 1]?.text === ',';
}

/** The subject and verb of the clause holding the quote, when a clause opener lies between the
 *  sentence start and the quote: "…, and as Trump went on about “how the system is rigged,”". */
export function clauseSubject(toks: Token[], qTok: number, floor: number, mask: Uint8Array): LocalCue | null {
  for (let b = qTok - 1; b > floor && qTok - b < MAX_CLAUSE_SCAN; b--) {
    if (mask[b] || !opensClause(toks, b)) continue;
    return subjectVerb(toks, b + 1, qTok, mask, false);
  }
  return null;
}

function subjectVerb(toks: Token[], ss: number, qTok: number, mask: Uint8Array, lead = true): LocalCue | null {
  const npEnd = subjectAt(toks, ss, qTok, mask, lead);
  if (npEnd < 0) return null;
  const k = subjectFirst;
  const first = toks[k];
  // the verb group: auxiliaries and adverbs, then a main verb
  let v = npEnd;
  let be = false;
  let aux = false;
  while (v < qTok && v - npEnd < MAX_VERB_GROUP && isWord(toks[v]) && !toks[v].cap && (VERB_GROUP.has(toks[v].lower) || (toks[v].lower.endsWith('ly') && toks[v].lower.length > 3))) {
    if (BE.has(toks[v].lower)) be = true;
    if (VERB_GROUP.has(toks[v].lower)) aux = true;
    v++;
  }
  // "He’s claiming": the contraction is the possessive-looking token
  if (toks[v]?.kind === 's' && isWord(toks[v + 1]) && toks[v + 1].lower.endsWith('ing')) {
    be = true;
    aux = true;
    v++;
  }
  const verb = toks[v];
  if (v >= qTok || !isWord(verb) || verb.cap) return null;
  const w = verb.lower;
  // after a name or a pronoun, the next plain word is the verb ("Obama and Clinton call them …")
  const named = (first.cap && !DETERMINERS.has(first.lower)) || SUBJECT_PRONOUNS.has(first.lower);
  const verbLike = looksVerb(verb, toks[v + 1]) || (aux && !be && !VERB_GROUP.has(w)) || (named && v === npEnd && !FUNCTION_WORDS.has(w));
  if (!verbLike) return null;
  if (be && !w.endsWith('ing')) return null; // "is a “con artist”", "was written by …": not the subject's words
  if (qTok - v > MAX_REACH) return null;
  const cueStart = toks[npEnd].start <= verb.start && npEnd < v ? toks[npEnd].start : verb.start;
  return cueOf(cueStart, verb.end, trimmedNp(toks, k, npEnd));
}

/** Participles of saying and writing: "was written by", "was coined by" (not "was praised by"). */
const PARTICIPLES = new Set(['written', 'sung', 'spoken', 'said', 'coined', 'penned', 'composed', 'uttered', 'tweeted', 'posted', 'authored', 'recorded', 'performed', 'delivered', 'voiced', 'shouted', 'chanted']);

/** “American Skin” was written by Springsteen: the agent of a passive right after a quote that opens its sentence. */
function passiveAgent(toks: Token[], after: number): LocalCue | null {
  let k = after;
  if (!isWord(toks[k]) || !BE.has(toks[k].lower)) return null;
  k++;
  if (isWord(toks[k]) && toks[k].lower.endsWith('ly')) k++;
  const part = toks[k];
  if (!isWord(part) || part.cap || !PARTICIPLES.has(part.lower)) return null;
  if (toks[k + 1]?.lower !== 'by') return null;
  const npEnd = afterQuoteSubject(toks, k + 2, Math.min(toks.length, k + 2 + MAX_SUBJECT));
  if (npEnd < 0 || SUBJECT_PRONOUNS.has(toks[subjectFirst].lower)) return null;
  return cueOf(toks[after].start, toks[k + 1].end, trimmedNp(toks, subjectFirst, npEnd));
}

export interface ContextCues {
  /** cues that name the speaker as plainly as a speech verb (dash byline, transcript): method explicit */
  explicit: (LocalCue | null)[];
  /** the sentence's subject and its (non-speech) verb: method subject */
  subject: (LocalCue | null)[];
  /** for a quote opening a sentence: the previous sentence's subject (weaker than a previous quote's speaker) */
  intro: (LocalCue | null)[];
}

/** For each quote without a cue, a dash byline, a transcript speaker, or its sentence's subject. */
const NO_CUES: ContextCues = Object.freeze({ explicit: [], subject: [], intro: [] }) as unknown as ContextCues;

// Most quotes have a speech cue, or no context cue either: the three result arrays are then all
// null. One frozen all-null array per length stands for them (read, never changed, by the caller),
// instead of three new arrays for every paragraph with a quote.
const NULLS: (LocalCue | null)[][] = [];

function nulls(n: number): (LocalCue | null)[] {
  const cached = NULLS[n];
  if (cached !== undefined) return cached;
  const xs = Object.freeze(new Array<LocalCue | null>(n).fill(null)) as (LocalCue | null)[];
  if (n <= 64) NULLS[n] = xs;
  return xs;
}

/** xs, or a writable copy of it when it is the shared all-null array `none` (an identity test:
 *  Object.isFrozen was a runtime call). The copy is built, not sliced: slice of a frozen array
 *  takes V8's slow path (about ten times the cost of a plain array's). */
function writable(xs: (LocalCue | null)[], none: (LocalCue | null)[]): (LocalCue | null)[] {
  if (xs !== none) return xs;
  const n = none.length;
  const out: (LocalCue | null)[] = [];
  for (let i = 0; i < n; i++) out.push(null);
  return out;
}

export function findContextCues(p: string, toks: Token[], quotes: LocalQuote[], cues: (LocalCue | null)[], mask: Uint8Array, sb: Sentences): ContextCues {
  if (quotes.length === 0) return NO_CUES; // most paragraphs: no arrays at all
  const none = nulls(quotes.length);
  let explicit = none;
  let subject = none;
  let intro = none;
  for (let qi = 0; qi < quotes.length; qi++) {
    if (cues[qi]) continue; // most quotes: found by findQuoteCues
    const q = quotes[qi];
    const ti = firstStartingAt(toks, q.start); // the opening mark
    const after = firstStartingAt(toks, q.end);
    const found = (!q.open && dashByline(toks, after)) || transcriptSpeaker(p, toks, ti, q);
    if (found) {
      explicit = writable(explicit, none);
      explicit[qi] = found;
      continue;
    }
    const sc = subjectCue(toks, ti, sb, mask) ?? (q.open ? null : toks[after - 2]?.text === ',' ? trailingSubject(toks, after) : passiveAgent(toks, after));
    if (sc) {
      subject = writable(subject, none);
      subject[qi] = sc;
    } else if (!q.partial) {
      const ic = introCue(toks, ti, sb, mask);
      if (ic) {
        intro = writable(intro, none);
        intro[qi] = ic;
      }
    }
  }
  return { explicit, subject, intro };
}
