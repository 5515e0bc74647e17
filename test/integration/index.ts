// The run() module the extension host loads (extensionTestsPath).
import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';
import { mirrorMochaOutput, runMocha } from './mocha-output';

export function run(): Promise<void> {
  mirrorMochaOutput();
  const mocha = new Mocha({ ui: 'tdd', timeout: 30000, color: false, reporter: 'spec', grep: process.env.GREP });
  const only = process.env.NEWSMARK_SUITES?.split(',');
  // the harness's `untrusted` phase runs the *.trust.js suites instead
  const suffix = process.env.NEWSMARK_TEST_SUFFIX ?? '.test.js';
  for (const f of fs.readdirSync(__dirname).sort()) {
    if (!f.endsWith(suffix)) continue;
    if (only && !only.some((s) => f.startsWith(s))) continue;
    mocha.addFile(path.join(__dirname, f));
  }
  return runMocha(mocha);
}
