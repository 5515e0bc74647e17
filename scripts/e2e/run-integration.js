#!/usr/bin/env node
// Integration tests in a real VS Code (code-server 4.139.1 = VS Code 1.139.1, headless chromium):
//   ext   mocha suites (out/test/*.test.js) inside the real Node extension host, real `vscode` API
//   ui    the sample article as a user sees it: token colours checked in the DOM, screenshots
//   untrusted  the *.trust.js suites with workspace trust on and the folder untrusted
//   vsix  the packaged .vsix installed into VS Code, activated by a smoke suite
//   bench timings inside VS Code (activation, tagging latency), for `npm run bench`
// Usage: node scripts/e2e/run-integration.js [ext|ui|vsix|bench ...] [--update-screenshots]   (default: all phases)
// env: GREP (mocha grep), VERBOSE, KEEP_RUN_DIR, TEST_TIMEOUT_MS, SCREENSHOT_DIR (default out/screenshots)
const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');
const e2e = require('./workbench');
const { uiChecks } = require('./ui-checks');

const ROOT = e2e.ROOT;
const TIMEOUT = Number(process.env.TEST_TIMEOUT_MS || 600000);

/** Each run gets its own copy of the fixture workspace, so tests can write sidecars freely. */
function makeWorkspace(run) {
  const ws = path.join(run, 'ws');
  fs.cpSync(path.join(ROOT, 'test', 'fixtures', 'workspace'), ws, { recursive: true });
  fs.cpSync(path.join(ROOT, 'samples'), path.join(ws, 'samples'), { recursive: true });
  return ws;
}

/** Opens the workbench with a test payload and waits for window.codeAutomationExit(code). */
async function runSuites(name, { devPath, testsPath, vsix, extraEnv = {}, workspaceTrust = false }) {
  const ctx = e2e.makeRun({}, { workspaceTrust });
  Object.assign(ctx.env, extraEnv);
  if (vsix) e2e.installVsix(ctx, vsix);
  const ws = makeWorkspace(ctx.run);
  const server = await e2e.startServer(ctx, ws);
  const browser = await e2e.launchBrowser(ctx.env);
  let code = 2;
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    if (process.env.VERBOSE) page.on('console', (m) => console.log('[page]', m.text().slice(0, 300)));
    let done;
    const exited = new Promise((r) => (done = r));
    await page.exposeFunction('codeAutomationExit', (c, logs) => {
      fs.writeFileSync(`${ctx.run}/workbench-logs.json`, JSON.stringify(logs || [], null, 1));
      done(c);
    });
    await page.goto(e2e.workbenchUrl(server, ws, [['extensionDevelopmentPath', devPath], ['extensionTestsPath', testsPath]]));
    code = await Promise.race([exited, new Promise((r) => setTimeout(() => r('timeout'), TIMEOUT))]);
    if (code === 'timeout') {
      e2e.log(`${name}: TIMEOUT`);
      code = 2;
      await page.screenshot({ path: `${ctx.run}/timeout.png` }).catch(() => {});
    }
  } finally {
    if (fs.existsSync(`${ctx.run}/test.log`)) process.stdout.write(fs.readFileSync(`${ctx.run}/test.log`, 'utf8'));
    await browser.close().catch(() => {});
    server.stop();
  }
  finish(name, ctx.run, code);
  return code;
}

function finish(name, run, code) {
  e2e.log(`${name}: exit ${code}${code ? ` (logs in ${run})` : ''}`);
  if (!process.env.KEEP_RUN_DIR && code === 0) fs.rmSync(run, { recursive: true, force: true });
}

async function runUi() {
  const ctx = e2e.makeRun();
  const ws = makeWorkspace(ctx.run);
  const server = await e2e.startServer(ctx, ws);
  const browser = await e2e.launchBrowser(ctx.env);
  let code = 1;
  try {
    code = await uiChecks({ browser, server, ws, run: ctx.run, root: ROOT });
  } catch (err) {
    console.error(`ui: ${err.stack || err}`);
  } finally {
    await browser.close().catch(() => {});
    server.stop();
  }
  finish('ui', ctx.run, code);
  return code;
}

async function runVsix() {
  e2e.log('vsix: packaging');
  execFileSync('npm', ['run', '--silent', 'package'], { cwd: ROOT, stdio: 'inherit' });
  // the packaging build is minified and has no tests: rebuild the dev bundles for later phases
  const vsix = path.join(ROOT, 'newsmark.vsix');
  // an empty development extension lets the test runner start while Newsmark loads from the vsix
  const host = path.join(ROOT, 'test', 'fixtures', 'vsix-host');
  return runSuites('vsix', { devPath: host, testsPath: path.join(ROOT, 'out', 'test', 'vsix-smoke.js'), vsix,
    extraEnv: { NEWSMARK_EXPECT_INSTALLED: '1' } });
}

/** `npm run bench`'s VS Code part: timings that only a real extension host can give. */
async function runBench() {
  const file = path.join(ROOT, 'out', 'bench', 'vscode-results.json');
  fs.rmSync(file, { force: true });
  const code = await runSuites('bench', { devPath: ROOT, testsPath: path.join(ROOT, 'out', 'bench', 'vscode.js'),
    extraEnv: { VSCODE_E2E_BENCH_FILE: file } });
  if (code === 0 && fs.existsSync(file)) {
    console.log('\nIn the real VS Code (code-server 4.139.1, extension host on Node):');
    for (const r of JSON.parse(fs.readFileSync(file, 'utf8'))) console.log(`  ${r.name.padEnd(58)} ${String(r.value).padStart(10)} ${r.unit}`);
  }
  return code;
}

(async () => {
  e2e.ensureInstalled();
  const args = process.argv.slice(2);
  if (args.includes('--update-screenshots')) process.env.SCREENSHOT_DIR = path.join(ROOT, 'media', 'screenshots');
  const named = args.filter((a) => !a.startsWith('--'));
  const phases = named.length ? named : ['ext', 'untrusted', 'ui', 'vsix'];
  const results = {};
  for (const phase of phases) {
    if (phase === 'ext') results.ext = await runSuites('ext', { devPath: ROOT, testsPath: path.join(ROOT, 'out', 'test', 'index.js') });
    else if (phase === 'ui') results.ui = await runUi();
    else if (phase === 'vsix') results.vsix = await runVsix();
    else if (phase === 'bench') results.bench = await runBench();
    else if (phase === 'untrusted') {
      results.untrusted = await runSuites('untrusted', { devPath: ROOT, testsPath: path.join(ROOT, 'out', 'test', 'index.js'),
        workspaceTrust: true, extraEnv: { NEWSMARK_TEST_SUFFIX: '.trust.js' } });
    }
    else { console.error(`unknown phase "${phase}" (ext, ui, vsix)`); process.exit(2); }
  }
  const failed = Object.entries(results).filter(([, c]) => c !== 0);
  console.log(`integration: ${Object.entries(results).map(([k, c]) => `${k}=${c === 0 ? 'pass' : `FAIL(${c})`}`).join(' ')}`);
  process.exit(failed.length ? 1 : 0);
})().catch((e) => { console.error(e); process.exit(3); });
