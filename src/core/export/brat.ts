// brat standoff export (https://brat.nlplab.org/standoff.html): the article as `.txt`, this as `.ann`.
//   T  text-bound annotation   "T1<TAB>Quote 10 52<TAB>the words"
//   R  relation                "R1<TAB>SaidBy Arg1:T1 Arg2:T2"
//   A  attribute               "A1<TAB>Label T9 verified"
//   #  note                    "#1<TAB>AnnotatorNotes T3<TAB>400000000 USD"
// brat offsets are character offsets of a Python string, i.e. Unicode code points: ours (UTF-16) are
// converted. A span may not contain a newline, so a multi-line span becomes fragments "0 5;6 10"
// whose text field is the fragments joined by one space (as brat writes them).
import type { FigureKind, Span } from '../analyzer/types';
import { resolveClaims } from './claims';
import { offsetConverter } from './offsets';
import type { ExportInput } from './types';

export const FIGURE_TYPES: Record<FigureKind, string> = {
  money: 'Money',
  count: 'Count',
  percent: 'Percent',
  measure: 'Measure',
  ordinal: 'Ordinal',
  range: 'Range',
  year: 'Year',
  date: 'Date',
};
export const ENTITY_TYPES = { person: 'Person', organization: 'Organization', place: 'Place' } as const;

/** Fragments of [start, end) that contain no line break (UTF-16 offsets); empty when the span is only line breaks. */
export function bratFragments(text: string, start: number, end: number): Span[] {
  const out: Span[] = [];
  let s = start;
  for (let i = start; i <= end; i++) {
    const c = i < end ? text.charCodeAt(i) : -1;
    if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029 || c === 0x85 || c === -1) {
      if (i > s) out.push({ start: s, end: i });
      s = i + 1;
    }
  }
  return out;
}

export interface BratExportResult {
  ann: string;
  /** annotation types used (for annotation.conf) */
  labels: string[];
}

export function toBrat(input: ExportInput): BratExportResult {
  const { text, analysis } = input;
  const conv = offsetConverter(text);
  const lines: string[] = [];
  const tIds = new Map<string, string>();
  let t = 0;
  let r = 0;
  let a = 0;
  let n = 0;
  const oneLine = (s: string) => s.replace(/[\r\n\u2028\u2029\u0085\t]+/g, ' ');

  /** the T id for this type and span (deduplicated), or null when the span has no text on any line */
  const tb = (type: string, start: number, end: number): string | null => {
    const key = `${type} ${start} ${end}`;
    const known = tIds.get(key);
    if (known) return known;
    if (!(start >= 0 && start < end && end <= text.length)) return null;
    const frags = bratFragments(text, start, end);
    if (frags.length === 0) return null;
    const id = `T${++t}`;
    const offsets = frags.map((f) => `${conv.toCodePoint(f.start)} ${conv.toCodePoint(f.end)}`).join(';');
    lines.push(`${id}\t${type} ${offsets}\t${frags.map((f) => text.slice(f.start, f.end)).join(' ')}`);
    tIds.set(key, id);
    return id;
  };
  const note = (target: string, value: string) => {
    if (value.trim()) lines.push(`#${++n}\tAnnotatorNotes ${target}\t${oneLine(value).trim()}`);
  };

  for (const q of analysis.quotes) {
    const qt = tb('Quote', q.start, q.end);
    if (!qt) continue;
    if (q.speaker) {
      const st = tb('Source', q.speaker.start, q.speaker.end);
      if (st) lines.push(`R${++r}\tSaidBy Arg1:${qt} Arg2:${st}`);
      if (st && q.speaker.name !== q.speaker.text) note(st, q.speaker.name);
    }
    if (q.cue) {
      const ct = tb('Cue', q.cue.start, q.cue.end);
      if (ct) lines.push(`R${++r}\tCueOf Arg1:${ct} Arg2:${qt}`);
    }
  }
  for (const at of analysis.attributions) {
    if (!at.reported) continue;
    const rt = tb('ReportedSpeech', at.content.start, at.content.end);
    if (!rt) continue;
    if (at.speaker) {
      const st = tb('Source', at.speaker.start, at.speaker.end);
      if (st) lines.push(`R${++r}\tSaidBy Arg1:${rt} Arg2:${st}`);
    }
    const ct = tb('Cue', at.cue.start, at.cue.end);
    if (ct) lines.push(`R${++r}\tCueOf Arg1:${ct} Arg2:${rt}`);
  }
  for (const f of analysis.figures) {
    const ft = tb(FIGURE_TYPES[f.kind] ?? 'Figure', f.start, f.end);
    if (ft && f.value !== null) note(ft, f.unit ? `${f.value} ${f.unit}` : String(f.value));
  }
  for (const e of analysis.entities) {
    for (const m of e.mentions) {
      const et = tb(ENTITY_TYPES[e.type], m.start, m.end);
      if (et && e.name !== m.text) note(et, e.name);
    }
  }
  const labels = new Set<string>();
  for (const c of resolveClaims(input)) {
    if (!c.anchored) continue; // brat has no place for words that are not in the text
    const ct = tb('Claim', c.start, c.end);
    if (!ct) continue;
    lines.push(`A${++a}\tLabel ${ct} ${oneLine(c.annotation.label).replace(/ /g, '_')}`);
    labels.add(c.annotation.label);
    note(ct, c.annotation.note);
  }
  return { ann: lines.length ? lines.join('\n') + '\n' : '', labels: [...labels] };
}

/** brat's annotation.conf for the types this exporter writes, with the given claim labels as attribute values. */
export function bratAnnotationConf(labels: readonly string[]): string {
  const values = [...new Set(labels.map((l) => l.replace(/[\s|,]+/g, '_')))].filter(Boolean);
  return [
    '[entities]',
    'Quote',
    'ReportedSpeech',
    'Source',
    'Cue',
    'Claim',
    ...Object.values(ENTITY_TYPES),
    ...Object.values(FIGURE_TYPES),
    '',
    '[relations]',
    'SaidBy\tArg1:Quote|ReportedSpeech, Arg2:Source',
    'CueOf\tArg1:Cue, Arg2:Quote|ReportedSpeech',
    '<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>',
    '',
    '[events]',
    '',
    '[attributes]',
    values.length ? `Label\tArg:Claim, Value:${values.join('|')}` : 'Label\tArg:Claim',
    '',
  ].join('\n');
}
