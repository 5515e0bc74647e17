// Entity candidates in one paragraph, found by rules over capitalised runs: a title prefix makes a
// person ("US Secretary of State Antony Blinken"), gazetteers name places and organisations, a name
// ending in "Agency"/"Initiative" is an organisation, "South Korea’s defence ministry" is a
// descriptive organisation that "the ministry" later refers to. Linking across paragraphs
// (surnames, canonical names, ids) happens in resolve-entities.ts.

import type { EntityType } from './types';
import type { Token } from './tokens';
import * as gazetteerPlaces from './gazetteer-places';
import * as gazetteerOrgs from './gazetteer-orgs';
import * as gazetteerWords from './gazetteer-words';
import * as wordFlags from './word-flags';
import { isGivenName } from './gender';
import { ALIASES_BY_FIRST, type AliasMatch } from './entities-aliases';
import { internSpan } from './entities-intern';
import { isDigit } from './char-codes';
import { F_FIG_LOOK } from './figures-candidates';

// Local copies of imported tables: unbundled (tsx, CommonJS) module bindings are property getters,
// which cost measurably in per-token loops.
const { PLACE_ALIASES } = gazetteerPlaces;
const { ORG_ALIASES } = gazetteerOrgs;
const { HONORIFICS, ROLE_NOUNS, CUE_VERBS, GEO_FIRST, CLUB_FIRST, STORM_FIRST, GEO_PREFIXES, GEO_HEADS } = gazetteerWords;
// Bit tests on Token.flags stand for the hot Set lookups (word-flags.ts): same lists, one test.
// A token's own fields (kind, flags, start, end) are tested before its strings: the paragraph's
// tokens are in cache, but a word's string (shared through the tokenizer's cache) often is not, and
// comparing a string, even to a constant it does not equal, reads it.
const { CONNECTORS, DETERMINERS, aliasFirstWords, F_DETERMINER, F_ORG_COMMON_HEAD, F_CUE_VERB, F_STOP_CAPS, F_DEMONYM, F_TITLE, F_TITLE_HEAD, F_PLACE_ALIAS, F_ORG_ALIAS, F_CONNECTOR, F_ORG_HEAD, F_ROLE_NOUN, F_RUN_FIRST, F_NON_PERSON_HEAD, F_LOOSE_JOIN, F_COMMON_WORD } = wordFlags;

/** A paragraph's entity candidates in one flat array, CAND_SIZE slots each, instead of an object
 *  per candidate: a 1 MB text has ~15,000, all kept until the article is assembled, and objects
 *  cost twice the memory (that the garbage collector copies) and are scattered when read back. */
export type EntityCandidates = (number | string | undefined)[];
export const CAND_SIZE = 8;
/** Slots: start and end (paragraph offsets); a code (type | kind | WEAK); the text; the gazetteer
 *  canonical name or the name itself; the role; for descriptive organisations the head noun
 *  ("ministry") and its modifier ("defence"). */
export const C_START = 0;
export const C_END = 1;
export const C_CODE = 2;
export const C_TEXT = 3;
export const C_CANONICAL = 4;
export const C_ROLE = 5;
export const C_HEAD = 6;
export const C_MODIFIER = 7;
/** Type bits of the code; 0: a lone capitalised word, typed when linked to a known name. */
export const T_PERSON = 1;
export const T_ORG = 2;
export const T_PLACE = 3;
export const TYPE_MASK = 3;
export const TYPE_NAMES: readonly (EntityType | null)[] = [null, 'person', 'organization', 'place'];
/** Kind bits: a full name, one word, a descriptive organisation, "the ministry". */
export const K_NAME = 0;
export const K_SINGLE = 4;
export const K_DESC = 8;
export const K_REF = 12;
export const KIND_MASK = 12;
/** A guess from context ("in Sukkur"): dropped if the word names a person elsewhere. */
export const WEAK = 16;

function typeCode(type: EntityType): number {
  return type === 'person' ? T_PERSON : type === 'organization' ? T_ORG : T_PLACE;
}

/** The candidates of the paragraph being read, in one buffer reused across paragraphs and copied
 *  out at their exact number: an array grown by push keeps spare room, and the garbage collector
 *  copies that room with every paragraph's candidates (like Collector, with a record per push).
 *  With a sink (startInto), they go straight to the sink's array instead, in text offsets. */
class Found {
  private readonly own: EntityCandidates = [];
  /** `own`, or the sink's array */
  private buf: EntityCandidates = this.own;
  /** the paragraph's first slot in buf, the slot after its last, and its start in the text */
  private from = 0;
  private n = 0;
  private base = 0;

  /** Forget candidates left by a call that threw before its take; the next go to `own`. */
  reset(): void {
    this.buf = this.own;
    this.from = 0;
    this.n = 0;
    this.base = 0;
  }

  /** The next candidates go after the sink's, in text offsets (finishInto tells the sink). */
  startInto(sink: CandidateSink): void {
    this.buf = sink.cands;
    this.from = sink.slots;
    this.n = sink.slots;
    this.base = sink.base;
  }

