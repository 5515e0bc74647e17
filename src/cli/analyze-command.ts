// `newsmark analyze [--json] FILE|FOLDER…`: quotes, attributions, figures and entities.
import { intOption, type ParsedArgs } from './args';
import type { Command } from './commands';
import { CliError, describeError, EXIT_FAILED, EXIT_OK } from './errors';
import { collectInputs } from './files';
import type { Io } from './io';
import { analyzeFile, analyzeInParallel, defaultJobs, type Outcome } from './pool';
import { formatSummary } from './summary';
import { palette, progressBar, useColor, writeWithBackpressure } from './terminal';

const DEFAULT_MAX_FILES = 100_000;

async function run(args: ParsedArgs, io: Io): Promise<number> {
  if (args.positionals.length === 0) throw new CliError('analyze: no file or folder given (see newsmark analyze --help)');
  const json = args.values.json === true;
  const maxFiles = intOption('analyze', 'max-files', args.values['max-files'], DEFAULT_MAX_FILES);
  const inputs = collectInputs(args.positionals, maxFiles);
  if (inputs.length === 0) throw new CliError(`analyze: no .article, .news, .txt or .md files in ${args.positionals.join(', ')}`, EXIT_FAILED);

  const colors = palette(!json && useColor(io.stdout, io.env));
  const errColors = palette(useColor(io.stderr, io.env));
  const progress = progressBar(io.stderr, inputs.length);
  const jobs = intOption('analyze', 'jobs', args.values.jobs, defaultJobs());
  // inputs that failed while walking the folders are reported in order, without a worker
  const readable = inputs.filter((i) => !i.error).map((i) => i.path);
  const outcomes = jobs > 1 && readable.length > 1 ? analyzeInParallel(readable, jobs, workerEntry(), json) : sequential(readable, json);
  let failed = 0;
  let first = true;
  for (const input of inputs) {
    progress.tick(input.path);
    const outcome: Outcome = input.error ? { ok: false, error: describeError(new CliError(input.error, EXIT_FAILED)) } : (await outcomes.next()).value!;
    if (!outcome.ok) {
      failed++;
      progress.done();
      io.stderr.write(`${errColors.red('newsmark: skipped')} ${input.path}: ${outcome.error}\n`);
      continue;
    }
    if (outcome.json !== null) {
      await writeWithBackpressure(io.stdout, outcome.json + '\n');
    } else if (outcome.analysis) {
      const analysis = outcome.analysis;
      if (!first) io.stdout.write('\n');
      progress.done();
      io.stdout.write(formatSummary(input.path, analysis, colors));
    }
    first = false;
  }
  await outcomes.return(undefined);
  progress.done();
  if (args.values.stats) {
    const mb = Math.round(process.resourceUsage().maxRSS / 1024);
    io.stderr.write(`newsmark: ${inputs.length} files on ${jobs > 1 && readable.length > 1 ? Math.min(jobs, readable.length) : 1} thread(s); peak memory ${mb} MB\n`);
  }
  if (failed && inputs.length > 1) io.stderr.write(`newsmark: ${failed} of ${inputs.length} files failed\n`);
  return failed ? EXIT_FAILED : EXIT_OK;
}

async function* sequential(paths: readonly string[], json: boolean): AsyncGenerator<Outcome> {
  for (const p of paths) yield analyzeFile(p, json);
}

/** The script a worker thread starts: the CLI itself (bundled dist/cli.js, or src/cli/main.ts under tsx). */
function workerEntry(): string {
  return require.main?.filename ?? process.argv[1];
}

export const analyzeCommand: Command = {
  name: 'analyze',
  summary: 'Find quotes and their speakers, reported speech, figures and entities',
  usage: 'newsmark analyze [--json] [--jobs N] [--max-files N] [--stats] FILE|FOLDER…',
  details: [
    'Folders are searched recursively for *.article, *.news, *.txt and *.md files.',
    '--json prints one JSON object per file ({ file, quotes, attributions, figures, entities }),',
    'one per line (JSON Lines). Offsets are UTF-16 code units, end exclusive.',
    'Files that cannot be read (missing, binary, not UTF-8) are reported on stderr and skipped;',
    'the exit code is then 1.',
  ],
  options: {
    json: { type: 'boolean', short: 'j' },
    'max-files': { type: 'string' },
    jobs: { type: 'string' },
    stats: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  },
  optionHelp: [
    ['-j, --json', 'JSON Lines output, one object per file'],
    ['--max-files N', `refuse to analyse more than N files (default ${DEFAULT_MAX_FILES})`],
    ['--jobs N', 'worker threads for several files (default: one per core)'],
    ['--stats', 'print the thread count and peak memory on stderr'],
    ['-h, --help', 'show this help'],
  ],
  run,
};
