// The run() module the extension host loads (extensionTestsPath). The host's console goes to the
// browser, not stdout, so mocha's output is mirrored into VSCODE_E2E_LOG_FILE for the harness to print.
import * as fs from 'fs';
import * as path from 'path';
import * as util from 'util';
import Mocha from 'mocha';

export function run(): Promise<void> {
  const logFile = process.env.VSCODE_E2E_LOG_FILE;
  if (logFile) {
    const orig = Mocha.reporters.Base.consoleLog;
    Mocha.reporters.Base.consoleLog = (...a: unknown[]) => {
      fs.appendFileSync(logFile, util.format(...a) + '\n');
      orig(...a);
    };
  }
  const mocha = new Mocha({ ui: 'tdd', timeout: 30000, color: false, reporter: 'spec', grep: process.env.GREP });
  const only = process.env.NEWSMARK_SUITES?.split(',');
  // the harness's `untrusted` phase runs the *.trust.js suites instead
  const suffix = process.env.NEWSMARK_TEST_SUFFIX ?? '.test.js';
  for (const f of fs.readdirSync(__dirname).sort()) {
    if (!f.endsWith(suffix)) continue;
    if (only && !only.some((s) => f.startsWith(s))) continue;
    mocha.addFile(path.join(__dirname, f));
  }
  return new Promise((resolve, reject) =>
    mocha.run((failures) => (failures ? reject(new Error(`${failures} tests failed.`)) : resolve())));
}
