// What the article providers (src/vscode/article) cost on a 1 MB article: the one analysis per version
// (full, and incremental after a keystroke), then what every hover, highlight and token request does on
// a cache hit. The VS Code glue (Markdown, Ranges) is not included. `npx tsx bench/hover.bench.ts` alone.
import { analyzeIncremental, createAnalysisState } from '../src/core/analyzer/incremental';
import { entityById, figureAt, mentionAt, quoteAt, quotesOf, speakerAt } from '../src/vscode/article/lookup';
import { tokensOf } from '../src/vscode/article/tokenData';
import { articleText } from './corpus';
import type { BenchRow } from './row';

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
}

const round = (n: number) => Math.round(n * 1000) / 1000;

export async function run(): Promise<BenchRow[]> {
  const text = articleText(1_000_000);
  const rows: BenchRow[] = [];
  const note = `${(text.length / 1e6).toFixed(1)} M chars`;

  let t0 = performance.now();
  let state = createAnalysisState(text);
  rows.push({ name: 'analysis, cache miss (full)', value: round(performance.now() - t0), unit: 'ms', note });

  // one-character edits in the middle, each on the state the last one left (as the cache does
  // between keystrokes): some move offsets, some relink (analyzer-incremental.ts times each kind)
  const incr: number[] = [];
  let moved = 0;
  for (let i = 0; i < 20; i++) {
    const at = Math.floor(text.length / 2) + i * 997;
    const next = state.text.slice(0, at) + 'x' + state.text.slice(at);
    t0 = performance.now();
    state = analyzeIncremental(state, next, { offset: at, deletedLength: 0, insertedText: 'x' });
    incr.push(performance.now() - t0);
    if (state.moved) moved++;
  }
  rows.push({ name: 'analysis after a keystroke (incremental) p95', value: round(percentile(incr, 95)), unit: 'ms', note: `20 edits, ${moved} moved offsets` });

  const a = state.analysis;
  t0 = performance.now();
  mentionAt(a, 0); // builds the position index once per analysis
  rows.push({ name: 'position index build (first hover of a version)', value: round(performance.now() - t0), unit: 'ms', note: `${a.entities.reduce((n, e) => n + e.mentions.length, 0)} mentions, ${a.quotes.length} quotes` });

  // hover on a cache hit: what is under the cursor, plus the speaker's quotes for the entity hover
  const hover: number[] = [];
  let sink = 0; // keeps the lookups from being optimised away
  let seed = 42;
  const rand = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  for (let i = 0; i < 5000; i++) {
    const offset = Math.floor(rand() * text.length);
    t0 = performance.now();
    const hit = mentionAt(a, offset);
    const found = hit ? quotesOf(a, hit.entity) : (entityById(a, speakerAt(a, offset)?.speaker?.entityId) ?? figureAt(a, offset));
    sink += (found ? 1 : 0) + (quoteAt(a, offset) ? 1 : 0);
    hover.push(performance.now() - t0);
  }
  rows.push({ name: 'hover lookup on a cache hit p50', value: round(percentile(hover, 50)), unit: 'ms', note: `5000 random positions, ${sink} hits` });
  rows.push({ name: 'hover lookup on a cache hit p95', value: round(percentile(hover, 95)), unit: 'ms', note: '5000 random positions' });

  const tokens: number[] = [];
  let count = 0;
  for (let i = 0; i < 5; i++) {
    t0 = performance.now();
    count = tokensOf(a).length;
    tokens.push(performance.now() - t0);
  }
  rows.push({ name: 'semantic token spans (whole document)', value: round(percentile(tokens, 50)), unit: 'ms', note: `${count} tokens, median of 5` });
  return rows;
}

if (require.main === module) void run().then((rows) => console.table(rows));
