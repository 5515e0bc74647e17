// Properties of analyze() over arbitrary Unicode: it never throws, and every offset it returns is a
// valid, non-splitting range whose text field is that slice of the input.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyze } from '../../../src/core/analyzer/index';
import type { Analysis } from '../../../src/core/analyzer/types';
import { isBoundary, text } from './arbitraries';

/** Every span in an analysis, with a name for messages. */
export function spansOf(a: Analysis): { what: string; start: number; end: number; text?: string }[] {
  const out: { what: string; start: number; end: number; text?: string }[] = [];
  for (const q of a.quotes) {
    out.push({ what: 'quote', ...q });
    if (q.speaker) out.push({ what: 'quote.speaker', ...q.speaker });
    if (q.cue) out.push({ what: 'quote.cue', ...q.cue });
  }
  for (const t of a.attributions) {
    out.push({ what: 'attribution', start: t.start, end: t.end });
    out.push({ what: 'attribution.content', ...t.content });
    out.push({ what: 'attribution.cue', ...t.cue });
    if (t.speaker) out.push({ what: 'attribution.speaker', ...t.speaker });
  }
  for (const f of a.figures) out.push({ what: 'figure', ...f });
  for (const e of a.entities) for (const m of e.mentions) out.push({ what: `entity ${e.id}`, ...m });
  return out;
}

export function assertValidSpans(t: string, a: Analysis): void {
  for (const s of spansOf(a)) {
    // the message is built only on failure: the text may be a megabyte
    const msg = () => `${s.what} [${s.start}, ${s.end}) in ${JSON.stringify(t.length > 2000 ? t.slice(Math.max(0, s.start - 50), s.end + 50) : t)}`;
    if (!(isBoundary(t, s.start) && isBoundary(t, s.end))) assert.fail(`bad offset: ${msg()}`);
    if (!(s.start <= s.end)) assert.fail(`start after end: ${msg()}`);
    if (s.text !== undefined && s.text !== t.slice(s.start, s.end)) assert.fail(`text field: ${msg()}`);
  }
}

describe('properties: analyze()', () => {
  it('never throws and returns only valid offsets, for any text', () => {
    fc.assert(
      fc.property(text(), (t) => {
        assertValidSpans(t, analyze(t));
      }),
      { numRuns: 200 },
    );
  });

  it('returns valid offsets for a ~1 MB single line with emoji and quotes', () => {
    const chunk = 'Yoon said “we 👍🏽 never sold $400m of 155mm shells” to Seoul, the ministry said; ';
    const t = chunk.repeat(Math.ceil(1_000_000 / chunk.length));
    assert.ok(t.length >= 1_000_000 && !t.includes('\n'));
    const a = analyze(t);
    assertValidSpans(t, a);
    assert.ok(a.quotes.length > 0);
  });
});
