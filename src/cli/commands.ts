// The command table. A new command (e.g. `export --format F`) is one more entry in COMMANDS.
import type { OptionSpec, ParsedArgs } from './args';
import { analyzeCommand } from './analyze-command';
import { exportCommand } from './export';
import type { Io } from './io';

export interface Command {
  name: string;
  summary: string;
  usage: string;
  details: string[];
  options: OptionSpec;
  optionHelp: [string, string][];
  run(args: ParsedArgs, io: Io): Promise<number>;
}

export const COMMANDS: readonly Command[] = [analyzeCommand, exportCommand];

export function findCommand(name: string): Command | undefined {
  return COMMANDS.find((c) => c.name === name);
}

function table(rows: [string, string][]): string[] {
  const w = Math.max(...rows.map((r) => r[0].length));
  return rows.map(([a, b]) => `  ${a.padEnd(w)}  ${b}`);
}

export function mainHelp(version: string): string {
  return [
    `newsmark ${version}: annotate news articles (quotes, speakers, figures, entities)`,
    '',
    'Usage: newsmark <command> [options]',
    '',
    'Commands:',
    ...table(COMMANDS.map((c) => [c.name, c.summary])),
    '',
    'Options:',
    ...table([['-h, --help', 'show help (newsmark <command> --help for a command)'], ['-v, --version', 'print the version']]),
    '',
  ].join('\n');
}

export function commandHelp(c: Command): string {
  return [`Usage: ${c.usage}`, '', c.summary + '.', '', ...c.details, '', 'Options:', ...table(c.optionHelp), ''].join('\n');
}
