#!/usr/bin/env node
// `npm start`: install what is missing, build, and open the sample articles with Newsmark loaded in a real
// VS Code — the desktop `code` when it is on PATH, otherwise the code-server workbench (URL printed).
const { spawnSync, execSync } = require('child_process');
const fs = require('fs');
const path = require('path');
const { ensureDeps, ROOT } = require('./ensure-deps');

ensureDeps();
execSync('node esbuild.js', { cwd: ROOT, stdio: 'inherit' });
const samples = path.join(ROOT, 'samples');
const firstSample = path.join(samples, 'korea-artillery-shells.article');

const hasCode = spawnSync('code', ['--version'], { stdio: 'ignore' }).status === 0 && !process.env.NEWSMARK_USE_CODE_SERVER;
if (hasCode) {
  console.log('[newsmark] opening the samples in VS Code with the extension loaded from this folder');
  spawnSync('code', ['--new-window', `--extensionDevelopmentPath=${ROOT}`, samples, firstSample], { stdio: 'inherit' });
  process.exit(0);
}

const e2e = require('./e2e/workbench');
(async () => {
  e2e.ensureInstalled();
  const ctx = e2e.makeRun();
  const port = Number(process.env.PORT || 8080);
  process.env.PORT = String(port);
  const server = await e2e.startServer(ctx, samples);
  const url = e2e.workbenchUrl(server, samples, [['extensionDevelopmentPath', ROOT], ['openFile', firstSample]]);
  console.log(`\nNewsmark is running in VS Code (code-server) — open this URL in a browser:\n\n  ${url}\n\nPress Ctrl+C to stop.`);
  const bye = () => { server.stop(); fs.rmSync(ctx.run, { recursive: true, force: true }); process.exit(0); };
  process.on('SIGINT', bye);
  process.on('SIGTERM', bye);
  setInterval(() => {}, 1 << 30);
})().catch((e) => { console.error(`[newsmark] could not start VS Code: ${e.message}`); process.exit(1); });
