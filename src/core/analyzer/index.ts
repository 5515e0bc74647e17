// The analyzer: quotes and their speakers, reported speech, figures and entities of a news article.
// Pure and synchronous; runs the same in the extension host, a web worker and the CLI.

import type { Analysis } from './types';
import { analyzeParagraph, analyzeParagraphsIn, type ParagraphLocal } from './paragraph-local';
import { Linker, type ParagraphState } from './assemble';
import { paragraphBounds } from './paragraphs';
import { RUN_LENGTH, paragraphCodes, runCodes } from './char-codes';

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
  const linker = new Linker(text, true);
  try {
    return linkAll(text, linker);
  } finally {
    linker.release();
  }
}

/** Shorter texts copy each paragraph's codes on its own (charCodes), as the incremental path does. */
const RUNS_MIN_LENGTH = 256 * 1024;
/** A long text's paragraphs are found a window of about this many code units at a time, just before
 *  they are analysed: the text's line-break searches bring it into the processor's cache for them
 *  (found all at once, ahead, 10 MB of text was read from memory twice), and the bounds array stays
 *  small and young. */
const WINDOW_LENGTH = 64 * 1024;

/** Where the window of text starting at line start `from` ends: after the first "\n" at least
 *  WINDOW_LENGTH on (a line start, as paragraphBounds needs), or at the text's end. */
function windowEnd(text: string, from: number): number {
  if (text.length - from <= WINDOW_LENGTH) return text.length;
  const nl = text.indexOf('\n', from + WINDOW_LENGTH);
  return nl < 0 ? text.length : nl + 1;
}

/** The text's paragraphs analysed and linked (a loop of its own: no try around it). */
function linkAll(text: string, linker: Linker): Analysis {
  let prev: ParagraphLocal | null = null;
  let prevStart = 0;
  const sink = linker.sink;
  // a long text's paragraphs take their codes from runs of paragraphs copied at once (see runCodes)
  const byRuns = text.length >= RUNS_MIN_LENGTH;
  for (let from = 0; from < text.length; ) {
    const to = windowEnd(text, from);
    const b = paragraphBounds(text, from, to);
    from = to;
    let runStart = 0;
    let runLast = -2; // b index of the run's last paragraph
    for (let k = 0; k < b.length; k += 2) {
      if (sink) sink.base = b[k];
      if (byRuns && k > runLast) {
        let j = k;
        while (j + 2 < b.length && b[j + 3] - b[k] <= RUN_LENGTH) j += 2;
        runStart = b[k];
        runLast = j;
        runCodes(text, runStart, b[j + 1]);
      }
      const codes = byRuns ? paragraphCodes(b[k] - runStart, b[k + 1] - runStart) : null;
      const local = analyzeParagraph(text.slice(b[k], b[k + 1]), false, sink, codes);
      if (prev) linker.add(prevStart, prev, local.opensWithQuote);
      prev = local;
      prevStart = b[k];
    }
  }
  if (prev) linker.add(prevStart, prev, false);
  return linker.finish();
}
