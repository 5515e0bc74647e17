// W3C Web Annotation import (https://www.w3.org/TR/annotation-model/): a single Annotation, an array of
// them, an AnnotationPage or an AnnotationCollection with an embedded first page. Each annotation with a
// TextQuoteSelector (or a TextPositionSelector, in code points) becomes a claim: its tagging body is the
// label, its commenting body (or any untyped text body) the note. Never throws.
import { newAnnotationId } from '../annotations/model';
import type { Annotation } from '../annotations/schema';
import { offsetConverter } from '../export/offsets';
import { locate } from './anchor';
import type { ImportOptions, ImportProblem, ImportResult } from './types';

type Json = Record<string, unknown>;

const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const asArray = (v: unknown): unknown[] => (v === undefined || v === null ? [] : Array.isArray(v) ? v : [v]);
const hasType = (o: Json, t: string) => asArray(o.type ?? o['@type']).includes(t);
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** The annotations inside any of the accepted shapes, with a problem for each part that is not one. */
export function collectW3CAnnotations(data: unknown, problems: ImportProblem[] = []): Json[] {
  const out: Json[] = [];
  const visit = (v: unknown, where: string) => {
    if (Array.isArray(v)) return v.forEach((x, i) => visit(x, `${where}[${i}]`));
    if (!isObj(v)) return problems.push({ message: `${where}: not an object` });
    if (hasType(v, 'AnnotationCollection')) {
      if (v.items !== undefined) visit(v.items, `${where}.items`);
      if (isObj(v.first)) visit(v.first, `${where}.first`);
      else if (typeof v.first === 'string') problems.push({ message: `${where}.first: a page by reference (${v.first}) cannot be followed; embed it` });
      return;
    }
    if (hasType(v, 'AnnotationPage')) return visit(v.items ?? [], `${where}.items`);
    if (hasType(v, 'Annotation')) return void out.push(v);
    problems.push({ message: `${where}: not an Annotation, AnnotationPage or AnnotationCollection` });
  };
  visit(data, '$');
  return out;
}

export function importW3C(data: unknown, text: string, options: ImportOptions = {}): ImportResult {
  const problems: ImportProblem[] = [];
  let parsed = data;
  if (typeof data === 'string') {
    try {
      parsed = JSON.parse(data);
    } catch (err) {
      return { claims: [], problems: [{ message: `invalid JSON: ${err instanceof Error ? err.message : String(err)}` }] };
    }
  }
  const now = options.now ?? new Date().toISOString();
  const conv = offsetConverter(text);
  const seen = new Set<string>();
  const claims: ImportResult['claims'] = [];
  collectW3CAnnotations(parsed, problems).forEach((a, i) => {
    const name = typeof a.id === 'string' ? a.id : `annotation ${i + 1}`;
    const selectors = asArray(a.target).flatMap((t) => (isObj(t) ? asArray(t.selector) : [])).filter(isObj);
    const quote = selectors.find((s) => hasType(s, 'TextQuoteSelector') && typeof s.exact === 'string' && s.exact !== '');
    const pos = selectors.find((s) => hasType(s, 'TextPositionSelector') && Number.isInteger(s.start) && Number.isInteger(s.end));
    if (!quote && !pos) return void problems.push({ message: `${name}: no TextQuoteSelector or TextPositionSelector` });
    const start = pos ? conv.toUtf16(pos.start as number) : undefined;
    const end = pos ? conv.toUtf16(pos.end as number) : undefined;
    const exact = quote ? (quote.exact as string) : text.slice(start, end);
    const located = locate(text, exact, start, end, {
      prefix: typeof quote?.prefix === 'string' ? quote.prefix : '',
      suffix: typeof quote?.suffix === 'string' ? quote.suffix : '',
    });
    if (!located) return void problems.push({ message: `${name}: empty selection` });
    if (located.status === 'orphaned') problems.push({ message: `${name}: words not found in the text (kept as an orphaned claim)` });

    const bodies = [...asArray(a.body), ...(typeof a.bodyValue === 'string' ? [{ type: 'TextualBody', value: a.bodyValue }] : [])];
    let label: string | undefined;
    const notes: string[] = [];
    for (const b of bodies) {
      const value = typeof b === 'string' ? undefined : isObj(b) && typeof b.value === 'string' ? b.value : undefined;
      if (value === undefined) continue;
      const purpose = asArray((b as Json).purpose ?? a.motivation);
      if (purpose.includes('tagging') || purpose.includes('classifying')) label ??= value;
      else notes.push(value);
    }
    const id = typeof a.id === 'string' && a.id && !seen.has(a.id) ? a.id : newAnnotationId();
    seen.add(id);
    const date = (v: unknown) => (typeof v === 'string' && ISO.test(v) ? v : undefined);
    const created = date(a.created) ?? now;
    const creatorObj = asArray(a.creator)[0];
    const creator = typeof creatorObj === 'string' ? creatorObj : isObj(creatorObj) && typeof (creatorObj.name ?? creatorObj.nickname) === 'string' ? String(creatorObj.name ?? creatorObj.nickname) : options.creator ?? 'W3C import';
    const annotation: Annotation = {
      id,
      type: 'Annotation',
      motivation: 'assessing',
      label: label ?? options.defaultLabel ?? 'needs-source',
      note: notes.join('\n'),
      creator: { name: creator },
      created,
      modified: date(a.modified) ?? created,
      target: located.target,
    };
    claims.push({ annotation, status: located.status });
  });
  return { claims, problems };
}
