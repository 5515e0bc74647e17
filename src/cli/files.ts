// Finding and reading article files for the CLI: directory walks, and the checks that turn
// binary or mis-encoded input into a clear message instead of garbage output.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { CliError, EXIT_FAILED } from './errors';

export const ARTICLE_EXTENSIONS = ['.article', '.news', '.txt', '.md'];

/** Same default as the newsmark.maxAnalysisSize setting (UTF-16 code units). */
export const MAX_TEXT_LENGTH = 20_000_000;

export function isArticleFile(name: string): boolean {
  const lower = name.toLowerCase();
  return ARTICLE_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

export type Input = { path: string; error?: undefined } | { path: string; error: string };

/**
 * Expands the command-line paths: files as given, folders walked recursively (sorted, hidden
 * folders and node_modules skipped, symbolic links to folders not followed). Missing paths come
 * back as inputs carrying an error so the batch goes on.
 */
export function collectInputs(paths: string[], maxFiles: number): Input[] {
  const out: Input[] = [];
  const push = (input: Input) => {
    if (out.length >= maxFiles) {
      throw new CliError(`more than ${maxFiles} files to analyse; narrow the folder or raise --max-files`, EXIT_FAILED);
    }
    out.push(input);
  };
  for (const p of paths) {
    let isDir = false;
    try {
      isDir = statSync(p).isDirectory();
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      push({ path: p, error: code === 'ENOENT' || code === 'ENOTDIR' ? 'no such file or directory' : code === 'EACCES' ? 'permission denied' : 'cannot read' });
      continue;
    }
    if (!isDir) {
      push({ path: p });
      continue;
    }
    const stack = [p];
    while (stack.length) {
      const dir = stack.pop()!;
      let entries;
      try {
        entries = readdirSync(dir, { withFileTypes: true });
      } catch {
        push({ path: dir, error: 'cannot read folder' });
        continue;
      }
      entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      const subdirs: string[] = [];
      for (const e of entries) {
        if (e.isDirectory()) {
          if (!e.name.startsWith('.') && e.name !== 'node_modules') subdirs.push(join(dir, e.name));
        } else if ((e.isFile() || e.isSymbolicLink()) && isArticleFile(e.name)) {
          push({ path: join(dir, e.name) });
        }
      }
      // reversed so the stack pops folders in name order
      for (let i = subdirs.length - 1; i >= 0; i--) stack.push(subdirs[i]);
    }
  }
  return out;
}

const decoder = new TextDecoder('utf-8', { fatal: true });

/** Reads a text file; throws a CliError with a one-line reason for anything not UTF-8 text. */
export function readArticle(path: string): string {
  const st = statSync(path);
  if (st.isDirectory()) throw new CliError('is a directory', EXIT_FAILED);
  if (!st.isFile()) throw new CliError('not a regular file', EXIT_FAILED);
  // UTF-8 never needs more than 3 bytes per UTF-16 code unit
  if (st.size > MAX_TEXT_LENGTH * 3) throw new CliError(`too large (${st.size} bytes)`, EXIT_FAILED);
  const bytes = readFileSync(path);
  if (bytes.includes(0)) throw new CliError('binary file (contains NUL bytes)', EXIT_FAILED);
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    throw new CliError('not valid UTF-8 text', EXIT_FAILED);
  }
  if (text.length > MAX_TEXT_LENGTH) throw new CliError(`too large (${text.length} characters, limit ${MAX_TEXT_LENGTH})`, EXIT_FAILED);
  return text;
}
