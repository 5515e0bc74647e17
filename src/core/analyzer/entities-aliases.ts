// Gazetteer aliases (organisations and places) by their first word, for matching a run of tokens
// word by word. One list per first word, longest alias first and, at equal length, organisations
// before places: the first alias in the list that the tokens spell is the one the rules take (the
// longest, an organisation over a place), with one map lookup instead of one per gazetteer.

import type { EntityType } from './types';
import * as wordFlags from './word-flags';

// Local copies: unbundled (tsx, CommonJS) module bindings are property getters.
const { ORG_ALIAS_WORDS, PLACE_ALIAS_WORDS } = wordFlags;

/** A gazetteer alias matched at a token: how many words, its canonical name and its type. */
export interface AliasMatch {
  n: number;
  canonical: string;
  type: EntityType;
}

/** An alias as its words (words[0] is the first word the list is keyed by). */
export interface AliasEntry extends AliasMatch {
  words: string[];
}

/** first word → its aliases, longest first, organisations before places at equal length */
export const ALIASES_BY_FIRST = new Map<string, AliasEntry[]>();
for (const [byFirst, type] of [[ORG_ALIAS_WORDS, 'organization'], [PLACE_ALIAS_WORDS, 'place']] as const) {
  for (const [first, list] of byFirst) {
    let entries = ALIASES_BY_FIRST.get(first);
    if (!entries) ALIASES_BY_FIRST.set(first, (entries = []));
    for (const a of list) entries.push({ n: a.words.length, canonical: a.canonical, type, words: a.words });
  }
}
// a stable sort: organisations (added first) stay before places of the same length
for (const entries of ALIASES_BY_FIRST.values()) entries.sort((a, b) => b.n - a.n);
