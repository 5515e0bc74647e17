// The claims of an export input, re-anchored to the text being exported: a sidecar written before the
// last edit on disk still exports on the right words, and claims whose words are gone are marked orphaned.
import { makeTarget, reanchorAll } from '../annotations/anchoring';
import type { Annotation, SidecarFile, TextQuoteSelector } from '../annotations/schema';
import type { ExportInput } from './types';

export type ResolvedClaim =
  | { annotation: Annotation; exact: string; anchored: true; start: number; end: number }
  | { annotation: Annotation; exact: string; anchored: false };

export function resolveClaims(input: Pick<ExportInput, 'text' | 'sidecar'>): ResolvedClaim[] {
  const annotations = input.sidecar?.annotations ?? [];
  const results = reanchorAll(input.text, annotations);
  const out = annotations.map((annotation, i): ResolvedClaim => {
    const r = results[i];
    const exact = annotation.target.selector.find((s): s is TextQuoteSelector => s.type === 'TextQuoteSelector')?.exact ?? '';
    if (r.status === 'orphaned') return { annotation, exact, anchored: false };
    return { annotation, exact: input.text.slice(r.start, r.end), anchored: true, start: r.start, end: r.end };
  });
  return out.sort((x, y) => (x.anchored ? x.start : Infinity) - (y.anchored ? y.start : Infinity) || cmp(x.annotation.id, y.annotation.id));
}

/** The sidecar with every anchored claim's selectors rebuilt on the current text; orphans keep only their quote. */
export function refreshedSidecar(input: Pick<ExportInput, 'text' | 'sidecar'>): SidecarFile | null {
  if (!input.sidecar) return null;
  const byId = new Map(resolveClaims(input).map((c) => [c.annotation.id, c]));
  return {
    ...input.sidecar,
    annotations: input.sidecar.annotations.map((a) => {
      const c = byId.get(a.id);
      if (!c) return a;
      if (c.anchored) return { ...a, target: { ...a.target, selector: makeTarget(input.text, c.start, c.end).selector } };
      return { ...a, target: { ...a.target, selector: a.target.selector.filter((s) => s.type === 'TextQuoteSelector') } };
    }),
  };
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
