// The UTF-16 ↔ code point converter used by brat and W3C export/import, against Array.from (which
// splits a string into code points exactly as Python, and so brat, counts them).
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { codePointOffset } from '../../../src/core/export/w3c';
import { offsetConverter } from '../../../src/core/export/offsets';
import { isBoundary, text } from './arbitraries';

describe('properties: code point offsets', () => {
  it('agrees with Array.from at every boundary and round-trips', () => {
    fc.assert(
      fc.property(text(40), (t) => {
        const conv = offsetConverter(t);
        assert.equal(conv.codePointLength, Array.from(t).length);
        let cp = 0;
        for (let u = 0; u <= t.length; u++) {
          if (!isBoundary(t, u)) continue;
          assert.equal(conv.toCodePoint(u), cp, `utf16 ${u}`);
          assert.equal(conv.toCodePoint(u), codePointOffset(t, u), 'same as the W3C exporter');
          assert.equal(conv.toUtf16(cp), u, `code point ${cp}`);
          const c = t.codePointAt(u);
          if (c !== undefined) u += c > 0xffff ? 1 : 0;
          cp++;
        }
      }),
      { numRuns: 200 },
    );
  });

  it('clamps out-of-range offsets', () => {
    const conv = offsetConverter('a😀b');
    assert.deepEqual([conv.toCodePoint(-5), conv.toCodePoint(99), conv.toUtf16(-1), conv.toUtf16(99)], [0, 3, 0, 4]);
    assert.deepEqual([0, 1, 2, 3].map(conv.toUtf16), [0, 1, 3, 4]);
  });
});
