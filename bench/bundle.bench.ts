// Bundle size: the production bundles a user downloads (goal: under 500 KB each).
import { build } from 'esbuild';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BenchRow } from './row';
// the same plugins as the real build (esbuild.js), so the sizes are the shipped ones
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { plugins } = require('../esbuild.js') as { plugins: import('esbuild').Plugin[] };

export async function run(): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'newsmark-bundle-'));
  try {
    const common = { bundle: true, minify: true, target: 'es2022', mainFields: ['module', 'main'], external: ['vscode'], logLevel: 'silent' as const, plugins };
    await build({ ...common, entryPoints: ['src/extension.ts'], outfile: join(dir, 'node.js'), platform: 'node', format: 'cjs' });
    await build({ ...common, entryPoints: ['src/extension.ts'], outfile: join(dir, 'web.js'), platform: 'browser', format: 'cjs', external: ['vscode', 'fs'] });
    await build({ ...common, entryPoints: ['src/cli/main.ts'], outfile: join(dir, 'cli.js'), platform: 'node', format: 'cjs' });
    const kb = (f: string) => Math.round(statSync(join(dir, f)).size / 102.4) / 10;
    return [
      { name: 'dist/extension.js (Node host, minified)', value: kb('node.js'), unit: 'KB', note: 'goal < 500 KB' },
      { name: 'dist/web/extension.js (browser, minified)', value: kb('web.js'), unit: 'KB', note: 'goal < 500 KB' },
      { name: 'dist/cli.js (minified)', value: kb('cli.js'), unit: 'KB' },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
