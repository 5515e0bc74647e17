// Reading and writing the sidecar text. Parsing never throws: every failure is a kind the UI can act on
// (refuse to overwrite a foreign or newer file, point at the broken line of a hand-edited one).

import { parse as parseJsonc, printParseErrorCode, type ParseError } from 'jsonc-parser';
import type { z } from 'zod';
import { SIDECAR_FORMAT, SIDECAR_VERSION, sidecarSchema, type SidecarFile } from './schema';

export type SidecarProblemKind = 'malformed-json' | 'schema' | 'future-version' | 'foreign';

export type ParseSidecarResult =
  | { ok: true; file: SidecarFile }
  | { ok: false; kind: SidecarProblemKind; message: string };

/** `shells.article` → `shells.article.annotations.json` */
export function sidecarNameFor(articleBaseName: string): string {
  return `${articleBaseName}.annotations.json`;
}

export function parseSidecar(text: string): ParseSidecarResult {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text; // editors on Windows may add a BOM
  if (body.trim() === '') return { ok: false, kind: 'malformed-json', message: 'the file is empty' };
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (err) {
    return { ok: false, kind: 'malformed-json', message: describeJsonError(body, err) };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { ok: false, kind: 'foreign', message: `not a Newsmark annotations file (top level is ${kindOf(data)}, not an object)` };
  }
  const { format, version } = data as Record<string, unknown>;
  if (format !== SIDECAR_FORMAT) {
    const found = format === undefined ? 'no "format" key' : `"format" is ${JSON.stringify(format)}`;
    return { ok: false, kind: 'foreign', message: `not a Newsmark annotations file (${found}; expected "${SIDECAR_FORMAT}")` };
  }
  if (typeof version === 'number' && Number.isInteger(version) && version > SIDECAR_VERSION) {
    return {
      ok: false,
      kind: 'future-version',
      message: `version ${version} is newer than this Newsmark supports (${SIDECAR_VERSION}); update the extension to edit it`,
    };
  }
  const parsed = sidecarSchema.safeParse(data);
  if (!parsed.success) return { ok: false, kind: 'schema', message: describeIssues(parsed.error.issues) };
  return { ok: true, file: parsed.data };
}

function kindOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  return `a ${typeof v}`;
}

/** JSON.parse's message has no position in V8 ≥ 11, so jsonc-parser (strict mode) locates the error. */
function describeJsonError(text: string, err: unknown): string {
  const errors: ParseError[] = [];
  parseJsonc(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const first = errors[0];
  if (!first) return `invalid JSON: ${err instanceof Error ? err.message : String(err)}`;
  const { line, column } = lineColumn(text, first.offset);
  return `invalid JSON at line ${line}, column ${column}: ${humanize(printParseErrorCode(first.error))}`;
}

function humanize(code: string): string {
  // "CommaExpected" → "comma expected"
  return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

/** 1-based line and column (in UTF-16 code units, as editors count) of an offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

const MAX_ISSUES = 3;

function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  const parts = issues.slice(0, MAX_ISSUES).map((i) => `${formatPath(i.path)}: ${i.message}`);
  if (issues.length > MAX_ISSUES) parts.push(`and ${issues.length - MAX_ISSUES} more`);
  return `does not match the annotations schema: ${parts.join('; ')}`;
}

function formatPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(top level)';
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`)).join('');
}

// ---- writing ---------------------------------------------------------------------------------------

// Fixed key orders, so the file diffs well in git whatever order the objects were built in.
const FILE_KEYS = ['$schema', 'format', 'version', 'article', 'annotations'];
const ANNOTATION_KEYS = ['id', 'type', 'motivation', 'label', 'note', 'creator', 'created', 'modified', 'target'];
const SELECTOR_KEYS = ['type', 'exact', 'prefix', 'suffix', 'start', 'end'];
const SELECTOR_ORDER = ['TextQuoteSelector', 'TextPositionSelector'];

/** Pretty-printed (2 spaces), stable key order, annotations by position then id, trailing newline. */
export function serializeSidecar(file: SidecarFile): string {
  const annotations = [...file.annotations].sort(compareAnnotations).map((a) => {
    const selector = [...a.target.selector]
      .sort((x, y) => SELECTOR_ORDER.indexOf(x.type) - SELECTOR_ORDER.indexOf(y.type))
      .map((s) => ordered(s, SELECTOR_KEYS));
    return ordered({ ...a, creator: ordered(a.creator, ['name']), target: ordered({ ...a.target, selector }, ['selector']) }, ANNOTATION_KEYS);
  });
  const article = file.article ? ordered(file.article, ['name']) : undefined;
  return JSON.stringify(ordered({ ...file, article, annotations }, FILE_KEYS), null, 2) + '\n';
}

export function annotationStart(a: { target: { selector: readonly { type: string; start?: unknown }[] } }): number {
  const pos = a.target.selector.find((s) => s.type === 'TextPositionSelector');
  return pos && typeof pos.start === 'number' ? pos.start : Number.MAX_SAFE_INTEGER;
}

function compareAnnotations(x: SidecarFile['annotations'][number], y: SidecarFile['annotations'][number]): number {
  return annotationStart(x) - annotationStart(y) || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0);
}

/** Known keys first in the given order, then unknown keys alphabetically (recursively sorted). */
function ordered(obj: object, known: readonly string[]): Record<string, unknown> {
  const src = obj as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const k of known) if (src[k] !== undefined) out[k] = src[k];
  for (const k of Object.keys(src).sort()) if (!known.includes(k) && src[k] !== undefined) out[k] = sortDeep(src[k]);
  return out;
}

function sortDeep(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortDeep);
  if (typeof v === 'object' && v !== null) return ordered(v, []);
  return v;
}
