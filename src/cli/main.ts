// Entry point of the `newsmark` command (bundled to dist/cli.js). Everything that goes wrong ends
// as one line on stderr and a non-zero exit code, never a stack trace.
import { version } from '../../package.json';
import { parseCommandArgs } from './args';
import { commandHelp, findCommand, mainHelp } from './commands';
import { CliError, describeError, EXIT_OK, EXIT_USAGE } from './errors';
import type { Io } from './io';
import { isPoolWorker, runPoolWorker } from './pool';

export async function main(argv: string[], io: Io): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined || first === '-h' || first === '--help' || first === 'help') {
    const topic = first === 'help' && rest[0] ? findCommand(rest[0]) : undefined;
    io.stdout.write(topic ? commandHelp(topic) : mainHelp(version));
    return first === undefined ? EXIT_USAGE : EXIT_OK;
  }
  if (first === '-v' || first === '--version' || first === 'version') {
    io.stdout.write(`${version}\n`);
    return EXIT_OK;
  }
  const command = findCommand(first);
  if (!command) {
    const what = first.startsWith('-') ? `unknown option ${first}` : `unknown command ${JSON.stringify(first)}`;
    throw new CliError(`${what} (see newsmark --help)`);
  }
  const args = parseCommandArgs(command.name, rest, command.options);
  if (args.values.help) {
    io.stdout.write(commandHelp(command));
    return EXIT_OK;
  }
  return command.run(args, io);
}

function fail(err: unknown): void {
  process.stderr.write(`newsmark: ${describeError(err)}\n`);
  process.exitCode = err instanceof CliError ? err.exitCode : EXIT_USAGE;
}

if (isPoolWorker()) runPoolWorker();
else start();

function start(): void {
  // `newsmark … | head` closes stdout early: stop quietly
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  });
  process.on('uncaughtException', (err) => {
    fail(err);
    process.exit();
  });

  main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env }).then(
    (code) => {
      process.exitCode = code;
    },
    fail,
  );
}
