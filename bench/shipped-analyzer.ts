// The analyzer as it ships: src/core/analyzer bundled and minified by esbuild, the way the extension,
// the web build and the CLI load it. Benchmarks time this, not the TypeScript run through tsx (whose
// CommonJS module bindings are property getters the bundle does not have).
import { buildSync } from 'esbuild';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

type Core = typeof import('../src/core/analyzer/index') & { findFigures: typeof import('../src/core/analyzer/figures').findFigures };

let core: Core | undefined;

export function shippedAnalyzer(): Core {
  if (core) return core;
  const dir = mkdtempSync(join(tmpdir(), 'newsmark-bench-'));
  const entry = join(dir, 'entry.ts');
  const root = resolve(__dirname, '..', 'src', 'core', 'analyzer');
  writeFileSync(entry, `export * from ${JSON.stringify(join(root, 'index'))};\nexport { findFigures } from ${JSON.stringify(join(root, 'figures'))};\n`);
  const outfile = join(dir, 'analyzer.js');
  buildSync({ entryPoints: [entry], outfile, bundle: true, minify: true, platform: 'node', format: 'cjs', target: 'es2022', logLevel: 'error' });
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  core = require(outfile) as Core;
  return core;
}
