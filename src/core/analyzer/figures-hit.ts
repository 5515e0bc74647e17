// What a recogniser returns for one candidate: one shared object, rewritten by each hit() call.
// findFigures copies it into the Figure (toFigure) before the next candidate is parsed, and no
// recogniser builds a second hit while it still reads the first: allocating one per candidate was a
// sixth of the figures pass's garbage.
import type { FigureKind } from './types';

export interface Hit {
  start: number;
  end: number;
  kind: FigureKind;
  value: number | null;
  unit: string | null;
  /** a range's upper bound; value holds the lower */
  high: number | undefined;
}

const scratch: Hit = { start: 0, end: 0, kind: 'count', value: null, unit: null, high: undefined };

/** The shared hit, set to these fields: valid until the next call. */
export function hit(start: number, end: number, kind: FigureKind, value: number | null, unit: string | null, high?: number): Hit {
  scratch.start = start;
  scratch.end = end;
  scratch.kind = kind;
  scratch.value = value;
  scratch.unit = unit;
  scratch.high = high;
  return scratch;
}
