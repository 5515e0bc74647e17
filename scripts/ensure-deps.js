// Installs the project's npm dependencies when they are missing or older than the lock file, so that
// `npm start` and `npm test` work on a fresh clone with nothing but Node and npm.
const { execSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '..');

function ensureDeps() {
  const marker = path.join(ROOT, 'node_modules', '.package-lock.json');
  const lock = path.join(ROOT, 'package-lock.json');
  if (fs.existsSync(marker) && fs.statSync(marker).mtimeMs >= fs.statSync(lock).mtimeMs) return;
  console.log('[newsmark] installing npm dependencies (npm ci)…');
  execSync('npm ci --no-audit --no-fund', { cwd: ROOT, stdio: 'inherit' });
}

module.exports = { ensureDeps, ROOT };
if (require.main === module) ensureDeps();
