// `newsmark export --format w3c|brat|claimreview|csv|jsonl [--out DIR] FILE|FOLDER…`: each article with
// its analysis and its claims (the `<file>.annotations.json` sidecar beside it) in an exchange format.
// A sidecar that cannot be read is an error for that article only; the others are still exported.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyze } from '../core/analyzer/index';
import { parseSidecar, sidecarNameFor, type SidecarFile } from '../core/annotations';
import { defaultBratConf, EXPORT_FORMATS, exportAs, FORMATS, isExportFormat, type ExportFormat, type ExportMeta } from '../core/export';
import { toBrat } from '../core/export/brat';
import { intOption, type ParsedArgs } from './args';
import type { Command } from './commands';
import { CliError, describeError, EXIT_FAILED, EXIT_OK } from './errors';
import { collectInputs, readArticle } from './files';
import type { Io } from './io';

const DEFAULT_MAX_FILES = 100_000;

/** The claims beside an article: null when there is no sidecar; throws a CliError when it is unusable. */
export function readSidecarFor(articlePath: string): SidecarFile | null {
  const path = join(resolve(articlePath, '..'), sidecarNameFor(basename(articlePath)));
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new CliError(`${sidecarNameFor(basename(articlePath))}: ${describeError(err)}`, EXIT_FAILED);
  }
  const parsed = parseSidecar(raw);
  if (!parsed.ok) throw new CliError(`bad annotations file ${sidecarNameFor(basename(articlePath))}: ${parsed.message}`, EXIT_FAILED);
  return parsed.file;
}

function stringOption(args: ParsedArgs, name: string): string | undefined {
  const v = args.values[name];
  if (v === undefined) return undefined;
  if (typeof v !== 'string' || v === '') throw new CliError(`export: --${name} needs a value`);
  return v;
}

export async function runExport(args: ParsedArgs, io: Io): Promise<number> {
  const format = stringOption(args, 'format');
  if (!format) throw new CliError(`export: --format is required (${EXPORT_FORMATS.join(', ')})`);
  if (!isExportFormat(format)) throw new CliError(`export: unknown format ${JSON.stringify(format)} (use ${EXPORT_FORMATS.join(', ')})`);
  if (args.positionals.length === 0) throw new CliError('export: no file or folder given (see newsmark export --help)');
  const out = stringOption(args, 'out');
  const meta: ExportMeta = {
    url: stringOption(args, 'url'),
    datePublished: stringOption(args, 'date'),
    headline: stringOption(args, 'headline'),
    author: stringOption(args, 'author'),
  };
  if (meta.datePublished && !/^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2})?)?$/.test(meta.datePublished)) {
    throw new CliError(`export: --date must be an ISO 8601 date (2022-11-10), got ${JSON.stringify(meta.datePublished)}`);
  }
  const maxFiles = intOption('export', 'max-files', args.values['max-files'], DEFAULT_MAX_FILES);
  const inputs = collectInputs(args.positionals, maxFiles);
  if (inputs.length === 0) throw new CliError(`export: no .article, .news, .txt or .md files in ${args.positionals.join(', ')}`, EXIT_FAILED);
  if (inputs.length > 1 && !out && format !== 'jsonl') {
    throw new CliError(`export: ${inputs.length} files need --out DIR for --format ${format} (only jsonl can share stdout)`);
  }
  if (inputs.length > 1 && (meta.url || meta.headline)) throw new CliError('export: --url and --headline describe one article; give one file');
  if (out) mkdirSync(out, { recursive: true });

  const used = new Set<string>();
  const labels = new Set<string>();
  let failed = 0;
  for (const input of inputs) {
    try {
      if (input.error) throw new CliError(input.error, EXIT_FAILED);
      const text = readArticle(input.path);
      const sidecar = readSidecarFor(input.path);
      const exportInput = {
        articleUri: meta.url ?? pathToFileURL(resolve(input.path)).href,
        text,
        analysis: analyze(text),
        sidecar,
        meta: Object.fromEntries(Object.entries(meta).filter(([, v]) => v !== undefined)) as ExportMeta,
      };
      const result = exportAs(format, exportInput, { quotes: args.values.quotes === true });
      if (format === 'brat') for (const l of toBrat(exportInput).labels) labels.add(l);
      if (!out) {
        if (inputs.length > 1) {
          // jsonl from several files: each object says which file it came from
          for (const line of result.content.split('\n')) if (line) io.stdout.write(`${JSON.stringify({ file: input.path, ...JSON.parse(line) })}\n`);
        } else io.stdout.write(result.content);
        continue;
      }
      const base = uniqueBase(basename(input.path).replace(/\.[^.]+$/, ''), used);
      const target = join(out, `${base}.${result.extension}`);
      writeFileSync(target, result.content);
      // brat reads the text from <base>.txt next to <base>.ann: the offsets are into exactly this text
      if (format === 'brat') writeFileSync(join(out, `${base}.txt`), text);
      io.stdout.write(`${target}\n`);
    } catch (err) {
      failed++;
      io.stderr.write(`newsmark: skipped ${input.path}: ${describeError(err)}\n`);
    }
  }
  if (out && format === 'brat') writeFileSync(join(out, 'annotation.conf'), defaultBratConf([...labels]));
  if (failed && inputs.length > 1) io.stderr.write(`newsmark: ${failed} of ${inputs.length} files failed\n`);
  return failed ? EXIT_FAILED : EXIT_OK;
}

function uniqueBase(base: string, used: Set<string>): string {
  let name = base;
  for (let k = 2; used.has(name); k++) name = `${base}-${k}`;
  used.add(name);
  return name;
}

const formatHelp = (Object.keys(FORMATS) as ExportFormat[]).map((f) => `  ${f.padEnd(12)}${FORMATS[f].description} (.${FORMATS[f].extension})`);

export const exportCommand: Command = {
  name: 'export',
  summary: 'Export quotes, figures, entities and claim tags as W3C annotations, brat, ClaimReview, CSV or JSON Lines',
  usage: 'newsmark export --format w3c|brat|claimreview|csv|jsonl [--out DIR] FILE|FOLDER…',
  details: [
    'Each article is exported with its claims from <article>.annotations.json beside it (if any).',
    'Formats:',
    ...formatHelp,
    'Without --out the export goes to stdout (several files: jsonl only, with a "file" key).',
    'With --out, one file per article; brat also gets <name>.txt and annotation.conf.',
    'An article whose annotations file is invalid is reported on stderr and skipped; the exit code is then 1.',
  ],
  options: {
    format: { type: 'string', short: 'f' },
    out: { type: 'string', short: 'o' },
    url: { type: 'string' },
    date: { type: 'string' },
    headline: { type: 'string' },
    author: { type: 'string' },
    quotes: { type: 'boolean' },
    'max-files': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
  optionHelp: [
    ['-f, --format F', `one of ${EXPORT_FORMATS.join(', ')}`],
    ['-o, --out DIR', 'write one file per article into DIR (created if missing)'],
    ['--url URL', 'public URL of the article (W3C source, ClaimReview)'],
    ['--date DATE', 'publication date of the article, ISO 8601'],
    ['--headline TEXT', 'headline of the article (ClaimReview appearance)'],
    ['--author NAME', 'the fact-checking organisation (ClaimReview author)'],
    ['--quotes', 'w3c: also export the quotes (motivation identifying, speaker as body)'],
    ['--max-files N', `refuse to export more than N files (default ${DEFAULT_MAX_FILES})`],
    ['-h, --help', 'show this help'],
  ],
  run: runExport,
};
