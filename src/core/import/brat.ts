// brat standoff import (https://brat.nlplab.org/standoff.html). Reads every line kind brat writes
// (T, R, E, A/M, N, *, #), reports malformed lines with their line number and goes on; never throws.
// Claims are the T annotations of type "Claim" (configurable), labelled by their "Label" attribute and
// noted by AnnotatorNotes. brat offsets are code points; they become UTF-16 and are re-anchored on the text.
import { newAnnotationId } from '../annotations/model';
import type { Annotation } from '../annotations/schema';
import { offsetConverter } from '../export/offsets';
import { locate, type Located } from './anchor';
import type { ImportOptions, ImportProblem, ImportResult } from './types';

export interface BratTextBound {
  id: string;
  type: string;
  /** code point offsets as written in the file */
  fragments: { start: number; end: number }[];
  text: string;
  line: number;
}
export interface BratRelation { id: string; type: string; args: Record<string, string>; line: number }
export interface BratEvent { id: string; type: string; trigger: string; args: [string, string][]; line: number }
export interface BratAttribute { id: string; name: string; target: string; value: string | true; line: number }
export interface BratNote { id: string; type: string; target: string; text: string; line: number }

export interface BratDocument {
  textBounds: BratTextBound[];
  relations: BratRelation[];
  events: BratEvent[];
  attributes: BratAttribute[];
  notes: BratNote[];
  problems: ImportProblem[];
}

