// Properties of the exporters and importers over arbitrary text: no format throws; brat offsets are
// code points whose slices are the written text; export → import puts every claim back on its words.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { addClaim, emptySidecar, reanchor } from '../../../src/core/annotations';
import { analyze } from '../../../src/core/analyzer/index';
import { EXPORT_FORMATS, exportAs } from '../../../src/core/export';
import { toBrat } from '../../../src/core/export/brat';
import { importBrat, importW3C } from '../../../src/core/import';
import { isHigh, isLow, text } from './arbitraries';

function snap(t: string, o: number): number {
  return o > 0 && o < t.length && isHigh(t.charCodeAt(o - 1)) && isLow(t.charCodeAt(o)) ? o - 1 : o;
}

/** A text and a claim on a non-empty, non-splitting span of it that has some non-line-break character. */
const withClaim = fc
  .tuple(text(40), fc.nat(), fc.nat({ max: 30 }), fc.constantFrom('verified', 'false', 'opinion'), fc.string({ maxLength: 10 }))
  .map(([t, at, len, label, note]) => {
    const s = snap(t, t.length ? at % t.length : 0);
    const e = snap(t, Math.min(t.length, s + 1 + len));
    return { t, s, e: e > s ? e : Math.min(t.length, s + (isHigh(t.charCodeAt(s)) && isLow(t.charCodeAt(s + 1)) ? 2 : 1)), label, note };
  })
  // brat spans cannot hold line breaks, so a claim starting or ending on one loses it there (claims are words)
  .filter(({ t, s, e }) => s < e && !LINE_BREAK.test(t[s]) && !LINE_BREAK.test(t[e - 1]));

const LINE_BREAK = /[\r\n\u2028\u2029\u0085]/;

describe('properties: export and import', () => {
  it('no format throws, and brat T lines slice the text by code points', () => {
    fc.assert(
      fc.property(withClaim, ({ t, s, e, label, note }) => {
        const sidecar = addClaim(emptySidecar(), { text: t, start: s, end: e, label, note, creator: 'x', now: '2026-11-29T00:00:00Z' }).file;
        const input = { articleUri: 'urn:a', text: t, analysis: analyze(t), sidecar };
        for (const f of EXPORT_FORMATS) exportAs(f, input);
        const points = Array.from(t);
        for (const line of toBrat(input).ann.split('\n').filter((l) => l.startsWith('T'))) {
          const [, typeOffsets, words] = splitT(line);
          const frags = typeOffsets.slice(typeOffsets.indexOf(' ') + 1).split(';').map((f) => f.split(' ').map(Number));
          assert.equal(frags.map(([a, b]) => points.slice(a, b).join('')).join(' '), words.replace(/\n$/, ''), line);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('export → import (W3C and brat) puts the claim back on the same words with its label', () => {
    fc.assert(
      fc.property(withClaim, ({ t, s, e, label, note }) => {
        const sidecar = addClaim(emptySidecar(), { text: t, start: s, end: e, label, note: note.replace(/[\r\n\u2028\u2029\u0085\t]/g, ' ').trim(), creator: 'x', now: '2026-11-29T00:00:00Z' }).file;
        const input = { articleUri: 'urn:a', text: t, analysis: { quotes: [], attributions: [], figures: [], entities: [] }, sidecar };
        const viaW3C = importW3C(exportAs('w3c', input).content, t).claims;
        const viaBrat = importBrat(exportAs('brat', input).content, t).claims;
        for (const claims of [viaW3C, viaBrat]) {
          assert.equal(claims.length, 1);
          const r = reanchor(t, claims[0].annotation.target);
          assert.ok(r.status !== 'orphaned');
          assert.deepEqual([r.start, r.end, claims[0].annotation.label], [s, e, label]);
        }
        assert.equal(viaW3C[0].annotation.note, sidecar.annotations[0].note);
      }),
      { numRuns: 100 },
    );
  });
});

/** id, type+offsets, text: the text may itself hold tabs (brat splits twice, at the first two tabs). */
function splitT(line: string): [string, string, string] {
  const a = line.indexOf('\t');
  const b = line.indexOf('\t', a + 1);
  return [line.slice(0, a), line.slice(a + 1, b), line.slice(b + 1)];
}
