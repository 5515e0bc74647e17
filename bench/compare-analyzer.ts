// `npx tsx bench/compare-analyzer.ts [REV]`: the analyzer of the working tree against the one at REV
// (default HEAD), for speed work that must not change a single result:
//  1. analyze() of both on ~3,300 inputs (PolNeAR and the shared articles when ../shared is there,
//     gold fixtures, samples, the figures specs, the bench corpus, adversarial and seeded fuzz texts)
//     and 30 incremental edits, compared byte for byte as JSON;
//  2. analyze() of both timed on the 1 MB bench corpus, alternating which runs first (the one that
//     runs second pays more of the other's garbage collection: a fixed order biased every A/B by ~5%).
// Both are bundled by esbuild without minifying, so a CPU profile of either reads well.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { adversarial, articleText } from './corpus';
import { bundleAnalyzer } from './shipped-analyzer';

type Analyzer = ReturnType<typeof bundleAnalyzer>;

const ROOT = resolve(__dirname, '..');
const SHARED = resolve(ROOT, '..', 'shared');

function inputs(): { name: string; text: string }[] {
  const out: { name: string; text: string }[] = [];
  const dirs = [join(SHARED, 'eval/polnear-dev/text'), join(SHARED, 'articles'), join(ROOT, 'test/fixtures/gold'), join(ROOT, 'samples')];
  for (const d of dirs) {
    if (!existsSync(d)) continue;
    for (const f of readdirSync(d)) if (!f.endsWith('.json')) out.push({ name: join(d, f), text: readFileSync(join(d, f), 'utf8') });
  }
  const specs = join(SHARED, 'eval/recognizers-text');
  if (existsSync(specs)) {
    for (const f of readdirSync(specs).filter((x) => x.endsWith('.json'))) {
      const cases = JSON.parse(readFileSync(join(specs, f), 'utf8')) as { Input: string }[];
      out.push({ name: f, text: cases.map((c) => c.Input).join('\n') });
      cases.slice(0, 400).forEach((c, i) => out.push({ name: `${f}#${i}`, text: c.Input }));
    }
  }
  out.push({ name: '1 MB corpus', text: articleText(1_000_000) }, { name: '300 KB corpus', text: articleText(300_000) });
  for (const a of adversarial(200_000)) out.push({ name: `adversarial ${a.name}`, text: a.text });
  // seeded fuzz from the pieces the rules react to
  let x = 12345;
  const r = (n: number) => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return x % n;
  };
  const pieces = ['“', '”', '"', '‘', '’', "'", '«', '»', "''", ' said ', ' told reporters ', ', according to ', ' he added', ' She said: ', 'Mr. ', 'Yoon Suk-yeol', 'Yoon', 'the ministry', 'South Korea’s', ' U.S. ', '$400m', '€5bn', '19%', '100,000 rounds', '155mm', 'last month', 'on Friday', 'two million', '\n', '\r\n', '\n\n', '😀', 'שלום', ' ', ', ', '. ', 'The official said that ', 'Reuters', 'Bank of Korea', 'President Biden', 'warned that', '—', ' (D-Wis.) ', 'PENCE: ', '1st', '3-4', 'Jan. 5, 2023', 'Hydro-Québec', 'in 2022', 'the company said', ' it ', 'and', '.', '?', 'Smith', 'Jane Doe'];
  for (let k = 0; k < 3000; k++) {
    let s = '';
    for (let j = 1 + r(60); j > 0; j--) s += pieces[r(pieces.length)];
    out.push({ name: `fuzz ${k}`, text: s });
  }
  return out;
}

/** Every result of `a` as JSON lines: analyze() of each input, then the analyses after 30 edits. */
function results(a: Analyzer, all: { name: string; text: string }[]): string[] {
  const lines = all.map(({ name, text }) => {
    try {
      return `${name}\t${JSON.stringify(a.analyze(text))}`;
    } catch (err) {
      return `${name}\tTHROWS ${(err as Error).message}`;
    }
  });
  let text = articleText(300_000);
  let state = a.createAnalysisState(text);
  let seed = 7;
  for (let k = 0; k < 30; k++) {
    seed = (seed * 1103515245 + 12345) >>> 0;
    const at = seed % text.length;
    const inserted = ['x', '“', '\n', ' said ', '$5m'][k % 5];
    const next = text.slice(0, at) + inserted + text.slice(at + 1);
    state = a.analyzeIncremental(state, next, { offset: at, deletedLength: 1, insertedText: inserted });
    text = next;
    const incremental = JSON.stringify(state.analysis);
    lines.push(`edit ${k}\t${incremental === JSON.stringify(a.analyze(text)) ? '' : 'INCREMENTAL DIFFERS FROM FULL '}${incremental}`);
  }
  return lines;
}

function timeBoth(a: Analyzer, b: Analyzer, text: string, runs = 20): [number, number] {
  for (let i = 0; i < 3; i++) {
    a.analyze(text);
    b.analyze(text);
  }
  const ta: number[] = [];
  const tb: number[] = [];
  const one = (x: Analyzer, into: number[]) => {
    const t0 = performance.now();
    x.analyze(text);
    into.push(performance.now() - t0);
  };
  for (let i = 0; i < runs; i++) {
    if (i % 2) {
      one(a, ta);
      one(b, tb);
    } else {
      one(b, tb);
      one(a, ta);
    }
  }
  const median = (xs: number[]) => xs.sort((p, q) => p - q)[xs.length >> 1];
  return [median(ta), median(tb)];
}

function main(): void {
  const rev = process.argv[2] ?? 'HEAD';
  const dir = mkdtempSync(join(tmpdir(), 'newsmark-compare-'));
  const old = join(dir, 'tree');
  execFileSync('git', ['worktree', 'add', '--detach', old, rev], { cwd: ROOT, stdio: 'ignore' });
  try {
    symlinkSync(join(ROOT, 'node_modules'), join(old, 'node_modules'));
    const before = bundleAnalyzer(old, join(dir, 'before.js'), false);
    const after = bundleAnalyzer(ROOT, join(dir, 'after.js'), false);
    const all = inputs();
    const a = results(before, all);
    const b = results(after, all);
    const differ = a.filter((line, i) => line !== b[i] || line.includes('INCREMENTAL DIFFERS'));
    if (differ.length === 0) console.log(`same output: all ${a.length} results identical (${rev} vs working tree)`);
    else {
      console.log(`DIFFERENT: ${differ.length} of ${a.length} results (first: ${differ[0].split('\t')[0]})`);
      writeFileSync(join(tmpdir(), 'newsmark-compare-before.txt'), a.join('\n'));
      writeFileSync(join(tmpdir(), 'newsmark-compare-after.txt'), b.join('\n'));
      console.log(`both written to ${join(tmpdir(), 'newsmark-compare-{before,after}.txt')}`);
      process.exitCode = 1;
    }
    const text = articleText(1_000_000);
    const [ms0, ms1] = timeBoth(before, after, text);
    console.log(`analyze() on 1 MB: ${rev} ${ms0.toFixed(1)} ms, working tree ${ms1.toFixed(1)} ms (${(ms1 / ms0).toFixed(3)}×, medians, alternating order)`);
  } finally {
    execFileSync('git', ['worktree', 'remove', '--force', old], { cwd: ROOT, stdio: 'ignore' });
    rmSync(dir, { recursive: true, force: true });
  }
}

main();