  /** Every slot set (undefined: none); within the buffer's length, plain stores. */
  push(start: number, end: number, text: string, code: number, canonical: string, role?: string, head?: string, modifier?: string): void {
    const b = this.buf;
    const i = this.n;
    b[i + C_START] = start + this.base;
    b[i + C_END] = end + this.base;
    b[i + C_CODE] = code;
    b[i + C_TEXT] = text;
    b[i + C_CANONICAL] = canonical;
    b[i + C_ROLE] = role;
    b[i + C_HEAD] = head;
    b[i + C_MODIFIER] = modifier;
    this.n = i + CAND_SIZE;
  }

  /** Sorts the candidates pushed since the last take into text order (the assembler relies on it). */
  sort(): void {
    sortBySpan(this.buf, this.from, this.n);
  }

  /** The sink holds the candidates pushed since startInto; the next go to `own`. */
  finishInto(sink: CandidateSink): void {
    sink.slots = this.n;
    this.reset();
  }

  /** Drops the candidates pushed since startInto (a paragraph that threw): the sink's array must
   *  not keep the document's strings alive past its slots (the assembler clears only those). */
  dropInto(): void {
    const b = this.buf;
    for (let i = this.from; i < this.n; i++) b[i] = undefined;
    this.reset();
  }

  /** The candidates pushed since the last take, as a new array; then empty again. */
  take(): EntityCandidates {
    const n = this.n;
    if (n === 0) return NONE;
    const out = this.buf.slice(0, n);
    this.empty();
    return out;
  }

  /** Empty again. The buffer must not keep an old paragraph's strings (slices of the document)
   *  alive (a loop: fill is a call into the runtime, costly for the ~20 slots of a paragraph). */
  private empty(): void {
    const b = this.buf;
    for (let i = 0; i < this.n; i++) b[i] = undefined;
    this.n = 0;
  }
}

const found = new Found();
/** The result with no candidates, shared (the callers read results, never change them). */
const NONE: EntityCandidates = Object.freeze([]) as unknown as EntityCandidates;

/** A name guessed from context ("in Sukkur", "the Sejm"): dropped if the word names a person elsewhere. */
function weakName(out: Found, start: number, end: number, text: string, type: number): void {
  out.push(start, end, text, type | K_NAME | WEAK, text);
}

const MAX_ALIAS_TOKENS = 6;
const NOT_MODIFIERS = new Set(['and', 'but', 'with', 'by', 'to', 'in', 'on', 'at', 'from', 'as', 'has', 'had', 'have', 'was', 'is', 'were', 'are', 'who', 'which', 'that', 'said']);
const ARTICLES = new Set(['a', 'an', 'the']);
const ROLE_STOPS = new Set(['and', 'who', 'of', 'at', 'for', 'in', 'with', 'said', 'says']);
const ORG_NOUNS = new Set(['union', 'party', 'group', 'company', 'firm', 'network', 'newspaper', 'channel', 'broadcaster', 'agency', 'ministry', 'bank', 'airline', 'carrier', 'militia', 'coalition', 'alliance', 'club', 'team', 'court', 'committee', 'council', 'watchdog', 'regulator', 'website', 'daily', 'tabloid', 'magazine']);
const CREDIT_WORDS = new Set(['source', 'credit', 'credits', 'photo', 'photograph', 'image', 'via', 'courtesy', 'copyright']);
const PLACE_NOUNS = new Set(['province', 'region', 'district', 'county', 'oblast', 'prefecture', 'governorate', 'village', 'town', 'city', 'neighborhood', 'neighbourhood', 'suburb', 'port', 'state', 'country', 'island', 'capital']);
/** "outside Sukkur", "in Sukkur": a lone unknown name after these is taken as a place unless it names a person. */
const PLACE_PREPOSITIONS = new Set(['in', 'outside', 'near']);
/** Before a multi-word name: "in Coyuca de Benítez", "from San Cristóbal", "between Cúcuta and …". */
const PLACE_PREPOSITIONS_WIDE = new Set([...PLACE_PREPOSITIONS, 'from', 'between', 'across', 'towards', 'toward', 'around', 'to']);
const MAX_RUN = 12;
/** First parts of hyphenated place names: "Port-Cartier", "Baie-Comeau", "Côte-Nord", "Sept-Îles". */
const HYPHEN_GEO_FIRST = new Set(['Port', 'Baie', 'Côte', 'Saint', 'Sainte', 'Sept', 'Trois', 'Val', 'Mont', 'Pointe', 'Rivière', 'Île', 'Îles', 'Fort', 'Lac', 'Cap', 'Bois', 'Villa', 'Castel', 'Castell', 'Santa', 'San', 'Bad', 'Neu']);

function isUpperCode(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7) || c === 0x0152 || c === 0x0141;
}

