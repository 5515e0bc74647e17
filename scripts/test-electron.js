#!/usr/bin/env node
// For contributors with network access or a desktop VS Code: the same integration suites through
// @vscode/test-electron (it downloads VS Code, which this project's CI machine cannot; CI uses
// scripts/e2e/run-integration.js instead). Set VSCODE_EXECUTABLE to use an installed VS Code.
const fs = require('fs');
const os = require('os');
const path = require('path');
const { runTests } = require('@vscode/test-electron');

const ROOT = path.resolve(__dirname, '..');
(async () => {
  const ws = fs.mkdtempSync(path.join(os.tmpdir(), 'newsmark-ws-'));
  fs.cpSync(path.join(ROOT, 'test', 'fixtures', 'workspace'), ws, { recursive: true });
  fs.cpSync(path.join(ROOT, 'samples'), path.join(ws, 'samples'), { recursive: true });
  await runTests({
    vscodeExecutablePath: process.env.VSCODE_EXECUTABLE || undefined,
    extensionDevelopmentPath: ROOT,
    extensionTestsPath: path.join(ROOT, 'out', 'test', 'index.js'),
    launchArgs: [ws, '--disable-extensions', '--disable-workspace-trust'],
  });
})().catch((err) => {
  console.error(`test-electron: ${err.message || err}`);
  process.exit(1);
});
