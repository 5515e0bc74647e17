// The incremental path, timed as an editor drives it: keystrokes in a 1 MB article, each applied to
// the state the previous one left (analyzeIncremental takes its state over). Typing in prose moves
// the previous output's offsets; typing inside a name relinks the document; a full analysis and one
// paragraph's analysis (the floor of any edit) are timed beside them.
import type { AnalysisState, ContentChange, Analysis } from '../src/core/analyzer';
import type { BenchRow } from './row';
import { median, time } from './timing';

type Analyze = (text: string) => Analysis;
type Incremental = (prev: AnalysisState, text: string, change: ContentChange) => AnalysisState;
type Create = (text: string) => AnalysisState;
type Paragraphs = (text: string) => unknown;

const round = (x: number) => Math.round(x * 1000) / 1000;

function typed(state: AnalysisState, at: number, ch: string, inc: Incremental): AnalysisState {
  const t = state.text;
  return inc(state, t.slice(0, at) + ch + t.slice(at), { offset: at, deletedLength: 0, insertedText: ch });
}

/** `count` keystrokes typed one after another from `at`; the time of each, and how many moved. */
function typeRun(state: AnalysisState, at: number, count: number, inc: Incremental): { state: AnalysisState; ms: number[]; moved: number } {
  const ms: number[] = [];
  let moved = 0;
  for (let k = 0; k < count; k++) {
    const t = state.text;
    // flat, as the editor's getText() gives it
    const next = flat(t.slice(0, at + k) + 'e' + t.slice(at + k));
    const t0 = performance.now();
    state = inc(state, next, { offset: at + k, deletedLength: 0, insertedText: 'e' });
    ms.push(performance.now() - t0);
    if (state.moved) moved++;
  }
  return { state, ms, moved };
}

/** The string flattened: `+` leaves a rope, which V8 flattens on the first read (in the timed call). */
function flat(s: string): string {
  void s.charCodeAt(0);
  return s;
}

export function incrementalRows(analyze: Analyze, inc: Incremental, create: Create, paragraphs: Paragraphs, text: string, real: string[] | undefined): BenchRow[] {
  const rows: BenchRow[] = [];
  const add = (name: string, value: number, unit: string, note?: string) => rows.push({ name: `analyzer: ${name}`, value: round(value), unit, ...(note ? { note } : {}) });

  // a prose spot in the middle: the first word start from which typing moves offsets
  let state = create(text);
  let at = text.indexOf(' ', text.length >> 1) + 1;
  for (let tries = 0; tries < 200; tries++) {
    state = typed(state, at, 'e', inc);
    if (state.moved) break;
    at = state.text.indexOf(' ', at + 40) + 1;
  }
  state = typeRun(state, at, 10, inc).state; // warm-up
  at += 10;
  const prose = typeRun(state, at, 40, inc);
  state = prose.state;
  add('incremental, a keystroke in prose, 1 MB (offsets moved)', median(prose.ms), 'ms', `median of ${prose.ms.length} keystrokes typed in a row; ${prose.moved} moved offsets`);

  // inside a name: the entity changes, so the document is relinked
  const name = /[A-Z][a-z]+ [A-Z][a-z]+/g;
  name.lastIndex = state.text.length >> 1;
  const m = name.exec(state.text)!;
  const inName = typeRun(state, m.index + 2, 10, inc);
  state = inName.state;
  add('incremental, a keystroke inside a name, 1 MB (relinked)', median(inName.ms), 'ms', `median of ${inName.ms.length}; ${inName.moved} moved offsets`);

  const fullMs = time(() => analyze(state.text), 5);
  add('full re-analysis of the same text, 1 MB', fullMs, 'ms', 'median of 5');
  add('incremental speed-up, keystroke in prose', fullMs / median(prose.ms), '×');
  add('incremental speed-up, keystroke inside a name', fullMs / median(inName.ms), '×');

  // the floor: the paragraph the prose keystrokes went into, analysed alone
  const paragraph = state.paragraphs.find((p) => p.end >= at)!;
  const paragraphText = state.text.slice(paragraph.start, paragraph.end);
  add('one paragraph analysed alone (the floor of any edit)', time(() => paragraphs(paragraphText), 200, 20), 'ms', `${paragraphText.length} chars, median of 200`);

  // how often a keystroke at a random place moves offsets, on the bench corpus and on real news
  const share = (texts: string[], perText: number) => {
    let seed = 7;
    let moved = 0;
    let total = 0;
    for (const t of texts) {
      let s = create(t);
      for (let k = 0; k < perText; k++) {
        seed = (seed * 1103515245 + 12345) >>> 0;
        s = typed(s, seed % (s.text.length + 1), 'e', inc);
        total++;
        if (s.moved) moved++;
      }
    }
    return (100 * moved) / total;
  };
  add('keystrokes at random places that move offsets, 100 KB of the bench corpus', share([text.slice(0, 100_000)], 200), '%', '200 keystrokes; the rest relink');
  if (real) add(`keystrokes at random places that move offsets, ${real.length} real articles`, share(real, 10), '%', '10 per article; the rest relink');

  add('incremental result equals full analysis', JSON.stringify(state.analysis) === JSON.stringify(analyze(state.text)) ? 1 : 0, 'bool', 'after all the keystrokes above');
  return rows;
}
