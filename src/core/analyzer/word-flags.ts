// Which word lists a token belongs to, as bit flags computed once per distinct word (the tokenizer
// caches them with the word). The entity rules test several lists for every capitalised word; a
// bit test is much cheaper than a Set lookup on the token's string.
import * as gazetteerPlaces from './gazetteer-places';
import * as gazetteerOrgs from './gazetteer-orgs';
import * as gazetteerWords from './gazetteer-words';
import { AUX, CLAUSE_OPENERS, NOUN_LIKE, NP_BAD_END, NP_STOP, WALK_STOPS } from './attribution-words';
import { figureWordFlags } from './figures-candidates';
import { commonWords } from './gazetteer-common-words';

// Local copies: unbundled (tsx, CommonJS) module bindings are property getters.
const { PLACE_ALIASES } = gazetteerPlaces;
const { ORG_ALIASES, ORG_COMMON_HEADS, ORG_HEADS } = gazetteerOrgs;
const { TITLES, TITLE_HEADS, STOP_CAPS, DEMONYMS, CUE_VERBS, ROLE_NOUNS, WEAK_CUES, GEO_FIRST, CLUB_FIRST, STORM_FIRST, GEO_PREFIXES, NON_PERSON_HEADS, LOOSE_JOINS } = gazetteerWords;

/** Name particles inside a capitalised run ("Bank of Korea", "Ursula von der Leyen"). */
export const CONNECTORS = new Set(['of', 'for', 'de', 'du', 'la', 'al', 'bin', 'van', 'von', 'der', 'da', 'di', 'del', 'do', 'dos', 'das']);
export const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'this', 'that', 'these', 'those']);

/** first word of every gazetteer alias → the most words an alias starting with it has */
export const ALIAS_FIRST = new Map<string, number>();
for (const alias of [...PLACE_ALIASES.keys(), ...ORG_ALIASES.keys()]) {
  const words = alias.split(' ');
  ALIAS_FIRST.set(words[0], Math.max(ALIAS_FIRST.get(words[0]) ?? 0, words.length));
}

/** A gazetteer alias as its words (aliases are single-spaced, tokens never hold a space). */
export interface AliasWords {
  words: string[];
  canonical: string;
}

/** first word → the organisation aliases and the place aliases starting with it, as word lists:
 *  a run of tokens is matched word by word, without building its space-joined key. */
export const ORG_ALIAS_WORDS = new Map<string, AliasWords[]>();
export const PLACE_ALIAS_WORDS = new Map<string, AliasWords[]>();
for (const [aliases, byFirst] of [[ORG_ALIASES, ORG_ALIAS_WORDS], [PLACE_ALIASES, PLACE_ALIAS_WORDS]] as const) {
  for (const [alias, canonical] of aliases) {
    const words = alias.split(' ');
    const list = byFirst.get(words[0]);
    if (list) list.push({ words, canonical });
    else byFirst.set(words[0], [{ words, canonical }]);
  }
}

// by the lower-cased word
export const F_DETERMINER = 1 << 0;
export const F_ORG_COMMON_HEAD = 1 << 1;
export const F_CUE_VERB = 1 << 2;
// by the word as written
export const F_STOP_CAPS = 1 << 3;
export const F_DEMONYM = 1 << 4;
export const F_TITLE = 1 << 5;
export const F_TITLE_HEAD = 1 << 6;
export const F_PLACE_ALIAS = 1 << 7;
export const F_ORG_ALIAS = 1 << 8;
export const F_CONNECTOR = 1 << 9;
export const F_ORG_HEAD = 1 << 10; // as written
export const F_ROLE_NOUN = 1 << 11; // lower-cased
// bits 12–13: the figures finder's word classes (F_FIG_* in figures-candidates.ts); bit 14 is free
/** WALK_STOPS (attribution-words.ts), by the lower-cased word: where the sentence walk stops */
export const F_WALK_STOP = 1 << 15;
/** ALIAS_FIRST of the word, in bits 16–19 (0: no alias starts with it; the longest alias has 6 words) */
const ALIAS_SHIFT = 16;
if (Math.max(...ALIAS_FIRST.values()) > 15) throw new Error('a gazetteer alias has more than 15 words: widen the alias bits');
// by the lower-cased word, for the speaker-phrase rules (attribution-words.ts)
export const F_AUX = 1 << 20;
export const F_NP_STOP = 1 << 21;
export const F_NP_BAD_END = 1 << 22;
// by the word as written, for the entity rules (entities.ts): guards for their small word lists
/** GEO_FIRST, CLUB_FIRST, STORM_FIRST or GEO_PREFIXES: a run starting with it may be a place, a club, a storm */
export const F_RUN_FIRST = 1 << 23;
/** NON_PERSON_HEADS (which holds GEO_HEADS): a run ending with it names no person */
export const F_NON_PERSON_HEAD = 1 << 24;
/** LOOSE_JOINS ("and", "&", "in") */
export const F_LOOSE_JOIN = 1 << 25;
/** a common English adjective or noun, lower-cased (gazetteer-common-words.ts) */
export const F_COMMON_WORD = 1 << 26;
// bits 27–29, by the lower-cased word, for the attribution passes (attribution.ts, context-cues.ts).
// Never bit 30 or 31: with pointer compression (Electron, so VS Code) a small integer has 31 bits, and
// one token with such a bit would turn every token's flags field into a heap number.
/** a cue verb form whose lemma is a weak cue (CUE_VERBS form with WEAK_CUES.has(lemma)) */
export const F_WEAK_CUE = 1 << 27;
/** CLAUSE_OPENERS (attribution-words.ts) */
export const F_CLAUSE_OPENER = 1 << 28;
/** NOUN_LIKE (attribution-words.ts) */
export const F_NOUN_LIKE = 1 << 29;