/** Nationality adjectives the demonym list lacks ("the Portuguese club"): not a name after "the". */
const ADJECTIVE_ENDING = /(?:ese|ian|ish|ean|ic|an|i)$/;
/** Acronyms that name no organisation: roles, units, currencies, diseases. */
const ACRONYM_STOP = new Set(['ALS', 'MS', 'COPD', 'ADHD', 'PTSD', 'SARS', 'MERS', 'HPV', 'TB', 'CEO', 'CFO', 'COO', 'CTO', 'GDP', 'AI', 'TV', 'PM', 'AM', 'VAT', 'IPO', 'ETF', 'LNG', 'EV', 'UAV', 'DNA', 'HIV', 'AIDS', 'COVID', 'OK', 'USD', 'EUR', 'GBP', 'MP', 'MPs', 'DJ', 'PR', 'ID', 'IT', 'CCTV', 'SUV', 'VIP', 'PhD', 'NB', 'PS', 'RIP', 'FAQ', 'TBD', 'ET', 'PT', 'GMT', 'UTC', 'BC', 'AD', 'CE', 'KM', 'MPH', 'HQ', 'QB', 'MVP', 'ICU', 'ER', 'IV', 'II', 'III', 'VI', 'VII', 'VIII', 'IX', 'XI', 'XX']);

/** Possessors inside organisation names: "People’s Union", "Women’s Hospital". */
const GROUP_NOUNS = new Set(['People', 'Women', 'Workers', 'Children', 'Citizens', 'Veterans', 'Farmers', 'Teachers', 'Men', 'Nurses', 'Doctors', 'Attorney']);

/** Does the run [s, e) hold an organisation head followed by a particle or ending it ("Bureau of", "… Administration")? */
function namesOrganization(toks: Token[], s: number, e: number): boolean {
  for (let k = s + 1; k < e; k++) {
    if ((toks[k].flags & F_ORG_HEAD) === 0) continue;
    if (k === e - 1) return true;
    const nx = toks[k + 1];
    if (nx.kind === 'w' && ((nx.flags & (F_CONNECTOR | F_LOOSE_JOIN)) !== 0)) return true;
  }
  // a head first: "Organization for Security …", "University of Warsaw"
  return (toks[s].flags & F_ORG_HEAD) !== 0 && e - s >= 3 && toks[s + 1].kind === 'w' && (toks[s + 1].flags & F_CONNECTOR) !== 0;
}

/** text "of" or "the", with a bit test first ("of" is a connector, "the" a determiner): a string
 *  comparison is a builtin call, a bit test is one instruction */
function isOfOrThe(t: Token): boolean {
  const f = t.flags;
  return ((f & F_CONNECTOR) !== 0 && t.text === 'of') || ((f & F_DETERMINER) !== 0 && t.text === 'the');
}

function isCapWord(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'w' && t.cap;
}

function joinTokens(p: string, toks: Token[], from: number, to: number): string {
  // one token: its text is that slice already, and a string the tokenizer shares between the
  // word's occurrences (no new string; its hash, for the linking maps, is computed once)
  if (to - from === 1) return toks[from].text;
  // several: the string of the last name spelled by the same tokens (entities-intern.ts)
  return internSpan(p, toks, from, to);
}

function aliasKey(toks: Token[], from: number, to: number): string {
  let s = toks[from].text;
  for (let i = from + 1; i < to; i++) s += ' ' + toks[i].text;
  return s;
}

