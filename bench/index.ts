// `npm run bench [-- NAME…]`: runs the registered benchmark modules (all, or the named ones),
// prints one table per module and writes bench/results/latest.json.
// To add a benchmark: create bench/NAME.bench.ts exporting `async function run(): Promise<BenchRow[]>`
// and add it to BENCHES below.
import { mkdirSync, writeFileSync } from 'node:fs';
import { arch, cpus, platform } from 'node:os';
import { join } from 'node:path';
import type { BenchModule, BenchRow } from './row';

const BENCHES: { name: string; load: () => Promise<BenchModule> }[] = [
  { name: 'analyzer', load: () => import('./analyzer.bench') },
  { name: 'anchoring', load: () => import('./anchoring.bench') },
  { name: 'hover', load: () => import('./hover.bench') },
  { name: 'grammar', load: () => import('./grammar.bench') },
  { name: 'cli-batch', load: () => import('./cli-batch.bench') },
  { name: 'bundle', load: () => import('./bundle.bench') },
  { name: 'vscode', load: () => import('./vscode.bench') },
];

function printTable(name: string, rows: BenchRow[]): void {
  const w = Math.max(...rows.map((r) => r.name.length), 10);
  const vw = Math.max(...rows.map((r) => String(r.value).length), 5);
  console.log(`\n== ${name}`);
  for (const r of rows) {
    console.log(`${r.name.padEnd(w)}  ${String(r.value).padStart(vw)} ${r.unit.padEnd(12)}${r.note ? ' ' + r.note : ''}`);
  }
}

async function main(): Promise<void> {
  const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
  const unknown = wanted.filter((w) => !BENCHES.some((b) => b.name === w));
  if (unknown.length) {
    console.error(`unknown benchmark ${unknown.join(', ')}; known: ${BENCHES.map((b) => b.name).join(', ')}`);
    process.exitCode = 2;
    return;
  }
  const results: Record<string, BenchRow[] | { error: string }> = {};
  for (const b of BENCHES) {
    if (wanted.length && !wanted.includes(b.name)) continue;
    const t0 = performance.now();
    try {
      const mod = await b.load();
      const rows = await mod.run();
      results[b.name] = rows;
      printTable(`${b.name} (${((performance.now() - t0) / 1000).toFixed(1)} s)`, rows);
    } catch (err) {
      const msg = err instanceof Error ? err.message : String(err);
      results[b.name] = { error: msg };
      console.error(`\n== ${b.name}: failed: ${msg}`);
      process.exitCode = 1;
    }
  }
  const dir = join(__dirname, 'results');
  mkdirSync(dir, { recursive: true });
  const env = { node: process.version, platform: `${platform()} ${arch()}`, cpu: cpus()[0]?.model ?? 'unknown', cpus: cpus().length };
  writeFileSync(join(dir, 'latest.json'), JSON.stringify({ date: new Date().toISOString(), env, results }, null, 2) + '\n');
  console.log(`\nwrote ${join('bench', 'results', 'latest.json')}`);
}

void main();
