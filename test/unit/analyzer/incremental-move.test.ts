// The incremental path's fast case: an edit that leaves the linking's input unchanged moves the
// previous output's offsets instead of relinking. Every result must still equal a full analysis.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { analyze } from '../../../src/core/analyzer/index';
import { analyzeIncremental, createAnalysisState, type AnalysisState } from '../../../src/core/analyzer/incremental';
import { Move } from '../../../src/core/analyzer/incremental-move';

const sample = readFileSync(resolve(__dirname, '../../../samples/korea-artillery-shells.article'), 'utf8');
const goldDir = resolve(__dirname, '../../fixtures/gold');
const texts = [sample, ...readdirSync(goldDir).filter((f) => f.endsWith('.article')).map((f) => readFileSync(resolve(goldDir, f), 'utf8'))];

function edit(state: AnalysisState, offset: number, deletedLength: number, insertedText: string): AnalysisState {
  const t = state.text;
  return analyzeIncremental(state, t.slice(0, offset) + insertedText + t.slice(offset + deletedLength), { offset, deletedLength, insertedText });
}

describe('analyzer: incremental re-analysis that moves offsets', () => {
  it('Move maps offsets around an insertion and a deletion', () => {
    const ins = new Move(10, 0, 3);
    assert.deepEqual([ins.start(9), ins.start(10), ins.end(10), ins.end(11)], [9, 13, 10, 14]);
    const del = new Move(10, 4, -4);
    assert.deepEqual([del.start(9), del.end(10), del.start(14), del.end(14)], [9, 10, 10, 10]);
    assert.ok(Number.isNaN(del.start(12)) && Number.isNaN(del.end(12)) && Number.isNaN(del.start(10)));
    assert.equal(ins.inside(10, 12), false, 'typed at a span start: the span only moves');
    assert.equal(ins.inside(8, 10), false, 'typed at a span end');
    assert.equal(ins.inside(8, 12), true);
    assert.equal(del.inside(14, 20), false);
    assert.equal(del.inside(13, 20), true);
  });

  it('typing in plain prose moves the previous output, and equals a full analysis', () => {
    const state = createAnalysisState(sample);
    const at = sample.indexOf('during talks earlier this month') + 'during '.length;
    const quote = state.analysis.quotes.find((q) => q.start > at)!;
    const before = quote.start;
    const next = edit(state, at, 0, 'the ');
    assert.equal(next.moved, true);
    assert.equal(next.analysis, state.analysis, 'the same objects, moved');
    assert.equal(quote.start, before + 4);
    assert.deepEqual(next.analysis, analyze(next.text));
  });

  it('typing inside a quote updates its text without relinking', () => {
    // the Blinken paragraphs of the sample alone: no short quote paragraph nearby could echo the quote
    const from = sample.indexOf('US Secretary of State Antony Blinken said');
    const text = sample.slice(from, sample.indexOf('\n', sample.indexOf('“This drawdown')));
    const at = text.indexOf('unprecedented level');
    const next = edit(createAnalysisState(text), at, 0, 'truly ');
    assert.equal(next.moved, true);
    const q = next.analysis.quotes.find((x) => x.start < at && x.end > at)!;
    assert.match(q.text, /truly unprecedented/);
    assert.equal(q.speaker?.name, 'Antony Blinken');
    assert.deepEqual(next.analysis, analyze(next.text));
  });

  it('an edit that changes only a figure replaces that figure and moves the rest', () => {
    const state = createAnalysisState(sample);
    const at = sample.indexOf('$400m') + 4;
    const next = edit(state, at, 0, '0');
    assert.equal(next.moved, true);
    const f = next.analysis.figures.find((x) => x.text === '$4000m');
    assert.equal(f?.value, 4_000_000_000);
    assert.deepEqual(next.analysis, analyze(next.text));
  });

  it('relinks when a quote’s edit changes whether a headline repeats it, and only then', () => {
    const text = '‘We will keep fighting’\n\nThe minister spoke at length about the war and the aid that his country has received from its allies over the last year, and about the months ahead.\n\n“We will keep fighting until the end,” Zelenskyy said.';
    const headline = (a: { quotes: { speaker: { name: string } | null }[] }) => a.quotes[0].speaker?.name;
    assert.equal(headline(analyze(text)), 'Zelenskyy', 'the headline takes the speaker of the quote it repeats');
    const still = edit(createAnalysisState(text), text.indexOf('until the end'), 0, 'on ');
    assert.equal(still.moved, true, 'the headline still repeats the quote');
    assert.deepEqual(still.analysis, analyze(still.text));
    const broken = edit(createAnalysisState(text), text.indexOf('ghting until'), 0, 'x');
    assert.notEqual(broken.moved, true, 'the headline no longer repeats it');
    assert.deepEqual(broken.analysis, analyze(broken.text));
    assert.equal(headline(broken.analysis), undefined);
  });

  it('relinks when the edit changes a name, a cue or the words that give a gender', () => {
    const named = sample.indexOf('Blinken said on Thursday');
    const gendered = 'Officials met Kim Lee on Monday.\n\n“We agree,” she said.';
    const cases: [string, number, number, string][] = [
      [sample, named + 2, 0, 'x'], // "Blxinken"
      [sample, named + 'Blinken '.length, 'said'.length, 'told'],
      [gendered, gendered.indexOf('Kim'), 0, 'the widow '],
    ];
    for (const [text, at, del, ins] of cases) {
      const next = edit(createAnalysisState(text), at, del, ins);
      assert.notEqual(next.moved, true, ins);
      assert.deepEqual(next.analysis, analyze(next.text));
    }
  });

  it('a state passed twice is analysed in full the second time, never moved twice', () => {
    const state = createAnalysisState(sample);
    const at = sample.indexOf('during talks') + 'during '.length;
    const first = edit(state, at, 0, 'x');
    assert.equal(first.moved, true);
    assert.equal(state.spent, true);
    const again = edit(state, at, 0, 'y');
    assert.notEqual(again.moved, true);
    assert.deepEqual(again.analysis, analyze(again.text));
  });

  it('equals a full analysis over random edit sequences, and moves offsets for many of them', () => {
    let moved = 0;
    let total = 0;
    const piece = fc.constantFrom('e', 'e', ' ', 's ', 'x', '\n', '\n\n', '“', '”', '’s', 'Mr. ', 'Mrs. ', ' said', 'Smith', '5', ',', '');
    fc.assert(
      fc.property(
        fc.nat({ max: texts.length - 1 }),
        fc.array(fc.tuple(fc.nat(), fc.nat({ max: 6 }), fc.boolean(), piece), { minLength: 1, maxLength: 8 }),
        (which, edits) => {
          let state = createAnalysisState(texts[which]);
          for (const [at, del, deletes, ins] of edits) {
            const offset = at % (state.text.length + 1);
            state = edit(state, offset, deletes ? Math.min(del, state.text.length - offset) : 0, ins);
            total++;
            if (state.moved) moved++;
            assert.deepEqual(state.analysis, analyze(state.text));
          }
        },
      ),
      { numRuns: 150 },
    );
    // the fast case must be exercised, or the equality above proves little about it
    assert.ok(moved / total > 0.25, `${moved} of ${total} edits moved offsets`);
  });
});
