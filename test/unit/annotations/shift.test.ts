import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { applyChanges, shiftRange, type TextChange } from '../../../src/core/annotations';

const claim = { start: 10, end: 20 };
const ins = (offset: number, n: number): TextChange => ({ offset, deletedLength: 0, insertedLength: n });
const del = (offset: number, n: number): TextChange => ({ offset, deletedLength: n, insertedLength: 0 });
const rep = (offset: number, d: number, i: number): TextChange => ({ offset, deletedLength: d, insertedLength: i });

/** Applies a change to a real string, to check ranges against the words they cover. */
function edit(text: string, c: TextChange, inserted: string): string {
  return text.slice(0, c.offset) + inserted + text.slice(c.offset + c.deletedLength);
}

describe('shiftRange', () => {
  it('edits before the claim shift it', () => {
    assert.deepEqual(shiftRange(claim, ins(0, 5)), { start: 15, end: 25 });
    assert.deepEqual(shiftRange(claim, del(2, 3)), { start: 7, end: 17 });
    assert.deepEqual(shiftRange(claim, rep(0, 10, 2)), { start: 2, end: 12 }); // replacement ending at start
  });

  it('edits after the claim leave it alone', () => {
    assert.deepEqual(shiftRange(claim, ins(25, 5)), claim);
    assert.deepEqual(shiftRange(claim, del(20, 30)), claim);
  });

  it('edits inside the claim grow or shrink it', () => {
    assert.deepEqual(shiftRange(claim, ins(15, 3)), { start: 10, end: 23 });
    assert.deepEqual(shiftRange(claim, del(12, 4)), { start: 10, end: 16 });
    assert.deepEqual(shiftRange(claim, rep(10, 3, 5)), { start: 10, end: 22 }); // retyping the first word
    assert.deepEqual(shiftRange(claim, rep(17, 3, 1)), { start: 10, end: 18 }); // retyping the last word
  });

  it('insertions at a boundary go outside the claim', () => {
    assert.deepEqual(shiftRange(claim, ins(10, 4)), { start: 14, end: 24 }); // at start: before it
    assert.deepEqual(shiftRange(claim, ins(20, 4)), claim); // at end: after it
  });

  it('edits straddling a boundary keep the surviving words', () => {
    assert.deepEqual(shiftRange(claim, rep(5, 10, 2)), { start: 7, end: 12 }); // [5,15) → 2 chars
    assert.deepEqual(shiftRange(claim, rep(15, 10, 2)), { start: 10, end: 15 });
  });

  it('deleting all of the claim orphans it instead of collapsing it', () => {
    assert.equal(shiftRange(claim, del(10, 10)), null);
    assert.equal(shiftRange(claim, del(0, 30)), null);
    assert.equal(shiftRange(claim, rep(10, 10, 10)), null); // overtyped entirely
  });

  it('applyChanges applies in order and keeps orphans orphaned', () => {
    const out = applyChanges([claim, null, { start: 0, end: 5 }], [ins(0, 2), del(12, 10), ins(0, 1)]);
    assert.deepEqual(out, [null, null, { start: 3, end: 8 }]);
  });

  it('property: an edit outside a claim keeps it on exactly its words, inside stays in range', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', minLength: 3, maxLength: 60 }),
        fc.nat(),
        fc.nat(),
        fc.nat(),
        fc.nat(),
        fc.string({ maxLength: 8 }),
        (text, a, b, c, d, inserted) => {
          const s = a % text.length;
          const e = s + 1 + (b % (text.length - s));
          const offset = c % (text.length + 1);
          const deletedLength = d % (text.length - offset + 1);
          const change = { offset, deletedLength, insertedLength: inserted.length };
          const next = edit(text, change, inserted);
          const r = shiftRange({ start: s, end: e }, change);
          if (offset + deletedLength <= s || offset >= e) {
            assert.ok(r);
            assert.equal(next.slice(r.start, r.end), text.slice(s, e));
          }
          if (r) {
            assert.ok(0 <= r.start && r.start < r.end && r.end <= next.length, JSON.stringify({ r, len: next.length }));
          }
        },
      ),
    );
  });
});
