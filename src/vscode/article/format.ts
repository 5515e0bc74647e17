// Text shared by hovers, the tree, the outline and the report, so they describe things the same way.
import type { AttributionMethod, EntityType, Figure, Quote } from '../../core/analyzer';

export const ENTITY_TYPE_TITLE: Record<EntityType, string> = { person: 'Person', organization: 'Organisation', place: 'Place' };

export const METHOD_TITLE: Record<AttributionMethod, string> = {
  explicit: 'explicit cue',
  inherited: 'inherited from the previous paragraph',
  pronoun: 'pronoun resolved to the last person quoted',
  subject: 'subject of the sentence (no speech verb)',
  none: 'no speaker found',
};

/** "$400m" → "400,000,000 USD"; "155mm" → "155 mm"; a date without a value → "date". */
export function figureValue(f: Figure): string {
  if (f.value === null) return f.kind;
  const n = f.value.toLocaleString('en-US', { maximumFractionDigits: 6 });
  return f.unit ? `${n} ${f.unit}` : n;
}

/** A quote shortened for one line of a list: “We will continue to support…” */
export function shortQuote(q: Quote, max = 80): string {
  const t = q.text.replace(/\s+/g, ' ');
  return t.length <= max ? t : t.slice(0, max - 1).trimEnd() + '…”';
}

/** Escapes Markdown so article text can't inject links, images or HTML into a hover. */
export function escapeMarkdown(s: string): string {
  return s.replace(/[\\`*_{}[\]()#+\-.!<>|~&]/g, '\\$&');
}
