// The report's data: plain JSON posted to the webview, which renders it with textContent only.
import type { Analysis } from '../../../core/analyzer';
import type { ClaimView } from '../../claims/api';
import { ENTITY_TYPE_TITLE, METHOD_TITLE, figureValue } from '../format';
import { entityById, wordCount } from '../lookup';

export interface ReportModel {
  title: string;
  speakers: { name: string; role: string; type: string; quotes: number; words: number }[];
  quotes: { speaker: string; text: string; method: string; start: number; end: number }[];
  unnamed: { text: string; start: number; end: number }[];
  figures: { text: string; kind: string; value: string; start: number; end: number }[];
  claims: { label: string; exact: string; note: string; start: number | null; end: number | null }[];
}

export function buildReportModel(
  title: string,
  a: Analysis,
  claims: readonly ClaimView[],
  offsetOf: (c: ClaimView) => { start: number; end: number } | null,
): ReportModel {
  const speakers = new Map<string, ReportModel['speakers'][number]>();
  for (const q of a.quotes) {
    if (!q.speaker) continue;
    const e = entityById(a, q.speaker.entityId);
    const s = speakers.get(q.speaker.name) ?? { name: q.speaker.name, role: e?.role ?? '', type: e ? ENTITY_TYPE_TITLE[e.type] : '', quotes: 0, words: 0 };
    s.quotes++;
    s.words += wordCount(q.text);
    speakers.set(q.speaker.name, s);
  }
  return {
    title,
    speakers: [...speakers.values()].sort((x, y) => y.words - x.words),
    quotes: a.quotes.map((q) => ({ speaker: q.speaker?.name ?? '', text: q.text, method: METHOD_TITLE[q.method], start: q.start, end: q.end })),
    unnamed: a.quotes.filter((q) => !q.speaker).map((q) => ({ text: q.text, start: q.start, end: q.end })),
    figures: a.figures.map((f) => ({ text: f.text, kind: f.kind, value: figureValue(f), start: f.start, end: f.end })),
    claims: claims.map((c) => {
      const at = offsetOf(c);
      return { label: c.labelTitle, exact: c.exact, note: c.note, start: at?.start ?? null, end: at?.end ?? null };
    }),
  };
}
