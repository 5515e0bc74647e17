// The analyzer: quotes and their speakers, reported speech, figures and entities of a news article.
// Pure and synchronous; runs the same in the extension host, a web worker and the CLI.

import type { Analysis } from './types';
import { analyzeParagraph, analyzeParagraphsIn, type ParagraphLocal } from './paragraph-local';
import { Linker, type ParagraphState } from './assemble';
import { paragraphBounds } from './paragraphs';

export type * from './types';
export { composeEdits, eventSpan, type EditSpan } from './edits';
export { analyzeIncremental, createAnalysisState, type AnalysisState, type ContentChange } from './incremental';

/** Per-paragraph results of a whole text, as the incremental path keeps them between edits. */
export function analyzeParagraphs(text: string): ParagraphState[] {
  return analyzeParagraphsIn(text, 0, text.length, true);
}

export function analyze(text: string): Analysis {
  if (typeof text !== 'string' || text.length === 0) return { quotes: [], attributions: [], figures: [], entities: [] };
  // each paragraph goes to the linker once the next one is analysed, while its results are fresh
  // (see Linker); the linker owns them, so it moves their figures in place
  const b = paragraphBounds(text, 0, text.length);
  const linker = new Linker(text, true);
  try {
    return linkAll(text, b, linker);
  } finally {
    linker.release();
  }
}

/** The paragraphs of `b` (start, end pairs) analysed and linked (a loop of its own: no try around it). */
function linkAll(text: string, b: number[], linker: Linker): Analysis {
  let prev: ParagraphLocal | null = null;
  const sink = linker.sink;
  for (let k = 0; k < b.length; k += 2) {
    if (sink) sink.base = b[k];
    const local = analyzeParagraph(text.slice(b[k], b[k + 1]), false, sink);
    if (prev) linker.add(b[k - 2], prev, local.opensWithQuote);
    prev = local;
  }
  if (prev) linker.add(b[b.length - 2], prev, false);
  return linker.finish();
}