/** All capitals (and digits/&), at least two characters: "USAI", "G7" (no allocation, unlike toUpperCase). */
export function isAcronym(w: string): boolean {
  if (w.length < 2) return false;
  const c0 = w.charCodeAt(0);
  if (c0 < 65 || c0 > 90) return false;
  for (let i = 1; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (!((c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 38)) return false;
  }
  return true;
}

function hasDigit(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/** Every word of [s, e) in capitals, letters only ("SAN JOSE", "BRASÍLIA"). */
function allCapitals(toks: Token[], s: number, e: number): boolean {
  for (let k = s; k < e; k++) {
    const w = toks[k].text;
    if (toks[k].kind !== 'w' || w.length < 2 || w !== w.toUpperCase() || w === w.toLowerCase() || hasDigit(w)) return false;
  }
  return true;
}

function titleCase(text: string): string {
  return text.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase());
}

/** Is this a word that can be part of a personal name ("Jong-sup", "J.", "O’Brien")? */
function nameLike(t: Token): boolean {
  if (!t.cap || t.kind !== 'w') return false;
  if ((t.flags & (F_STOP_CAPS | F_DEMONYM | F_CUE_VERB)) !== 0) return false;
  // (an acronym never ends in a dot; a word with a digit has F_FIG_LOOK: most words are not read for one)
  if (t.text.length > 1 && isAcronym(t.text)) return false;
  return (t.flags & F_FIG_LOOK) === 0 || !hasDigit(t.text);
}

/** Does the candidate at slot k come after the span [start, end) (by start, then end)? */
function comesAfter(xs: EntityCandidates, k: number, start: number, end: number): boolean {
  const s = xs[k + C_START] as number;
  return s > start || (s === start && (xs[k + C_END] as number) > end);
}

/** Stable insertion sort of the candidates in slots [from, n) by span: they come out nearly in order
 *  (a few swaps within one run), so this is one pass in practice. */
function sortBySpan(xs: EntityCandidates, from: number, n: number): void {
  for (let i = from + CAND_SIZE; i < n; i += CAND_SIZE) {
    const start = xs[i + C_START] as number;
    const end = xs[i + C_END] as number;
    let j = i;
    while (j > from && comesAfter(xs, j - CAND_SIZE, start, end)) j -= CAND_SIZE;
    if (j === i) continue;
    const moved = xs.slice(i, i + CAND_SIZE);
    xs.copyWithin(j + CAND_SIZE, j, i);
    for (let f = 0; f < CAND_SIZE; f++) xs[j + f] = moved[f];
  }
}

export function findEntityCandidates(p: string, toks: Token[]): EntityCandidates {
  found.reset();
  scan(p, toks);
  found.sort();
  return found.take();
}

/** Where a full analysis of a long text collects every paragraph's candidates, in text offsets:
 *  one array, written straight from the finder's buffer (no array per paragraph). */
export interface CandidateSink {
  cands: EntityCandidates;
  /** slots in use */
  slots: number;
  /** the paragraph's start in the text */
  base: number;
}

/** findEntityCandidates, with the candidates appended to `sink` instead of returned (written there
 *  as they are found: a copy from a buffer of their own cost as much as a fifth of finding them). */
export function findEntityCandidatesInto(p: string, toks: Token[], sink: CandidateSink): void {
  found.startInto(sink);
  try {
    scan(p, toks);
    found.sort();
  } catch (e) {
    found.dropInto();
    throw e;
  }
  found.finishInto(sink);
}

/** The paragraph's candidates, pushed to `found` in the order they are found. */
function scan(p: string, toks: Token[]): void {
  const out = found;
  const n = toks.length;
  let i = 0;
  while (i < n) {
    const t = toks[i];
    // (t.cap first: it fails for most tokens, and is one load)
    if (t.cap && t.kind === 'w' && !((t.flags & F_DETERMINER) !== 0 && t.text === 'The' && toks[i + 1]?.kind === 'w' && !toks[i + 1].cap)) {
      let j = i + 1;
      let loose = -1; // first "and"/"in"/possessive join: kept only if the run names an organisation
      while (j < n && j - i < MAX_RUN) {
        const w = toks[j];
        if (w.cap && w.kind === 'w') {
          j++;
          continue;
        }
        // a join needs a capitalised word after it (except "of the"): one test before the word lists
        const nx = toks[j + 1];
        if (isCapWord(nx)) {
          if (w.kind === 'w' && (w.flags & F_CONNECTOR) !== 0 && (nx.flags & F_DEMONYM) === 0) j += 2;
          else if ((w.flags & F_LOOSE_JOIN) !== 0 && (nx.flags & F_STOP_CAPS) === 0) {
            if (loose < 0) loose = j;
            j += 2;
          } else if (w.kind === 's' && GROUP_NOUNS.has(toks[j - 1].text)) {
            if (loose < 0) loose = j;
            j += 2;
          } else break;
        } else if ((w.flags & F_CONNECTOR) !== 0 && w.text === 'of' && nx?.text === 'the' && isCapWord(toks[j + 2])) j += 3;
        else break;
      }
      // "Occupational Safety and Health Administration", "Organization for Security and Co-operation in Europe",
      // "People’s Union" are one name; "Trump and Clinton", "Paris in June" are not
      while (loose >= 0 && !namesOrganization(toks, i, j)) {
        j = loose;
        loose = -1;
        for (let k = i + 1; k < j; k++) {
          if (toks[k].kind === 's' || ((toks[k].flags & F_LOOSE_JOIN) !== 0 && toks[k].kind === 'w')) {
            loose = k;
            break;
          }
        }
      }
      processRun(p, toks, i, j, out);
      i = j;
      continue;
    }
    // "the ministry", "the country’s defence ministry", "the defence ministry"
    // (only "the" makes one: the other determiners are not looked past)
    // (a span of three first: most determiners, "a", "this", are told apart without comparing strings)
    if ((t.flags & F_DETERMINER) !== 0 && t.end - t.start === 3 && t.kind === 'w' && t.lower === 'the') {
      let k = i + 1;
      if (toks[k + 1]?.kind === 's' && toks[k].lower === 'country') k += 2;
      let modifier: string | undefined;
      if (toks[k] && toks[k].kind === 'w' && !toks[k].cap && (toks[k].flags & F_ORG_COMMON_HEAD) === 0 && toks[k + 1] && (toks[k + 1].flags & F_ORG_COMMON_HEAD) !== 0) {
        modifier = toks[k].lower;
        k++;
      }
      const h = toks[k];
      if (h && h.kind === 'w' && !h.cap && (h.flags & F_ORG_COMMON_HEAD) !== 0) {
        out.push(t.start, h.end, p.slice(t.start, h.end), T_ORG | K_REF, '', undefined, h.lower, modifier);
        i = k + 1;
        continue;
      }
    }
    i++;
  }
}

function pushAliasMatch(p: string, toks: Token[], s: number, e: number, canonical: string, type: number, out: Found): void {
  out.push(toks[s].start, toks[e - 1].end, joinTokens(p, toks, s, e), type | K_NAME, canonical);
  // "Ukraine Security Assistance Initiative (USAI)": the acronym is an alias
  if (toks[e]?.kind === 'p' && toks[e].text === '(' && toks[e + 2]?.text === ')' && (/^[A-Z][A-Z0-9&.]+$/.test(toks[e + 1]?.text ?? '') || (type === T_ORG && e - s >= 2 && /^[A-Z][a-z]{2,11}$/.test(toks[e + 1]?.text ?? '')))) {
    const a = toks[e + 1];
    out.push(a.start, a.end, a.text, type | K_NAME, canonical);
  }
  // "South Korea’s defence ministry": a descriptive organisation owned by a place
  if (type === T_PLACE && toks[e]?.kind === 's') {
    let k = e + 1;
    let modifier: string | undefined;
    if (toks[k] && toks[k].kind === 'w' && !toks[k].cap && toks[k + 1] && (toks[k + 1].flags & F_ORG_COMMON_HEAD) !== 0 && (toks[k].flags & F_ORG_COMMON_HEAD) === 0) {
      modifier = toks[k].lower;
      k++;
    }
    const h = toks[k];
    if (h && h.kind === 'w' && !h.cap && (h.flags & F_ORG_COMMON_HEAD) !== 0) {
      const text = p.slice(toks[s].start, h.end);
      out.push(toks[s].start, h.end, text, T_ORG | K_DESC, text, undefined, h.lower, modifier);
    }
  }
}

/** All capitals (A-Z only): a word that may start a shouted dateline key. */
function isShout(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c < 65 || c > 90) return false;
  }
  return true;
}

