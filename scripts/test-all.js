#!/usr/bin/env node
// `npm test`: everything CI checks, in order, on a fresh machine. Installs what is missing first.
const { spawnSync } = require('child_process');
const { ensureDeps, ROOT } = require('./ensure-deps');

ensureDeps();
const steps = [
  ['type-check', 'npm', ['run', '--silent', 'typecheck']],
  ['lint', 'npm', ['run', '--silent', 'lint']],
  ['build', 'npm', ['run', '--silent', 'build']],
  ['unit tests', 'npm', ['run', '--silent', 'test:unit']],
  ['grammar tests', 'npm', ['run', '--silent', 'test:grammar']],
  ['integration tests (real VS Code)', 'npm', ['run', '--silent', 'test:integration']],
];
const t0 = Date.now();
let failed = 0;
for (const [name, cmd, args] of steps) {
  console.log(`\n=== ${name} ===`);
  const r = spawnSync(cmd, args, { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) {
    failed++;
    console.log(`=== ${name}: FAILED (exit ${r.status}) ===`);
    if (!process.env.NEWSMARK_KEEP_GOING) break;
  }
}
console.log(`\nnpm test: ${failed ? 'FAILED' : 'all steps passed'} in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
process.exit(failed ? 1 : 0);
