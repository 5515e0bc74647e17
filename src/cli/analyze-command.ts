// `newsmark analyze [--json] FILE|FOLDER…`: quotes, attributions, figures and entities.
import { analyze } from '../core/analyzer/index';
import { intOption, type ParsedArgs } from './args';
import type { Command } from './commands';
import { CliError, describeError, EXIT_FAILED, EXIT_OK } from './errors';
import { collectInputs, readArticle } from './files';
import type { Io } from './io';
import { formatSummary } from './summary';
import { palette, progressBar, useColor } from './terminal';

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
  let failed = 0;
  let first = true;
  for (const input of inputs) {
    progress.tick(input.path);
    let text: string;
    try {
      if (input.error) throw new CliError(input.error, EXIT_FAILED);
      text = readArticle(input.path);
    } catch (err) {
      failed++;
      progress.done();
      io.stderr.write(`${errColors.red('newsmark: skipped')} ${input.path}: ${describeError(err)}\n`);
      continue;
    }
    const analysis = analyze(text);
    if (json) {
      const { quotes, attributions, figures, entities } = analysis;
      io.stdout.write(JSON.stringify({ file: input.path, quotes, attributions, figures, entities }) + '\n');
    } else {
      if (!first) io.stdout.write('\n');
      progress.done();
      io.stdout.write(formatSummary(input.path, analysis, colors));
    }
    first = false;
  }
  progress.done();
  if (failed && inputs.length > 1) io.stderr.write(`newsmark: ${failed} of ${inputs.length} files failed\n`);
  return failed ? EXIT_FAILED : EXIT_OK;
}

export const analyzeCommand: Command = {
  name: 'analyze',
  summary: 'Find quotes and their speakers, reported speech, figures and entities',
  usage: 'newsmark analyze [--json] [--max-files N] FILE|FOLDER…',
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
    help: { type: 'boolean', short: 'h' },
  },
  optionHelp: [
    ['-j, --json', 'JSON Lines output, one object per file'],
    ['--max-files N', `refuse to analyse more than N files (default ${DEFAULT_MAX_FILES})`],
    ['-h, --help', 'show this help'],
  ],
  run,
};