/** Longest gazetteer alias starting at s (within [s, e)), or null. The match of a word list is one
 *  of the shared entries of ALIASES_BY_FIRST (no allocation); a shouted key makes a new one. */
function aliasAt(toks: Token[], s: number, e: number): AliasMatch | null {
  const first = toks[s].text;
  const maxWords = aliasFirstWords(toks[s].flags);
  // no alias starts with the word, and it is too short for a shouted key ("He", "The", "US"): the
  // common case, decided without looking at the word's characters
  if (maxWords === 0 && toks[s].end - toks[s].start <= 4) return null; // (the text's length)
  // Unless the first word shouts (and the key may be rewritten below), a key can only equal an
  // alias that starts with this word: compare word lists instead of joining keys to look up.
  if (!isShout(first)) {
    if (maxWords === 0) return null;
    const list = ALIASES_BY_FIRST.get(first);
    if (list === undefined) return null;
    const max = Math.min(e - s, maxWords);
    for (let a = 0; a < list.length; a++) {
      const words = list[a].words;
      if (words.length > max) continue;
      let i = 1; // words[0] is toks[s].text: the list is keyed by it
      while (i < words.length && words[i] === toks[s + i].text) i++;
      if (i === words.length) return list[a];
    }
    return null;
  }
  const maxLen = maxWords || (first.length > 4 && isAcronym(first) ? MAX_ALIAS_TOKENS : 0);
  for (let k = Math.min(e, s + maxLen); k > s; k--) {
    let key = aliasKey(toks, s, k);
    // datelines shout: "WASHINGTON -"
    // (all A-Z and spaces already means key === key.toUpperCase(): no upper-case copy to compare)
    if (key.length > 4 && /^[A-Z ]+$/.test(key)) key = key.toLowerCase().replace(/\b[a-z]/g, (c) => c.toUpperCase());
    const org = ORG_ALIASES.get(key);
    if (org !== undefined) return { n: k - s, canonical: org, type: 'organization' };
    const place = PLACE_ALIASES.get(key);
    if (place !== undefined) return { n: k - s, canonical: place, type: 'place' };
  }
  return null;
}

/** The role given by lower-case words before a name: "the country’s defence minister Lee Jong-sup". */
function roleBefore(toks: Token[], s: number, p: string): string | undefined {
  const prev = toks[s - 1];
  if (!prev || prev.kind !== 'w' || prev.cap || (prev.flags & F_ROLE_NOUN) === 0) return undefined;
  let k = s - 1;
  // up to two lower-case modifiers ("defence minister", "presidential nominee")
  while (k > s - 3 && k > 0 && toks[k - 1].kind === 'w' && !toks[k - 1].cap && !DETERMINERS.has(toks[k - 1].lower) && !CONNECTORS.has(toks[k - 1].lower) && !CUE_VERBS.has(toks[k - 1].lower) && /^[a-z-]+$/.test(toks[k - 1].text) && toks[k - 1].text.length > 2 && !NOT_MODIFIERS.has(toks[k - 1].lower)) k--;
  return p.slice(toks[k].start, prev.end);
}

