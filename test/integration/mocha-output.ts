import * as fs from 'fs';
import * as util from 'util';
import Mocha from 'mocha';

/**
 * The extension host's console goes to the browser, not stdout, so mocha's output is mirrored into
 * VSCODE_E2E_LOG_FILE for the harness to print.
 */
export function mirrorMochaOutput(): void {
  const logFile = process.env.VSCODE_E2E_LOG_FILE;
  if (!logFile) return;
  const orig = Mocha.reporters.Base.consoleLog;
  Mocha.reporters.Base.consoleLog = (...a: unknown[]) => {
    fs.appendFileSync(logFile, util.format(...a) + '\n');
    orig(...a);
  };
}

export function runMocha(mocha: Mocha): Promise<void> {
  return new Promise((resolve, reject) =>
    mocha.run((failures) => (failures ? reject(new Error(`${failures} tests failed.`)) : resolve())));
}
