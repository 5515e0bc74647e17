// Quotes as W3C Web Annotations with motivation "identifying": the quoted words as the target and the
// speaker (when known) as a TextualBody with purpose "identifying". Used by exportAs('w3c', …, { quotes: true }).
import type { Quote } from '../analyzer/types';
import { makeTarget } from '../annotations/anchoring';
import { offsetConverter } from './offsets';
import type { W3CSelector } from './w3c';

export interface W3CQuoteAnnotation {
  id: string;
  type: 'Annotation';
  motivation: 'identifying';
  body: { type: 'TextualBody'; value: string; purpose: 'identifying' }[];
  target: { source: string; selector: W3CSelector[] };
}

export function quotesAsW3C(text: string, quotes: readonly Quote[], articleUri: string): W3CQuoteAnnotation[] {
  const conv = offsetConverter(text);
  return quotes
    .filter((q) => q.start < q.end && q.end <= text.length)
    .map((q, i) => {
      const [quote] = makeTarget(text, q.start, q.end).selector;
      return {
        id: `${articleUri}#quote-${i + 1}`,
        type: 'Annotation',
        motivation: 'identifying',
        body: q.speaker ? [{ type: 'TextualBody', value: q.speaker.name, purpose: 'identifying' }] : [],
        target: {
          source: articleUri,
          selector: [
            { type: 'TextQuoteSelector', exact: quote.exact, ...(quote.prefix ? { prefix: quote.prefix } : {}), ...(quote.suffix ? { suffix: quote.suffix } : {}) },
            { type: 'TextPositionSelector', start: conv.toCodePoint(q.start), end: conv.toCodePoint(q.end) },
          ],
        },
      };
    });
}