function processRun(p: string, toks: Token[], s: number, e: number, out: Found): void {
  // the whole run may be a known name ("The Hague", "The Washington Post")
  const whole = e - s <= MAX_ALIAS_TOKENS ? aliasAt(toks, s, e) : null;
  const runStart = s;
  if (whole && s + whole.n === e) {
    // "the White House" is "White House"; "The Hague" keeps its article
    const from = toks[s].text === 'The' && !whole.canonical.startsWith('The ') && e - s > 1 ? s + 1 : s;
    pushAliasMatch(p, toks, from, e, whole.canonical, typeCode(whole.type), out);
    return;
  }
  while (s < e && (toks[s].flags & F_STOP_CAPS) !== 0) s++;
  if (s >= e) return;
  // aliasAt(toks, s, e), needed again below, is `whole` when no stop word was dropped (undefined: not known)
  const aliasAtStart = s === runStart && e - s <= MAX_ALIAS_TOKENS ? whole : undefined;

  // a title prefix makes the rest a person: "South Korean President Yoon Suk-yeol", "Treasury Secretary Janet Yellen"
  let h = s;
  while (h < e && h - s < 5 && (toks[h].flags & F_TITLE_HEAD) === 0 && ((toks[h].flags & (F_TITLE | F_DEMONYM | F_PLACE_ALIAS | F_ORG_ALIAS)) !== 0 || (toks[h].cap && (toks[h].flags & F_STOP_CAPS) === 0) || isOfOrThe(toks[h]))) h++;
  const sawTitle = h < e && (toks[h].flags & F_TITLE_HEAD) !== 0;
  let m = sawTitle ? h + 1 : s;
  while (sawTitle && m < e) {
    const w = toks[m];
    if ((w.flags & (F_TITLE | F_DEMONYM)) !== 0 || isOfOrThe(w) || ((w.flags & (F_PLACE_ALIAS | F_ORG_ALIAS)) !== 0 && toks[m - 1].text === 'of')) m++;
    else break;
  }
  if (sawTitle && m < e && m > s && nameLike(toks[m]) && (toks[m].flags & F_ORG_HEAD) === 0) {
    // places inside the role ("US" in "US Secretary of State")
    for (let k = s; k < m; k++) {
      const a = aliasAt(toks, k, m);
      if (a) {
        out.push(toks[k].start, toks[k + a.n - 1].end, joinTokens(p, toks, k, k + a.n), typeCode(a.type) | K_NAME, a.canonical);
        k += a.n - 1;
      }
    }
    let ne = m;
    while (ne < e && ne - m < 4 && nameLike(toks[ne])) ne++;
    let rs = s;
    while (rs < m && HONORIFICS.has(toks[rs].text)) rs++;
    const role = rs < m ? joinTokens(p, toks, rs, m) : undefined;
    const name = joinTokens(p, toks, m, ne);
    out.push(toks[m].start, toks[ne - 1].end, name, T_PERSON | (ne - m > 1 ? K_NAME : K_SINGLE), name, role);
    if (ne < e) processRun(p, toks, ne, e, out);
    return;
  }

  // a dateline shouts its place: "SAN JOSE, California —", "BRASÍLIA, Brazil —"
  // (allCapitals last of the cheap tests: it makes upper- and lower-case copies of the words)
  if (s === 0 && e - s <= 3 && (toks[e]?.text === ',' || toks[e]?.text === '(' || toks[e]?.text === '—' || toks[e]?.text === '–') && allCapitals(toks, s, e) && !(aliasAtStart !== undefined ? aliasAtStart : aliasAt(toks, s, e))) {
    const text = joinTokens(p, toks, s, e);
    out.push(toks[s].start, toks[e - 1].end, text, T_PLACE | K_NAME, titleCase(text));
    return;
  }
  // (F_RUN_FIRST: the first word is in one of the lists below)
  if (e - s >= 2 && (toks[s].flags & F_RUN_FIRST) !== 0) {
    if (STORM_FIRST.has(toks[s].text)) return;
    // "Lake Michigan" (not the state inside it), "Olympique Lyonnais"
    if ((GEO_FIRST.has(toks[s].text) || CLUB_FIRST.has(toks[s].text)) && toks[s + 1].kind === 'w') {
      const text = joinTokens(p, toks, s, e);
      out.push(toks[s].start, toks[e - 1].end, text, (GEO_FIRST.has(toks[s].text) ? T_PLACE : T_ORG) | K_NAME, text);
      return;
    }
    if (e - s >= 3 && GEO_PREFIXES.has(toks[s].text) && toks[s + 1].text === 'of') {
      const text = joinTokens(p, toks, s, e);
      out.push(toks[s].start, toks[e - 1].end, text, T_PLACE | K_NAME, text);
      return;
    }
  }
  // the run as a whole names an organisation ("Ukraine Security Assistance Initiative", "Federal Bureau of Investigation")
  if (e - s >= 2 && ((toks[e - 1].flags & F_ORG_HEAD) !== 0 || namesOrganization(toks, s, e))) {
    const os = s;
    const text = joinTokens(p, toks, os, e);
    pushAliasMatch(p, toks, os, e, ORG_ALIASES.get(text) ?? text, T_ORG, out);
    return;
  }

  // segment: gazetteer names, and unknown chunks between them
  // (no closure for flushing a chunk: processRun runs for every capitalised run)
  let k = s;
  let chunk = -1;
  while (k < e) {
    const a = k === s && aliasAtStart !== undefined ? aliasAtStart : aliasAt(toks, k, e);
    if (a) {
      if (chunk >= 0) classifyUnknown(p, toks, chunk, k, out);
      chunk = -1;
      pushAliasMatch(p, toks, k, k + a.n, a.canonical, typeCode(a.type), out);
      k += a.n;
    } else {
      if (chunk < 0) chunk = k;
      k++;
    }
  }
  if (chunk >= 0) classifyUnknown(p, toks, chunk, e, out);
}

