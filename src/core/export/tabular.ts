// CSV (RFC 4180) and JSON Lines: one row/object per item (quote, reported speech, figure, entity
// mention, claim), in text order. Offsets are UTF-16 code units, end exclusive, as everywhere in Newsmark.
import { resolveClaims } from './claims';
import type { ExportInput } from './types';

export type ItemKind = 'quote' | 'reported' | 'figure' | 'entity' | 'claim';

export interface ExportItem {
  kind: ItemKind;
  /** null for a claim whose words are no longer in the text */
  start: number | null;
  end: number | null;
  text: string;
  /** figure kind, entity type, attribution method */
  type?: string;
  label?: string;
  speaker?: string;
  /** canonical entity name */
  entity?: string;
  value?: number;
  unit?: string;
  note?: string;
  id?: string;
}

export const CSV_COLUMNS = ['kind', 'start', 'end', 'text', 'type', 'label', 'speaker', 'entity', 'value', 'unit', 'note', 'id'] as const;

export function exportItems(input: ExportInput): ExportItem[] {
  const { analysis, text } = input;
  const items: ExportItem[] = [];
  for (const q of analysis.quotes) {
    items.push({ kind: 'quote', start: q.start, end: q.end, text: q.text, type: q.method, ...(q.speaker ? { speaker: q.speaker.name } : {}) });
  }
  for (const a of analysis.attributions) {
    if (!a.reported) continue;
    items.push({ kind: 'reported', start: a.content.start, end: a.content.end, text: text.slice(a.content.start, a.content.end), ...(a.speaker ? { speaker: a.speaker.name } : {}) });
  }
  for (const f of analysis.figures) {
    items.push({ kind: 'figure', start: f.start, end: f.end, text: f.text, type: f.kind, ...(f.value !== null ? { value: f.value } : {}), ...(f.unit ? { unit: f.unit } : {}) });
  }
  for (const e of analysis.entities) {
    for (const m of e.mentions) items.push({ kind: 'entity', start: m.start, end: m.end, text: m.text, type: e.type, entity: e.name, id: e.id });
  }
  for (const c of resolveClaims(input)) {
    const a = c.annotation;
    items.push({ kind: 'claim', start: c.anchored ? c.start : null, end: c.anchored ? c.end : null, text: c.exact, label: a.label, ...(a.note ? { note: a.note } : {}), id: a.id });
  }
  const pos = (i: ExportItem) => (i.start === null ? Infinity : i.start);
  return items.sort((x, y) => pos(x) - pos(y) || (y.end ?? 0) - (x.end ?? 0));
}

/** One CSV field: quoted when needed (RFC 4180), and never read as a formula by a spreadsheet. */
export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  let s = typeof value === 'number' ? String(value) : value;
  // OWASP CSV injection: text cells starting with = + - @ (or tab/CR) get a leading apostrophe
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(input: ExportInput): string {
  const rows = [CSV_COLUMNS.join(',')];
  for (const item of exportItems(input)) {
    rows.push(CSV_COLUMNS.map((c) => csvField(item[c] as string | number | null | undefined)).join(','));
  }
  return rows.join('\r\n') + '\r\n';
}

export function toJsonLines(input: ExportInput): string {
  return exportItems(input).map((i) => JSON.stringify(i) + '\n').join('');
}
