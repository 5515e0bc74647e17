// Re-anchoring speed: 1,000 claims in a ~1 MB article after the file changed on disk.
// `npx tsx bench/anchoring.bench.ts` prints a table; bench/index.ts imports `run()`.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { makeTarget, reanchorAll, type AnchorResult, type Target } from '../src/core/annotations';
import { time as timeRuns } from './timing';

export interface BenchRow {
  name: string;
  value: number;
  unit: string;
}

const TARGET_SIZE = 1_000_000;
const CLAIMS = 1_000;
const RUNS = 5;

interface Claim {
  start: number;
  end: number;
}

/**
 * ~1 MB of news-like copy: sentences of 8-30 words drawn (seeded) from the sample article's vocabulary,
 * 3-6 sentences a paragraph, so no sentence repeats (real articles do not repeat their paragraphs).
 */
function buildArticle(): string {
  const sample = readFileSync(resolve(__dirname, '..', 'samples', 'korea-artillery-shells.article'), 'utf8');
  const words = sample.split(/\s+/).map((w) => w.replace(/[.,;:“”"]/g, '')).filter(Boolean);
  let x = 0x9e3779b9;
  const rand = (n: number): number => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return x % n;
  };
  const out: string[] = [];
  let size = 0;
  while (size < TARGET_SIZE) {
    const sentences: string[] = [];
    for (let s = 3 + rand(4); s > 0; s--) {
      const n = 8 + rand(23);
      const ws = Array.from({ length: n }, () => words[rand(words.length)]);
      ws[0] = ws[0][0].toUpperCase() + ws[0].slice(1);
      sentences.push(ws.join(' ') + '.');
    }
    const p = sentences.join(' ');
    out.push(p);
    size += p.length + 1;
  }
  return out.join('\n');
}

/** One sentence-sized claim every ~1 KB: the first sentence of a paragraph near each step. */
function pickClaims(text: string): Claim[] {
  const claims: Claim[] = [];
  const step = Math.floor(text.length / CLAIMS);
  for (let k = 0; k < CLAIMS; k++) {
    const para = text.indexOf('\n', k * step) + 1;
    const dot = text.indexOf('. ', para);
    const nl = text.indexOf('\n', para);
    const end = Math.min(dot === -1 ? Infinity : dot + 1, nl === -1 ? text.length : nl, para + 240);
    claims.push({ start: para, end });
  }
  return claims;
}

function count(results: AnchorResult[], status: AnchorResult['status']): number {
  return results.filter((r) => r.status === status).length;
}

export async function run(): Promise<BenchRow[]> {
  const text = buildArticle();
  const claims = pickClaims(text);
  const annotations: { target: Target }[] = claims.map((c) => ({ target: makeTarget(text, c.start, c.end) }));
  const top = 'Editor’s note: this article was updated on Friday with comment from the ministry.\n';
  const rows: BenchRow[] = [{ name: 'anchoring: article size', value: text.length, unit: 'UTF-16 units' }];

  // 1. a paragraph inserted at the top: every claim moves, every quote is intact
  const inserted = top + text;
  let results: AnchorResult[] = [];
  rows.push({ name: `anchoring: re-anchor ${CLAIMS} claims, 1 MB, insertion at top`, value: timeRuns(() => (results = reanchorAll(inserted, annotations)), RUNS), unit: 'ms' });
  const correct = results.filter((r, i) => r.status === 'quote' && r.start === claims[i].start + top.length && r.end === claims[i].end + top.length).length;
  rows.push({ name: 'anchoring: insertion at top, claims found at the right place', value: correct, unit: `of ${CLAIMS}` });

  // 2. the same, and 10% of the claims edited (one word changed): those take the fuzzy path
  let edited = text;
  const editedIds = new Set<number>();
  for (let i = claims.length - 1; i >= 0; i -= 10) {
    const c = claims[i];
    const mid = c.start + Math.floor((c.end - c.start) / 2);
    edited = edited.slice(0, mid) + 'XYZ' + edited.slice(mid + 2);
    editedIds.add(i);
  }
  edited = top + edited;
  rows.push({ name: `anchoring: re-anchor ${CLAIMS} claims, 1 MB, top insertion + 10% edited`, value: timeRuns(() => (results = reanchorAll(edited, annotations)), RUNS), unit: 'ms' });
  rows.push({ name: 'anchoring: 10% edited, fuzzy re-anchors', value: count(results, 'fuzzy'), unit: `of ${editedIds.size}` });
  // each edit replaced 2 characters by 3, and every edit above a claim shifted it by one more
  const exactWords = results.filter((r, i) => {
    const before = [...editedIds].filter((j) => j < i).length;
    const shift = top.length + before;
    return r.status !== 'orphaned' && r.start === claims[i].start + shift && r.end === claims[i].end + shift + (editedIds.has(i) ? 1 : 0);
  }).length;
  rows.push({ name: 'anchoring: 10% edited, all claims on exactly their (edited) words', value: exactWords, unit: `of ${CLAIMS}` });
  rows.push({ name: 'anchoring: 10% edited, orphaned', value: count(results, 'orphaned'), unit: 'claims' });

  // 3. worst case: 10% of the claims deleted, each searched for in the whole text before being orphaned
  let deleted = text;
  for (let i = claims.length - 1; i >= 0; i -= 10) deleted = deleted.slice(0, claims[i].start) + deleted.slice(claims[i].end);
  deleted = top + deleted;
  rows.push({ name: `anchoring: re-anchor ${CLAIMS} claims, 1 MB, top insertion + 10% deleted`, value: timeRuns(() => (results = reanchorAll(deleted, annotations)), RUNS), unit: 'ms' });
  rows.push({ name: 'anchoring: 10% deleted, orphaned', value: count(results, 'orphaned'), unit: `of ${CLAIMS / 10}` });
  return rows.map((r) => ({ ...r, value: Math.round(r.value * 100) / 100 }));
}

if (require.main === module) {
  void run().then((rows) => console.table(rows));
}
