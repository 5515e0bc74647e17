// Turning "these words, probably at these offsets" into a sidecar target on the current article text.
import { makeTarget, reanchor } from '../annotations/anchoring';
import type { Target, TextQuoteSelector } from '../annotations/schema';
import type { ImportStatus } from './types';

export interface Located {
  target: Target;
  status: ImportStatus;
}

/**
 * exact: the words; start/end: where they are said to be (UTF-16, may be stale or missing).
 * Found → full selectors rebuilt on `text`; not found → only the quote selector (an orphan).
 */
export function locate(text: string, exact: string, start: number | undefined, end: number | undefined, context: { prefix?: string; suffix?: string } = {}): Located | null {
  if (!exact) return null;
  const quote: TextQuoteSelector = { type: 'TextQuoteSelector', exact, prefix: context.prefix ?? '', suffix: context.suffix ?? '' };
  const selector: Target['selector'] = [quote];
  if (start !== undefined && end !== undefined && Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start < end) {
    selector.push({ type: 'TextPositionSelector', start, end });
  }
  const r = reanchor(text, { selector });
  if (r.status === 'orphaned') return { target: { selector: [quote] }, status: 'orphaned' };
  return { target: { selector: makeTarget(text, r.start, r.end).selector }, status: r.status };
}
