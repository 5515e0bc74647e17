import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { findFigures } from '../../../src/core/analyzer/figures';
import type { Figure } from '../../../src/core/analyzer/types';

const SAMPLE = join(__dirname, '../../../samples/korea-artillery-shells.article');

function checkInvariants(text: string, figs: Figure[]): void {
  let last = 0;
  for (const f of figs) {
    assert.ok(Number.isInteger(f.start) && Number.isInteger(f.end), 'integer offsets');
    assert.ok(f.start >= last, `sorted, non-overlapping at ${f.start}`);
    assert.ok(f.end > f.start && f.end <= text.length, 'span inside the text');
    assert.equal(f.text, text.slice(f.start, f.end));
    assert.ok(f.value === null || Number.isFinite(f.value), `finite value for ${f.text}`);
    last = f.end;
  }
}

describe('findFigures on the sample article', () => {
  const text = readFileSync(SAMPLE, 'utf8');
  const figs = findFigures(text);

  it('finds exactly the article figures', () => {
    assert.deepEqual(
      figs.map((f) => [f.text, f.kind, f.value, f.unit]),
      [
        ['100,000', 'count', 100000, null],
        ['100,000 rounds', 'count', 100000, 'rounds'],
        ['155mm', 'measure', 155, 'mm'],
        ['Friday', 'date', null, null],
        ['Friday', 'date', null, null],
        ['155mm', 'measure', 155, 'mm'],
        ['Friday', 'date', null, null],
        ['earlier this month', 'date', null, null],
        ['last month', 'date', null, null],
        ['Thursday', 'date', null, null],
        ['$400m', 'money', 400000000, 'USD'],
        ['$19.3 billion', 'money', 19300000000, 'USD'],
      ],
    );
    checkInvariants(text, figs);
  });

  it('does not tag "long-range"', () => {
    const at = text.indexOf('long-range');
    assert.ok(at > 0);
    assert.ok(!figs.some((f) => f.start < at + 10 && f.end > at));
  });
});

describe('findFigures never throws and keeps offsets valid', () => {
  it('on any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => {
        checkInvariants(s, findFigures(s));
      }),
      { numRuns: 2000 },
    );
  });

  it('on figure-shaped strings', () => {
    const piece = fc.constantFrom(
      '$', '€', '£', 'US', 'hk', ' ', '  ', '-', '–', '.', ',', '/', ':', '%', '5', '100', '1,000', '19.3', '2022',
      'million', 'bn', 'm', 'k', 'one', 'twenty', 'hundred', 'a', 'dozen', 'half', 'third', 'fifths', 'and', 'to',
      'between', 'percent', 'per', 'cent', 'km', 'square', 'miles', 'Nov', 'May', 'Friday', 'last', 'this', 'month',
      'ago', 'minus', 'over', 'point', '\n', '😀', '\ud800', '\udc00', '(', 'kg', ')', 'dollars', 'and a', 'e5', '^',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
        const s = parts.join('');
        checkInvariants(s, findFigures(s));
      }),
      { numRuns: 3000 },
    );
  });

  it('on pathological single lines', () => {
    const mb = 1 << 20;
    for (const s of [
      '9'.repeat(mb),
      '1,000'.repeat(mb / 5),
      '$'.repeat(mb),
      '“'.repeat(mb),
      'one '.repeat(mb / 4),
      '1 000 '.repeat(mb / 6),
      '😀'.repeat(mb / 2),
      '\ud800'.repeat(mb),
      'x'.repeat(10 * mb),
    ]) {
      const figs = findFigures(s);
      checkInvariants(s, figs);
    }
  });

  it('returns [] for non-strings and empty input', () => {
    assert.deepEqual(findFigures(''), []);
    assert.deepEqual(findFigures(undefined as unknown as string), []);
  });
});
