// The analyzer as it ships: src/core/analyzer bundled and minified by esbuild, the way the extension,
// the web build and the CLI load it. Benchmarks time this, not the TypeScript run through tsx (whose
// CommonJS module bindings are property getters the bundle does not have).
import { buildSync } from 'esbuild';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

type Core = typeof import('../src/core/analyzer/index') & { findFigures: typeof import('../src/core/analyzer/figures').findFigures };

/** src/core/analyzer of the checkout at `root`, bundled by esbuild into `outfile` and loaded. */
export function bundleAnalyzer(root: string, outfile: string, minify: boolean): Core {
  const dir = resolve(root, 'src', 'core', 'analyzer');
  buildSync({
    stdin: { contents: `export * from ${JSON.stringify(join(dir, 'index'))};\nexport { findFigures } from ${JSON.stringify(join(dir, 'figures'))};\n`, resolveDir: root, loader: 'ts' },
    outfile, bundle: true, minify, platform: 'node', format: 'cjs', target: 'es2022', logLevel: 'error',
  });
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(outfile) as Core;
}

let core: Core | undefined;

export function shippedAnalyzer(): Core {
  core ??= bundleAnalyzer(resolve(__dirname, '..'), join(mkdtempSync(join(tmpdir(), 'newsmark-bench-')), 'analyzer.js'), true);
  return core;
}
