// Export of claim tags as a W3C Web Annotation collection (JSON-LD, https://www.w3.org/TR/annotation-model/),
// so other annotation tools (Hypothesis-style clients, annotation servers) can read them.
//
// Offsets: the sidecar counts UTF-16 code units; W3C TextPositionSelector counts Unicode code points.
// With the article text the positions are converted; without it they are left out (the TextQuoteSelector
// alone identifies the words), rather than exported wrong for text with emoji.

import type { Annotation, SidecarFile, TextPositionSelector, TextQuoteSelector } from '../annotations/schema';

export const W3C_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

export interface W3CTextualBody {
  type: 'TextualBody';
  value: string;
  purpose: 'commenting' | 'tagging';
  format?: 'text/plain';
}

export type W3CSelector =
  | { type: 'TextQuoteSelector'; exact: string; prefix?: string; suffix?: string }
  | { type: 'TextPositionSelector'; start: number; end: number };

export interface W3CAnnotation {
  id: string;
  type: 'Annotation';
  motivation: 'assessing';
  created: string;
  modified: string;
  creator: { type: 'Person'; name: string };
  body: W3CTextualBody[];
  target: { source: string; selector: W3CSelector[] };
}

export interface W3CAnnotationCollection {
  '@context': typeof W3C_CONTEXT;
  type: 'AnnotationCollection';
  label?: string;
  total: number;
  /** the whole collection as one embedded page (annotation-model §5) */
  first: { type: 'AnnotationPage'; startIndex: 0; items: W3CAnnotation[] };
}

export interface W3COptions {
  /** the article text the sidecar positions refer to: enables TextPositionSelector (in code points) */
  text?: string;
}

export function toW3CCollection(sidecar: SidecarFile, articleUri: string, options: W3COptions = {}): W3CAnnotationCollection {
  const items = [...sidecar.annotations].sort(byStart).map((a) => toW3CAnnotation(a, articleUri, options.text));
  return {
    '@context': W3C_CONTEXT,
    type: 'AnnotationCollection',
    ...(sidecar.article?.name ? { label: `Claims in ${sidecar.article.name}` } : {}),
    total: items.length,
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
}

function toW3CAnnotation(a: Annotation, source: string, text: string | undefined): W3CAnnotation {
  const body: W3CTextualBody[] = [];
  if (a.note) body.push({ type: 'TextualBody', value: a.note, format: 'text/plain', purpose: 'commenting' });
  body.push({ type: 'TextualBody', value: a.label, purpose: 'tagging' });
  const selector: W3CSelector[] = [];
  const quote = a.target.selector.find((s): s is TextQuoteSelector => s.type === 'TextQuoteSelector');
  const pos = a.target.selector.find((s): s is TextPositionSelector => s.type === 'TextPositionSelector');
  if (quote) {
    selector.push({
      type: 'TextQuoteSelector',
      exact: quote.exact,
      ...(quote.prefix ? { prefix: quote.prefix } : {}),
      ...(quote.suffix ? { suffix: quote.suffix } : {}),
    });
  }
  if (pos && text !== undefined && pos.end <= text.length) {
    selector.push({ type: 'TextPositionSelector', start: codePointOffset(text, pos.start), end: codePointOffset(text, pos.end) });
  }
  return {
    id: a.id,
    type: 'Annotation',
    motivation: 'assessing',
    created: a.created,
    modified: a.modified,
    creator: { type: 'Person', name: a.creator.name },
    body,
    target: { source, selector },
  };
}

/** Code points before a UTF-16 offset: each surrogate pair counts once. */
export function codePointOffset(text: string, utf16Offset: number): number {
  let n = utf16Offset;
  for (let i = 0; i < utf16Offset - 1; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}

function byStart(x: Annotation, y: Annotation): number {
  const s = (a: Annotation) => a.target.selector.find((t): t is TextPositionSelector => t.type === 'TextPositionSelector')?.start ?? Infinity;
  return s(x) - s(y) || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0);
}
