// Moving offsets across an edit, for the incremental path's fast case: when an edit leaves the
// linking's input unchanged (incremental-same.ts), the previous output is right for the new text
// once its offsets are moved, so its objects are moved in place instead of rebuilt.

import type { Analysis, Figure, Span } from './types';

/** An edit as the old text sees it: `deleted` code units at `at` replaced by `deleted + delta`. */
export class Move {
  constructor(
    readonly at: number,
    readonly deleted: number,
    readonly delta: number,
  ) {}

  /** Where a span starting at old offset x starts after the edit; NaN when x is inside the deleted
   *  text (no image). Text inserted at x comes before the span. */
  start(x: number): number {
    return x < this.at ? x : x >= this.at + this.deleted ? x + this.delta : NaN;
  }

  /** Where a span ending at old offset x ends; text inserted at x comes after the span. */
  end(x: number): number {
    return x <= this.at ? x : x >= this.at + this.deleted ? x + this.delta : NaN;
  }

  /** The edit changes text strictly inside [s, e) (what a span's own text would show). */
  inside(s: number, e: number): boolean {
    return this.at < e && (this.deleted > 0 ? this.at + this.deleted > s : this.at > s);
  }

  /** The edit touches the closed range [s, e] (a window of text read around a span). */
  near(s: number, e: number): boolean {
    return this.at <= e && this.at + this.deleted >= s;
  }
}

/** Every object of an analysis that holds offsets, each once, in lists by kind: the records (quotes,
 *  attributions), the figures (the analysis's own array: the incremental path replaces a
 *  paragraph's figures in it) and the parts (names, speakers, cues, content spans; speakers and cues
 *  are shared between quotes and attributions). */
export interface MovableSpans {
  records: Span[];
  figures: Figure[];
  parts: Span[];
}

/** Built once per relinked analysis, then reused by every move. A quote's cue is its attribution's
 *  (assemble.ts attribute()), and each attribution has its own cue and content span; a speaker may
 *  serve many quotes, so speakers alone are collected through a set. */
export function movableSpans(a: Analysis): MovableSpans {
  const records: Span[] = [];
  const parts: Span[] = [];
  const speakers = new Set<Span>();
  const speaker = (s: Span | null) => {
    if (s && !speakers.has(s)) {
      speakers.add(s);
      parts.push(s);
    }
  };
  for (let i = 0; i < a.quotes.length; i++) {
    const q = a.quotes[i];
    records.push(q);
    speaker(q.speaker);
  }
  for (let i = 0; i < a.attributions.length; i++) {
    const at = a.attributions[i];
    records.push(at);
    speaker(at.speaker);
    parts.push(at.cue, at.content);
  }
  for (let i = 0; i < a.entities.length; i++) {
    const ms = a.entities[i].mentions;
    for (let k = 0; k < ms.length; k++) parts.push(ms[k]);
  }
  return { records, figures: a.figures, parts };
}

/** Moves every span in place; the caller has checked that none has an end inside the deleted
 *  text. A loop per list rather than one: each sees at most three object shapes, which V8 reads
 *  inline, where one loop over all six ran 3.5× slower (a megamorphic property lookup per span). */
export function moveSpans(spans: MovableSpans, m: Move): void {
  const at = m.at;
  const { records, figures, parts } = spans;
  for (let i = 0; i < records.length; i++) {
    const s = records[i];
    // most spans end before the edit in one half of the text: one comparison each
    if (s.end <= at) continue;
    s.start = m.start(s.start);
    s.end = m.end(s.end);
  }
  for (let i = 0; i < figures.length; i++) {
    const s = figures[i];
    if (s.end <= at) continue;
    s.start = m.start(s.start);
    s.end = m.end(s.end);
  }
  for (let i = 0; i < parts.length; i++) {
    const s = parts[i];
    if (s.end <= at) continue;
    s.start = m.start(s.start);
    s.end = m.end(s.end);
  }
}

