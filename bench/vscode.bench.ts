// Timings only a real VS Code can give (activation, tagging latency, edits in a big article full of
// claims): runs bench/vscode/index.ts in the headless VS Code through the test harness.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BenchRow } from './row';

export async function run(): Promise<BenchRow[]> {
  const root = join(__dirname, '..');
  // the bench suite comes from the dev build; the extension measured is the shipped (production) bundle
  const build = (...args: string[]) => {
    if (spawnSync(process.execPath, ['esbuild.js', ...args], { cwd: root, stdio: 'inherit' }).status !== 0) throw new Error('build failed');
  };
  build();
  build('--production');
  const r = spawnSync(process.execPath, ['scripts/e2e/run-integration.js', 'bench'], { cwd: root, encoding: 'utf8' });
  build();
  const file = join(root, 'out', 'bench', 'vscode-results.json');
  if (r.status !== 0 || !existsSync(file)) throw new Error(`VS Code bench failed:\n${r.stdout}\n${r.stderr}`);
  return JSON.parse(readFileSync(file, 'utf8')) as BenchRow[];
}
