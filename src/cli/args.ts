// Argument parsing: a thin layer over node:util parseArgs that turns its errors into one-line
// usage messages. Each command declares its own options (see commands.ts).
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { CliError } from './errors';

export type OptionSpec = NonNullable<ParseArgsConfig['options']>;

export interface ParsedArgs {
  values: Record<string, string | boolean | (string | boolean)[] | undefined>;
  positionals: string[];
}

export function parseCommandArgs(command: string, argv: string[], options: OptionSpec): ParsedArgs {
  try {
    const { values, positionals } = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
    return { values: values as ParsedArgs['values'], positionals };
  } catch (err) {
    const msg = err instanceof Error ? err.message : String(err);
    // parseArgs messages are long and mention "--" tricks; keep the useful part
    const unknown = /Unknown option '([^']+)'/.exec(msg);
    if (unknown) throw new CliError(`${command}: unknown option ${unknown[1]} (see newsmark ${command} --help)`);
    const missing = /Option '([^']+?)(?: <value>)?' argument missing/.exec(msg);
    if (missing) throw new CliError(`${command}: option ${missing[1]} needs a value`);
    throw new CliError(`${command}: ${msg.split('\n')[0]}`);
  }
}

/** A positive integer option, or the default. */
export function intOption(command: string, name: string, raw: unknown, fallback: number): number {
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (typeof raw !== 'string' || !/^\d+$/.test(raw) || !Number.isSafeInteger(n) || n <= 0) {
    throw new CliError(`${command}: --${name} must be a positive integer, got ${JSON.stringify(raw)}`);
  }
  return n;
}
