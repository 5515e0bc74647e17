// The CLI on a folder of 10,000 articles: articles per second and peak memory, on one thread and on
// every core (worker threads), with one corrupt file in the batch.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BenchRow } from './row';

const ROOT = join(__dirname, '..');
const FILES = 10_000;

function run(dir: string, jobs: number): { seconds: number; peakMb: number; lines: number } {
  const t = performance.now();
  const r = spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), 'analyze', '--json', '--stats', '--jobs', String(jobs), dir], {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  const seconds = (performance.now() - t) / 1000;
  const peak = /peak memory (\d+) MB/.exec(r.stderr);
  if (r.status !== 1 || !peak) throw new Error(`unexpected CLI result ${r.status}: ${r.stderr.slice(0, 500)}`);
  return { seconds, peakMb: Number(peak[1]), lines: r.stdout.trimEnd().split('\n').length };
}

export async function run_(): Promise<BenchRow[]> {
  const build = spawnSync(process.execPath, ['esbuild.js'], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('build failed');
  const dir = mkdtempSync(join(tmpdir(), 'newsmark-batch-'));
  try {
    const sample = readFileSync(join(ROOT, 'samples', 'korea-artillery-shells.article'), 'utf8');
    for (let d = 0; d < 10; d++) {
      mkdirSync(join(dir, `d${d}`));
      for (let i = 0; i < FILES / 10; i++) writeFileSync(join(dir, `d${d}`, `a${i}.article`), sample.replace(/100,000/g, `${d * 1000 + i},000`));
    }
    writeFileSync(join(dir, 'd0', 'corrupt.article'), Buffer.from([0xff, 0xfe, 0x00]));
    const one = run(dir, 1);
    const cores = availableParallelism();
    const all = run(dir, cores);
    if (one.lines !== FILES || all.lines !== FILES) throw new Error('the CLI lost articles');
    const mb = (FILES * Buffer.byteLength(sample)) / 1e6;
    return [
      { name: `cli batch: ${FILES} articles (${mb.toFixed(0)} MB), 1 thread`, value: Math.round(FILES / one.seconds), unit: 'articles/s', note: `peak ${one.peakMb} MB` },
      { name: `cli batch: ${FILES} articles, ${cores} worker threads`, value: Math.round(FILES / all.seconds), unit: 'articles/s', note: `peak ${all.peakMb} MB` },
      { name: 'cli batch: speed-up on all cores', value: Math.round((one.seconds / all.seconds) * 100) / 100, unit: '×' },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
export { run_ as run };
