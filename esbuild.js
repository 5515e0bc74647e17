// Builds every bundle: the Node extension host, the browser (vscode.dev) host, the CLI, and the
// integration test suites (which run inside the real VS Code and need `vscode` left external).
const esbuild = require('esbuild');
const fs = require('fs');
const path = require('path');

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

// zod re-exports all ~50 message locales (250 KB minified); Newsmark reports errors in English only,
// so the locale index resolves to a one-locale shim.
const zodEnglishOnly = {
  name: 'zod-english-only',
  setup(build) {
    build.onResolve({ filter: /locales\/index\.js$/ }, (args) =>
      args.importer.includes(`${path.sep}zod${path.sep}`) ? { path: path.join(__dirname, 'scripts', 'zod-locales-en.mjs') } : undefined);
  },
};

const common = {
  plugins: [zodEnglishOnly],
  bundle: true,
  minify: production,
  sourcemap: !production,
  sourcesContent: false,
  logLevel: 'warning',
  target: 'es2022',
  // prefer ES modules: some packages' "main" is a UMD build with dynamic requires esbuild cannot follow
  mainFields: ['module', 'main'],
};

function testEntries() {
  const dir = path.join(__dirname, 'test', 'integration');
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir).filter((f) => f.endsWith('.ts')).map((f) => path.join(dir, f));
}

const builds = [
  { ...common, entryPoints: ['src/extension.ts'], outfile: 'dist/extension.js', platform: 'node', format: 'cjs', external: ['vscode'] },
  {
    ...common,
    entryPoints: ['src/extension.ts'],
    outfile: 'dist/web/extension.js',
    platform: 'browser',
    format: 'cjs',
    // sidecarIO uses Node's fs only when it runs in the Node extension host
    external: ['vscode', 'fs'],
    mainFields: ['browser', 'module', 'main'],
    define: { global: 'globalThis' },
  },
  {
    ...common,
    entryPoints: ['src/cli/main.ts'],
    outfile: 'dist/cli.js',
    platform: 'node',
    format: 'cjs',
    banner: { js: '#!/usr/bin/env node' },
  },
  // the article report webview's script (chart.js bundled in): runs in the webview, not the extension host
  { ...common, entryPoints: ['src/vscode/article/report/webview/main.ts'], outfile: 'dist/report/main.js', platform: 'browser', format: 'iife' },
];

if (!production) {
  builds.push({
    ...common,
    entryPoints: testEntries(),
    outdir: 'out/test',
    platform: 'node',
    format: 'cjs',
    external: ['vscode', 'mocha'],
  });
  builds.push({ ...common, entryPoints: ['bench/vscode/index.ts'], outfile: 'out/bench/vscode.js', platform: 'node', format: 'cjs', external: ['vscode'] });
}

async function main() {
  const existing = builds.filter((b) => (b.entryPoints.length > 0) && b.entryPoints.every((e) => fs.existsSync(e)));
  if (watch) {
    for (const b of existing) (await esbuild.context(b)).watch();
    console.log('[esbuild] watching');
    return;
  }
  await Promise.all(existing.map((b) => esbuild.build(b)));
  if (fs.existsSync('dist/cli.js')) fs.chmodSync('dist/cli.js', 0o755);
}

module.exports = { plugins: [zodEnglishOnly] };
if (require.main === module) main().catch((e) => {
  console.error(e.message ?? e);
  process.exit(1);
});