const T_LINE = /^(T\d+)\t(\S+) (\d+ \d+(?:;\d+ \d+)*)\t(.*)$/;
const R_LINE = /^(R\d+)\t(\S+) ((?:\S+:[TER]\d+ ?)+)$/;
const E_LINE = /^(E\d+)\t(\S+):(T\d+)((?: \S+:[TE]\d+)*) ?$/;
const A_LINE = /^([AM]\d+)\t(\S+) ([TER]\d+)(?: (\S+))?$/;
const NOTE_LINE = /^(#\d*)\t(\S+) ([TERAMN*#]\d+)\t?(.*)$/;
const N_LINE = /^(N\d+)\t/;
const EQUIV_LINE = /^\*\t/;

export function parseBrat(ann: string): BratDocument {
  const doc: BratDocument = { textBounds: [], relations: [], events: [], attributes: [], notes: [], problems: [] };
  const lines = ann.split(/\r\n|\n|\r/);
  lines.forEach((raw, i) => {
    const line = i + 1;
    if (raw.trim() === '') return;
    const bad = (why: string) => doc.problems.push({ line, message: `${why}: ${truncate(raw)}` });
    switch (raw[0]) {
      case 'T': {
        const m = T_LINE.exec(raw);
        if (!m) return bad('malformed text-bound annotation');
        const fragments = m[3].split(';').map((f) => {
          const [s, e] = f.split(' ').map(Number);
          return { start: s, end: e };
        });
        if (fragments.some((f) => !(Number.isSafeInteger(f.start) && Number.isSafeInteger(f.end) && f.start <= f.end))) {
          return bad('text-bound annotation with start after end');
        }
        doc.textBounds.push({ id: m[1], type: m[2], fragments, text: m[4], line });
        return;
      }
      case 'R': {
        const m = R_LINE.exec(raw);
        if (!m) return bad('malformed relation');
        const args = Object.fromEntries(m[3].trim().split(' ').map((p) => p.split(':') as [string, string]));
        doc.relations.push({ id: m[1], type: m[2], args, line });
        return;
      }
      case 'E': {
        const m = E_LINE.exec(raw);
        if (!m) return bad('malformed event');
        const args = m[4].trim() ? m[4].trim().split(' ').map((p) => p.split(':') as [string, string]) : [];
        doc.events.push({ id: m[1], type: m[2], trigger: m[3], args, line });
        return;
      }
      case 'A':
      case 'M': {
        const m = A_LINE.exec(raw);
        if (!m) return bad('malformed attribute');
        doc.attributes.push({ id: m[1], name: m[2], target: m[3], value: m[4] ?? true, line });
        return;
      }
      case '#': {
        const m = NOTE_LINE.exec(raw);
        if (!m) return bad('malformed note');
        doc.notes.push({ id: m[1], type: m[2], target: m[3], text: m[4], line });
        return;
      }
      case 'N':
        if (!N_LINE.test(raw)) bad('malformed normalization');
        return;
      case '*':
        if (!EQUIV_LINE.test(raw)) bad('malformed equivalence');
        return;
      default:
        return; // unknown line kinds are ignored, as brat itself does with comments
    }
  });
  return doc;
}

export interface BratImportOptions extends ImportOptions {
  /** T types that are claims (case-insensitive); default ["Claim"] */
  claimTypes?: string[];
  /** attribute holding the label; default "Label" */
  labelAttribute?: string;
}

export function importBrat(ann: string, text: string, options: BratImportOptions = {}): ImportResult {
  const doc = parseBrat(ann);
  const problems = [...doc.problems];
  const claimTypes = new Set((options.claimTypes ?? ['Claim']).map((t) => t.toLowerCase()));
  const labelAttr = options.labelAttribute ?? 'Label';
  const now = options.now ?? new Date().toISOString();
  const conv = offsetConverter(text);
  const claims: ImportResult['claims'] = [];
  for (const tb of doc.textBounds) {
    if (!claimTypes.has(tb.type.toLowerCase())) continue;
    const attr = doc.attributes.find((a) => a.target === tb.id && a.name === labelAttr && a.value !== true);
    const label = attr ? String(attr.value) : options.defaultLabel ?? 'needs-source';
    const note = doc.notes
      .filter((n) => n.target === tb.id && n.type === 'AnnotatorNotes')
      .map((n) => n.text)
      .join('\n');
    const located = locateBrat(text, tb, conv);
    if (!located) {
      problems.push({ line: tb.line, message: `${tb.id}: empty claim span` });
      continue;
    }
    const annotation: Annotation = {
      id: newAnnotationId(),
      type: 'Annotation',
      motivation: 'assessing',
      label,
      note,
      creator: { name: options.creator ?? 'brat import' },
      created: now,
      modified: now,
      target: located.target,
    };
    claims.push({ annotation, status: located.status });
    if (located.status === 'orphaned') problems.push({ line: tb.line, message: `${tb.id}: words not found in the text (kept as an orphaned claim)` });
  }
  return { claims, problems };
}

function locateBrat(text: string, tb: BratTextBound, conv: ReturnType<typeof offsetConverter>): Located | null {
  const frags = tb.fragments.map((f) => ({ start: conv.toUtf16(f.start), end: conv.toUtf16(f.end) }));
  const start = Math.min(...frags.map((f) => f.start));
  const end = Math.max(...frags.map((f) => f.end));
  const joined = frags.map((f) => text.slice(f.start, f.end)).join(' ');
  if (joined === tb.text && start < end) return locate(text, text.slice(start, end), start, end);
  if (frags.length === 1 || !tb.text.includes(' ')) return locate(text, tb.text, start, end);
  // a stale multi-line span: look for its pieces separated by line breaks, nearest to where it was
  const pieces = frags.map((f) => f.end - f.start);
  const words: string[] = [];
  let at = 0;
  for (const len of pieces) {
    words.push(tb.text.slice(at, at + len));
    at += len + 1;
  }
  const re = new RegExp(words.map(escapeRegExp).join('[\\r\\n\\u2028\\u2029\\u0085]+'), 'g');
  let best: { start: number; end: number } | null = null;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (!best || Math.abs(m.index - start) < Math.abs(best.start - start)) best = { start: m.index, end: m.index + m[0].length };
    if (m[0].length === 0) re.lastIndex++;
  }
  if (best && best.start < best.end) return locate(text, text.slice(best.start, best.end), best.start, best.end);
  return locate(text, tb.text, start, end);
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function truncate(s: string): string {
  return s.length > 80 ? `${s.slice(0, 77)}…` : s;
}
