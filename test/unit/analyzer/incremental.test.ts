import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { analyze } from '../../../src/core/analyzer/index';
import { analyzeIncremental, createAnalysisState, type ContentChange } from '../../../src/core/analyzer/incremental';

const sample = readFileSync(resolve(__dirname, '../../../samples/korea-artillery-shells.article'), 'utf8');

function apply(text: string, c: ContentChange): string {
  return text.slice(0, c.offset) + c.insertedText + text.slice(c.offset + c.deletedLength);
}

// pieces that make edits interesting: line breaks (CR, LF, CRLF), quote marks, cues, names
const piece = fc.constantFrom(
  '\n', '\r\n', '\r', '“', '”', '"', '‘', '’', '«', '»', ' ', 'x', ',', '.', ':', ' said ', ' he added ',
  'Blinken', 'Yoon Suk-yeol', 'President ', 'the ministry', ' that ', '$400m', '😀', '\u202e', 'South Korea’s ',
);
const inserted = fc.array(piece, { maxLength: 6 }).map((xs) => xs.join(''));

describe('analyzer: incremental re-analysis', () => {
  it('equals a full analysis after random edits of the sample article', () => {
    fc.assert(
      fc.property(fc.nat(), fc.nat({ max: 60 }), inserted, (at, del, ins) => {
        const offset = at % (sample.length + 1);
        const change = { offset, deletedLength: Math.min(del, sample.length - offset), insertedText: ins };
        const next = apply(sample, change);
        const inc = analyzeIncremental(createAnalysisState(sample), next, change).analysis;
        assert.deepEqual(inc, analyze(next));
      }),
      { numRuns: 150 },
    );
  });

  it('stays equal over a sequence of edits that reuses the state', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(), fc.nat({ max: 30 }), inserted), { minLength: 1, maxLength: 12 }), (edits) => {
        let state = createAnalysisState(sample);
        for (const [at, del, ins] of edits) {
          const offset = at % (state.text.length + 1);
          const change = { offset, deletedLength: Math.min(del, state.text.length - offset), insertedText: ins };
          state = analyzeIncremental(state, apply(state.text, change), change);
        }
        assert.deepEqual(state.analysis, analyze(state.text));
      }),
      { numRuns: 60 },
    );
  });

  it('reuses the untouched paragraphs’ results', () => {
    const state = createAnalysisState(sample);
    const at = sample.indexOf('Putin equated');
    const change = { offset: at, deletedLength: 0, insertedText: 'x' };
    const next = analyzeIncremental(state, apply(sample, change), change);
    const reused = next.paragraphs.filter((p) => state.paragraphs.some((o) => o.local === p.local)).length;
    assert.equal(reused, state.paragraphs.length - 1);
  });

  it('falls back to a full analysis when the change does not match the text', () => {
    const state = createAnalysisState('“One,” Blinken said.');
    const next = analyzeIncremental(state, 'Totally different text.', { offset: 0, deletedLength: 0, insertedText: 'zzz' });
    assert.deepEqual(next.analysis, analyze('Totally different text.'));
  });

  it('falls back when the text outside a plausible change differs too (a wrong composed span)', () => {
    const before = '“One,” Blinken said.\n\nPutin spoke on Friday.';
    const after = '“One,” Blinken said.\n\n“Two,” Putin said now.';
    const state = createAnalysisState(before);
    // lengths and inserted text fit, but the span misses the second paragraph's changes
    const change = { offset: 0, deletedLength: 1, insertedText: after[0] };
    assert.equal(after.length, before.length);
    const next = analyzeIncremental(state, after, change);
    assert.deepEqual(next.analysis, analyze(after));
    assert.equal(next.paragraphs.some((p) => state.paragraphs.some((o) => o.local === p.local)), false, 'nothing reused');
  });
});