export function aliasFirstWords(flags: number): number {
  return (flags >>> ALIAS_SHIFT) & 15;
}

/** Each listed word's flags, by the lower-cased word and by the word as written, in one map: the
 *  lists by the lower-cased word and those by the word as written use disjoint bits, so a key's
 *  entry is both lookups' flags together, and a word with no capital (text === lower: most words)
 *  needs one lookup, not two. wordFlags runs for every word the tokenizer has not cached (most
 *  words of a long, varied text once). Built once: the lists never change after loading. */
// the common words first, by the Map constructor: the largest list, and a mark() loop over it cost
// start-up time
const BY_WORD = new Map<string, number>(commonWords().map((w) => [w, F_COMMON_WORD]));
function mark(words: Iterable<string>, flag: number): void {
  for (const w of words) BY_WORD.set(w, (BY_WORD.get(w) ?? 0) | flag);
}
// by the lower-cased word
mark(DETERMINERS, F_DETERMINER);
mark(ORG_COMMON_HEADS, F_ORG_COMMON_HEAD);
mark(CUE_VERBS.keys(), F_CUE_VERB);
mark(ROLE_NOUNS, F_ROLE_NOUN);
mark(AUX, F_AUX);
mark(NP_STOP, F_NP_STOP);
mark(NP_BAD_END, F_NP_BAD_END);
for (const [form, lemma] of CUE_VERBS) if (WEAK_CUES.has(lemma)) mark([form], F_WEAK_CUE);
mark(CLAUSE_OPENERS, F_CLAUSE_OPENER);
mark(NOUN_LIKE, F_NOUN_LIKE);
mark(WALK_STOPS, F_WALK_STOP);
const BY_LOWER_BITS = F_COMMON_WORD | F_DETERMINER | F_ORG_COMMON_HEAD | F_CUE_VERB | F_ROLE_NOUN | F_AUX | F_NP_STOP | F_NP_BAD_END | F_WEAK_CUE | F_CLAUSE_OPENER | F_NOUN_LIKE | F_WALK_STOP;
// by the word as written
mark(STOP_CAPS, F_STOP_CAPS);
mark(DEMONYMS, F_DEMONYM);
mark(TITLES, F_TITLE);
mark(TITLE_HEADS, F_TITLE_HEAD);
mark(PLACE_ALIASES.keys(), F_PLACE_ALIAS);
mark(ORG_ALIASES.keys(), F_ORG_ALIAS);
mark(CONNECTORS, F_CONNECTOR);
mark(ORG_HEADS, F_ORG_HEAD);
mark(GEO_FIRST, F_RUN_FIRST);
mark(CLUB_FIRST, F_RUN_FIRST);
mark(STORM_FIRST, F_RUN_FIRST);
mark(GEO_PREFIXES, F_RUN_FIRST);
mark(NON_PERSON_HEADS, F_NON_PERSON_HEAD);
mark(LOOSE_JOINS, F_LOOSE_JOIN);
for (const [w, n] of ALIAS_FIRST) mark([w], n << ALIAS_SHIFT);
const BY_TEXT_BITS = F_STOP_CAPS | F_DEMONYM | F_TITLE | F_TITLE_HEAD | F_PLACE_ALIAS | F_ORG_ALIAS | F_CONNECTOR | F_ORG_HEAD | F_RUN_FIRST | F_NON_PERSON_HEAD | F_LOOSE_JOIN | (15 << ALIAS_SHIFT);
if ((BY_LOWER_BITS & BY_TEXT_BITS) !== 0) throw new Error('word flags by the lower-cased word and by the text share a bit');

// A bit per hash of every listed word: most words the tokenizer has not cached are in no list, and
// a clear bit says so without the map look-up (hashing the fresh string, probing a large table).
const LISTED_BITS = 18;
const listedHashes = new Int32Array(1 << (LISTED_BITS - 5));

function hashBit(w: string): number {
  let h = 0;
  for (let k = 0; k < w.length; k++) h = (Math.imul(h, 31) + w.charCodeAt(k)) | 0;
  return Math.imul(h, 0x9e3779b1) >>> (32 - LISTED_BITS);
}
for (const w of BY_WORD.keys()) {
  const b = hashBit(w);
  listedHashes[b >>> 5] |= 1 << (b & 31);
}

/** false: w is no key of BY_WORD */
function mayBeListed(w: string): boolean {
  const b = hashBit(w);
  return (listedHashes[b >>> 5] & (1 << (b & 31))) !== 0;
}

export function wordFlags(text: string, lower: string): number {
  let listed = 0;
  if (text === lower) {
    if (mayBeListed(text)) listed = BY_WORD.get(text) ?? 0;
  } else {
    if (mayBeListed(lower)) listed = (BY_WORD.get(lower) ?? 0) & BY_LOWER_BITS;
    if (mayBeListed(text)) listed |= (BY_WORD.get(text) ?? 0) & BY_TEXT_BITS;
  }
  return listed | figureWordFlags(text);
}