function classifyUnknown(p: string, toks: Token[], s: number, e: number, out: Found): void {
  while (s < e && ((toks[s].flags & (F_STOP_CAPS | F_CONNECTOR)) !== 0 || ((toks[s].flags & F_DETERMINER) !== 0 && toks[s].text === 'the'))) s++;
  // demonyms lead organisation names ("National Coordination of Civil Protection", "Eastern Popular Front"), not people's
  const withDemonym = s;
  while (s < e && (toks[s].flags & F_DEMONYM) !== 0) s++;
  // a capitalised role noun starting a sentence: "Analyst Dmitry Volkov"
  let capRole: string | undefined;
  if (e - s >= 2 && (toks[s].flags & F_ROLE_NOUN) !== 0) {
    capRole = toks[s].text;
    s++;
  }
  while (e > s && ((toks[e - 1].flags & F_CONNECTOR) !== 0 || ((toks[e - 1].flags & F_DETERMINER) !== 0 && toks[e - 1].text === 'the'))) e--;
  if (s >= e) return;
  // NON_PERSON_HEADS (F_NON_PERSON_HEAD) holds GEO_HEADS
  if ((toks[e - 1].flags & F_NON_PERSON_HEAD) !== 0) {
    if (e - s >= 2 && GEO_HEADS.has(toks[e - 1].text)) {
      const name = joinTokens(p, toks, s, e);
      out.push(toks[s].start, toks[e - 1].end, name, T_PLACE | K_NAME, name);
    }
    return;
  }
  // (the text once a name is likely: "… Convention", "… Street" are not)
  const text = joinTokens(p, toks, s, e);
  // credit lines: "Source: Harbour Wire", "Image source: Pixabay"
  if (toks[s - 1]?.kind === 'p' && toks[s - 1].text === ':' && CREDIT_WORDS.has(toks[s - 2]?.lower ?? '')) {
    out.push(toks[s].start, toks[e - 1].end, text, T_ORG | K_NAME, text);
    return;
  }
  let allNames = true;
  let acronym = false;
  for (let k = s; k < e; k++) {
    if (!nameLike(toks[k]) && (toks[k].flags & F_CONNECTOR) === 0) allNames = false;
    if (isAcronym(toks[k].text)) acronym = true;
  }
  const next = toks[e];
  // "the FNV union", "APM Terminals": acronyms make organisations, not people
  if (acronym && (e - s > 1 || (next && next.kind === 'w' && ORG_NOUNS.has(next.lower)))) {
    if (e - s <= 5) out.push(toks[s].start, toks[e - 1].end, text, T_ORG | K_NAME, text);
    return;
  }
  if (acronym && e - s === 1) {
    // a dateline shouts its place: "HAMMOND, Ind. (Reuters) —"
    if (s === 0 && text.length >= 4 && (next?.text === ',' || next?.text === '(' || next?.text === '—' || next?.text === '–')) {
      const canonical = text[0] + text.slice(1).toLowerCase();
      out.push(toks[s].start, toks[s].end, text, T_PLACE | K_NAME, canonical);
      return;
    }
    // a lone acronym: the organisation that defined it ("… Initiative (USAI)"), else an organisation of its own
    if (!ACRONYM_STOP.has(text)) out.push(toks[s].start, toks[s].end, text, K_SINGLE, text);
    return;
  }
  // (after the acronym rules, which do not read it: finding a role slices and runs a pattern)
  const role = capRole ?? roleBefore(toks, s, p) ?? roleAfter(p, toks, e);
  // "Direction Nationale du Contrôle de Gestion (DNCG)": a name that defines an acronym is an organisation
  if (e - s >= 2 && !role && toks[e]?.kind === 'p' && toks[e].text === '(' && toks[e + 2]?.text === ')' && isAcronym(toks[e + 1]?.text ?? '')) {
    pushAliasMatch(p, toks, s, e, text, T_ORG, out);
    return;
  }
  // "Lake Michigan", "Mount Kenya"
  if (e - s >= 2 && (toks[s].flags & F_RUN_FIRST) !== 0 && GEO_FIRST.has(toks[s].text)) {
    out.push(toks[s].start, toks[e - 1].end, text, T_PLACE | K_NAME, text);
    return;
  }
  if (!allNames) return;
  // "Residents of Port-Cartier", "Officials of Ukraine": the name is after the particle
  if (e - s >= 3 && (toks[s].flags & F_COMMON_WORD) !== 0 && (toks[s + 1].flags & F_CONNECTOR) !== 0 && withDemonym === s) {
    processRun(p, toks, s + 2, e, out);
    return;
  }
  // a person's first word is a given name, rarely a common word: "Civic Renewal", "Premier League"
  if (e - s >= 2 && !role && (toks[s].flags & F_COMMON_WORD) !== 0 && !isGivenName(toks[s + 1].text)) {
    const os = withDemonym;
    const otext = joinTokens(p, toks, os, e);
    if (e - os <= 6) out.push(toks[os].start, toks[e - 1].end, otext, T_ORG | K_NAME, otext);
    return;
  }
  // "in Coyuca de Benítez", "from San Cristóbal": a name after a place preposition that is not a given name's
  const before = toks[withDemonym - 1];
  if (e - s >= 2 && !role && before && before.kind === 'w' && PLACE_PREPOSITIONS_WIDE.has(before.lower) && !isGivenName(toks[s].text) && !hasTitleBefore(toks, withDemonym)) {
    out.push(toks[s].start, toks[e - 1].end, text, T_PLACE | K_NAME, text);
    return;
  }
  if (e - s === 1) {
    const single = toks[s];
    if (single.text.length < 2) return;
    const prev = toks[s - 1];
    // "Port-Cartier", "Côte-Nord", "Saint-Denis": a hyphenated name that starts like a place
    const dash = single.text.indexOf('-');
    if (dash > 0 && HYPHEN_GEO_FIRST.has(single.text.slice(0, dash)) && isUpperCode(single.text.charCodeAt(dash + 1))) {
      out.push(single.start, single.end, text, T_PLACE | K_NAME, text);
      return;
    }
    // "the Basel-based company": the place is the part before "-based"
    if (dash > 0 && single.lower.endsWith('-based') && single.text.length > 7) {
      const name = single.text.slice(0, -6);
      weakName(out, single.start, single.start + name.length, name, T_PLACE);
      return;
    }
    // "Rivers that are usually shallow": a plural common noun opening a sentence, not Daniel Rivers
    if ((single.flags & F_COMMON_WORD) !== 0 && (prev === undefined || (prev.kind === 'p' && (prev.text === '.' || prev.text === '”' || prev.text === '"'))) && single.lower.endsWith('s') && (next?.lower === 'that' || next?.lower === 'which')) return;
    const apposedPlace = next?.kind === 'p' && next.text === ',' && ARTICLES.has(toks[s + 2]?.lower ?? '') && PLACE_NOUNS.has(toks[s + 3]?.lower ?? ''); // "Hammond, a city of …"
    if (!role && ((next && next.kind === 'w' && PLACE_NOUNS.has(next.lower)) || (prev && prev.kind === 'w' && PLACE_PREPOSITIONS.has(prev.lower)) || apposedPlace)) {
      weakName(out, single.start, single.end, text, T_PLACE);
      return;
    }
    // "analysts at Bernstein", "an economist with Nomura": the employer of a role is an organisation
    const before = toks[s - 2];
    if (!role && prev && (prev.lower === 'at' || prev.lower === 'with') && before && before.kind === 'w' && ((before.flags & F_ROLE_NOUN) !== 0 || ROLE_NOUNS.has(before.lower.replace(/s$/, '')))) {
      out.push(single.start, single.end, text, T_ORG | K_NAME, text);
      return;
    }
    // "the Sejm", "the Bundestag": people are not "the X"
    if (!role && prev && prev.lower === 'the' && !prev.cap && !(next && next.kind === 'w' && next.cap) && (single.flags & F_COMMON_WORD) === 0 && !ADJECTIVE_ENDING.test(single.text)) {
      weakName(out, single.start, single.end, text, T_ORG);
      return;
    }
    out.push(single.start, single.end, text, (role ? T_PERSON : 0) | K_SINGLE, text, role);
    return;
  }
  if (e - s > 4) return;
  out.push(toks[s].start, toks[e - 1].end, text, T_PERSON | K_NAME, text, role);
}

