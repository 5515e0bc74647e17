// The analyzer: quotes and their speakers, reported speech, figures and entities of a news article.
// Pure and synchronous; runs the same in the extension host, a web worker and the CLI.

import type { Analysis } from './types';
import { analyzeParagraphsIn } from './paragraph-local';
import { assemble, type ParagraphState } from './assemble';

export type * from './types';
export { composeEdits, eventSpan, type EditSpan } from './edits';
export { analyzeIncremental, createAnalysisState, type AnalysisState, type ContentChange } from './incremental';

/** Per-paragraph results of a whole text (what the incremental path keeps between edits);
 *  `kept = false` when they are assembled once and dropped. */
export function analyzeParagraphs(text: string, kept = true): ParagraphState[] {
  return analyzeParagraphsIn(text, 0, text.length, kept);
}

export function analyze(text: string): Analysis {
  if (typeof text !== 'string' || text.length === 0) return { quotes: [], attributions: [], figures: [], entities: [] };
  return assemble(text, analyzeParagraphs(text, false), true);
}
