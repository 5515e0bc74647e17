// Everything the analyzer can compute from one paragraph alone, with offsets relative to the
// paragraph start. These results are what the incremental path caches and shifts; the assembler
// (assemble.ts) links them across paragraphs.

import type { Figure } from './types';
import { tokenize } from './tokens';
import { charCodes } from './char-codes';
import { findQuotes, opensWithQuote, type LocalQuote } from './quotes';
import { findEntityCandidates, findEntityCandidatesInto, type CandidateSink, type EntityCandidates } from './entities';
import * as attribution from './attribution';
import type { LocalCue, LocalReported } from './attribution';
import { findFigures } from './figures';
import { findContextCues } from './context-cues';
import { paragraphBounds } from './paragraphs';
import type { ParagraphState } from './assemble';

// Local copies: unbundled (tsx, CommonJS) module bindings are property getters, called here for
// every paragraph.
const { quoteMask, sentences, findQuoteCues, findReported, findTrailingCue, findSpeakerColon } = attribution;

export interface ParagraphLocal {
  /** paragraph text length, to check a cached result still fits */
  length: number;
  opensWithQuote: boolean;
  quotes: LocalQuote[];
  /** one per quote: the cue and speaker phrase next to it, or null */
  quoteCues: (LocalCue | null)[];
  reported: LocalReported[];
  /** one per quote with no cue: its sentence's subject and verb ("Trump openly admires … “strong leader”") */
  subjectCues: (LocalCue | null)[];
  /** one per quote opening a sentence with no cue: the previous sentence's subject */
  introCues: (LocalCue | null)[];
  /** "He said:" ending the paragraph: the cue of a quote opening the next one */
  trailingCue: LocalCue | null;
  entities: EntityCandidates;
  figures: Figure[];
}

// One frozen empty array for every empty result: results are read, never changed, after
// analyzeParagraph (freezing makes a stray push throw instead of corrupting every paragraph).
const NONE: never[] = Object.freeze([]) as unknown as never[];

/** The array with no spare capacity. Arrays grown by push keep room for 16 more elements, and
 *  results the incremental path keeps live as long as the document: the garbage collector copies
 *  that room again and again (it was most of the memory the per-paragraph results held). */
function compact<T>(xs: T[]): T[] {
  return xs.length === 0 ? NONE : xs.slice();
}

/** Results that are exact-size already, or that a full analysis reads once and drops: no copy,
 *  one shared empty array. */
function asIs<T>(xs: T[]): T[] {
  return xs.length === 0 ? NONE : xs;
}

/** `kept`: the results are cached between edits (the incremental path), so a grown array is compacted.
 *  `sink`: the entity candidates go there (see CandidateSink) and `entities` is empty.
 *  `given`: p's codes as charCodes(p) gives them, when the caller has them (paragraphCodes). */
export function analyzeParagraph(p: string, kept = true, sink: CandidateSink | null = null, given: Uint16Array | null = null): ParagraphLocal {
  const fit = kept ? compact : asIs;
  const codes = given ?? charCodes(p);
  const toks = tokenize(p, codes);
  const quotes = findQuotes(p, codes);
  const mask = quoteMask(toks, quotes);
  const sb = sentences(toks, mask);
  let figures: Figure[];
  try {
    figures = findFigures(p, codes, toks);
  } catch {
    figures = []; // a figures bug must not take the quotes and entities down with it
  }
  const reported = findReported(p, toks, quotes, mask, sb);
  const colon = findSpeakerColon(p, toks, mask);
  if (colon) reported.unshift(colon);
  const quoteCues = findQuoteCues(toks, quotes, mask, sb);
  const context = findContextCues(p, toks, quotes, quoteCues, mask, sb);
  let entities: EntityCandidates = NONE;
  if (sink) findEntityCandidatesInto(p, toks, sink);
  else entities = asIs(findEntityCandidates(p, toks));
  for (let i = 0; i < quoteCues.length; i++) if (!quoteCues[i]) quoteCues[i] = context.explicit[i];
  return {
    length: p.length,
    opensWithQuote: opensWithQuote(p),
    // the finders return exact-size arrays (their collectors copy out what they found): no copy
    quotes: asIs(quotes),
    quoteCues: asIs(quoteCues),
    subjectCues: asIs(context.subject),
    introCues: asIs(context.intro),
    // unless the speaker colon was put in front
    reported: colon ? fit(reported) : asIs(reported),
    trailingCue: findTrailingCue(toks, sb, mask),
    entities,
    figures: asIs(figures),
  };
}

/** Every paragraph of text[from, to) analysed (`from` a line start). `kept`: see analyzeParagraph. */
export function analyzeParagraphsIn(text: string, from: number, to: number, kept: boolean): ParagraphState[] {
  const b = paragraphBounds(text, from, to);
  const out: ParagraphState[] = new Array<ParagraphState>(b.length >> 1);
  for (let k = 0; k < b.length; k += 2) out[k >> 1] = { start: b[k], end: b[k + 1], local: analyzeParagraph(text.slice(b[k], b[k + 1]), kept) };
  return out;
}
