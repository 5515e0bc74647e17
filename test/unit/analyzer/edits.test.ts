import assert from 'node:assert/strict';
import fc from 'fast-check';
import { composeEdits, eventSpan, type EditSpan } from '../../../src/core/analyzer/edits';

interface Edit { offset: number; deletedLength: number; text: string }

function apply(text: string, e: Edit): string {
  return text.slice(0, e.offset) + e.text + text.slice(e.offset + e.deletedLength);
}

function spanOf(e: Edit): EditSpan {
  return { offset: e.offset, deletedLength: e.deletedLength, insertedLength: e.text.length };
}

/** The text `span` says changed, put into `before`: must give `after` exactly. */
function replay(before: string, after: string, span: EditSpan): string {
  return before.slice(0, span.offset) + after.slice(span.offset, span.offset + span.insertedLength) + before.slice(span.offset + span.deletedLength);
}

const edit = (len: number) =>
  fc.tuple(fc.nat(), fc.nat({ max: 8 }), fc.string({ maxLength: 6 })).map(([at, del, text]) => {
    const offset = at % (len + 1);
    return { offset, deletedLength: Math.min(del, len - offset), text };
  });

describe('edits: several editor changes as one span', () => {
  it('composing a sequence of edits covers everything they changed', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.array(fc.tuple(fc.nat(), fc.nat({ max: 8 }), fc.string({ maxLength: 6 })), { minLength: 1, maxLength: 10 }), (start, raw) => {
        let text = start;
        let span: EditSpan | null = null;
        for (const [at, del, ins] of raw) {
          const offset = at % (text.length + 1);
          const e = { offset, deletedLength: Math.min(del, text.length - offset), text: ins };
          text = apply(text, e);
          span = span ? composeEdits(span, spanOf(e)) : spanOf(e);
        }
        assert.ok(span!.offset >= 0 && span!.deletedLength >= 0 && span!.insertedLength >= 0);
        assert.equal(span!.offset + span!.deletedLength <= start.length, true);
        assert.equal(replay(start, text, span!), text);
      }),
      { numRuns: 500 },
    );
  });

  it('an event with several changes (as VS Code reports multi-cursor edits, last first) is one span', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 40 }), fc.array(edit(40), { minLength: 1, maxLength: 4 }), (start, raw) => {
        // non-overlapping changes in the text before the event, applied from the last one back
        const sorted = raw.map((e) => ({ ...e, offset: Math.min(e.offset, start.length), deletedLength: Math.min(e.deletedLength, Math.max(0, start.length - e.offset)) })).sort((a, b) => b.offset - a.offset);
        const changes: Edit[] = [];
        let limit = start.length;
        for (const e of sorted) {
          if (e.offset + e.deletedLength > limit) continue;
          changes.push(e);
          limit = e.offset;
        }
        let text = start;
        for (const e of changes) text = apply(text, e);
        if (changes.length === 0) return;
        assert.equal(replay(start, text, eventSpan(changes.map(spanOf))), text);
      }),
      { numRuns: 500 },
    );
  });

  it('two distant keystrokes cover the text between them', () => {
    const span = composeEdits({ offset: 2, deletedLength: 0, insertedLength: 1 }, { offset: 10, deletedLength: 1, insertedLength: 0 });
    // S0 [2, 10) became S2 [2, 10): one character typed at 2, the one at 9 of S0 deleted
    assert.deepEqual(span, { offset: 2, deletedLength: 8, insertedLength: 8 });
  });
});
