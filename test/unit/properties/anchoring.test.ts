// Properties of anchoring: a claim survives edits that do not touch it, on the same words; no edit ever
// yields an offset outside the text or between the halves of a surrogate pair.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { makeTarget, reanchor } from '../../../src/core/annotations';
import { isBoundary, isHigh, isLow, text, unit } from './arbitraries';

/** Moves an offset off the middle of a surrogate pair. */
function snap(t: string, o: number): number {
  return o > 0 && o < t.length && isHigh(t.charCodeAt(o - 1)) && isLow(t.charCodeAt(o)) ? o - 1 : o;
}

const occurrences = (hay: string, needle: string) => {
  let n = 0;
  for (let i = hay.indexOf(needle); i !== -1; i = hay.indexOf(needle, i + 1)) n++;
  return n;
};

/**
 * A text split in three: before the claim, the claim (non-empty), after it. The claim neither starts with
 * a low nor ends with a high surrogate, so no edit can glue it into a pair with its neighbours (VS Code
 * never places a selection there).
 */
const article = fc
  .tuple(text(30), fc.array(unit, { minLength: 1, maxLength: 12 }).map((p) => p.join('')), text(30))
  .filter(([, c]) => !isLow(c.charCodeAt(0)) && !isHigh(c.charCodeAt(c.length - 1)));

describe('properties: anchoring', () => {
  it('finds a claim on the unchanged text at its own position', () => {
    fc.assert(
      fc.property(article, ([a, c, b]) => {
        const t = a + c + b;
        const r = reanchor(t, makeTarget(t, a.length, a.length + c.length));
        assert.deepEqual(r, { status: 'position', start: a.length, end: a.length + c.length });
      }),
      { numRuns: 200 },
    );
  });

  it('keeps a claim on the same words after an insertion or deletion outside it', () => {
    fc.assert(
      fc.property(article, fc.boolean(), fc.nat(), fc.nat({ max: 10 }), text(8), ([a, c, b], before, at, del, ins) => {
        const t = a + c + b;
        const target = makeTarget(t, a.length, a.length + c.length);
        const side = before ? a : b;
        const base = before ? 0 : a.length + c.length;
        const from = base + (side.length ? at % (side.length + 1) : 0);
        const to = Math.min(base + side.length, from + del);
        const edited = t.slice(0, from) + ins + t.slice(to);
        const start = before ? a.length - (to - from) + ins.length : a.length;
        const end = start + c.length;
        assert.equal(edited.slice(start, end), c); // the claim's words, where they moved to
        const r = reanchor(edited, target);
        // with at least 8 characters of its other side intact, the claim must be found, exactly
        const intact = before ? b.length : a.length;
        if (intact >= 8) assert.notEqual(r.status, 'orphaned', JSON.stringify({ t, edited, c }));
        if (r.status === 'orphaned') return;
        assert.ok(0 <= r.start && r.start < r.end && r.end <= edited.length);
        if (r.status !== 'fuzzy') assert.equal(edited.slice(r.start, r.end), c);
        if (intact >= 8 && occurrences(edited, c) === 1) assert.deepEqual([r.start, r.end], [start, end]);
      }),
      { numRuns: 200 },
    );
  });

  it('never yields an out-of-range or pair-splitting offset, whatever the edit', () => {
    fc.assert(
      fc.property(article, fc.nat(), fc.nat({ max: 20 }), text(8), ([a, c, b], at, del, ins) => {
        const t = a + c + b;
        const target = makeTarget(t, a.length, a.length + c.length);
        const from = snap(t, at % (t.length + 1));
        const to = snap(t, Math.min(t.length, from + del));
        const edited = t.slice(0, from) + ins + t.slice(Math.max(from, to));
        const r = reanchor(edited, target);
        if (r.status === 'orphaned') return;
        assert.ok(r.start < r.end, JSON.stringify(r));
        assert.ok(isBoundary(edited, r.start) && isBoundary(edited, r.end), JSON.stringify({ edited, r }));
      }),
      { numRuns: 200 },
    );
  });

  it('makes selectors that never hold half of a surrogate pair', () => {
    fc.assert(
      fc.property(text(), fc.nat(), fc.nat(), (t, x, y) => {
        const s = snap(t, x % (t.length + 1));
        const e = snap(t, y % (t.length + 1));
        const [q, p] = makeTarget(t, s, e).selector;
        assert.equal(q.prefix + q.exact + q.suffix, t.slice(p.start - q.prefix.length, p.end + q.suffix.length));
        const whole = (str: string) => !(str && isLow(str.charCodeAt(0)) && isHigh(t.charCodeAt(p.start - q.prefix.length - 1)));
        assert.ok(whole(q.prefix), 'prefix starts on a boundary');
      }),
      { numRuns: 200 },
    );
  });
});