/** "told Senator …", "to President …": a title right before means a person, whatever the preposition. */
function hasTitleBefore(toks: Token[], s: number): boolean {
  const t = toks[s];
  return t !== undefined && (t.flags & (F_TITLE | F_TITLE_HEAD)) !== 0;
}

/** A role in an appositive after the name: "Marieke de Vries, a crane operator and union delegate". */
function roleAfter(p: string, toks: Token[], e: number): string | undefined {
  if (toks[e]?.kind !== 'p' || toks[e].text !== ',') return undefined;
  let k = e + 1;
  // ", the club’s sporting director", ", Castillo's lawyer", ", a crane operator", ", president of …"
  if (ARTICLES.has(toks[k]?.lower ?? '')) k++;
  // a possessor of up to three words before the role ("the National Urban League’s")
  for (let n = 1; n <= 3 && toks[k + n - 1]?.kind === 'w'; n++) {
    if (toks[k + n]?.kind === 's') {
      k += n + 1;
      break;
    }
  }
  // (a digit first before the pattern: a call into the regexp engine for every appositive otherwise)
  if (toks[k]?.kind === 'w' && isDigit(toks[k].lower.charCodeAt(0)) && /^\d+-year-old$/.test(toks[k].lower)) k++;
  const from = k;
  while (k < toks.length && k - from < 5 && toks[k].kind === 'w' && !toks[k].cap && !ROLE_STOPS.has(toks[k].lower)) k++;
  if (k === from) return undefined;
  const last = toks[k - 1];
  return (last.flags & F_ROLE_NOUN) !== 0 ? p.slice(toks[from].start, last.end) : undefined;
}
