// What the attribution passes hand to the assembler: a speech cue and its speaker phrase, and for
// reported speech the content too, as offsets into the paragraph.
import type { Span } from './types';

// Cues are flat, four numbers rather than a cue span and a phrase span: every paragraph's cues live
// until assembly (and in the incremental cache), and the garbage collector copies each object.
export interface LocalCue {
  cueStart: number;
  cueEnd: number;
  /** the speaker phrase ("the ministry", "he", "US Secretary of State Antony Blinken") */
  npStart: number;
  npEnd: number;
}

export interface LocalReported extends LocalCue {
  contentStart: number;
  contentEnd: number;
}

/** A cue with every field set, in one order (one hidden class for every cue). */
export function localCue(cueStart: number, cueEnd: number, npStart: number, npEnd: number): LocalCue {
  return { cueStart, cueEnd, npStart, npEnd };
}

/** A cue whose speaker phrase is the span `np`. */
export function cueOf(cueStart: number, cueEnd: number, np: Span): LocalCue {
  return { cueStart, cueEnd, npStart: np.start, npEnd: np.end };
}

/** Reported speech: a cue, its speaker phrase and what was said. */
export function reportedOf(cueStart: number, cueEnd: number, npStart: number, npEnd: number, content: Span): LocalReported {
  return { cueStart, cueEnd, npStart, npEnd, contentStart: content.start, contentEnd: content.end };
}
