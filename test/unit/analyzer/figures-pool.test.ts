import assert from 'node:assert/strict';
import { findFigures, rangeHigh } from '../../../src/core/analyzer/figures';

// The figures lexer reuses its token objects between candidates: no result may depend on what
// was parsed before it, in the same text or an earlier call.
describe('analyzer: figures token pool', () => {
  const texts = [
    'The World Bank lent $19.3 billion, up 4.5% from 2022, on Nov 11.',
    'About 300,000 people left; two weeks ago 40 km of road closed, the third fall in a row.',
    'Seventeen thousand tonnes, 1,674,200 rounds and ¥3.2 trillion between 1950 and 1990.',
  ];

  it('gives the same figures whatever was analysed before', () => {
    const alone = texts.map((t) => JSON.stringify(findFigures(t)));
    for (let i = 0; i < texts.length; i++) {
      for (const t of texts) findFigures(t);
      assert.equal(JSON.stringify(findFigures(texts[i])), alone[i]);
    }
  });

  // Quantities come from a pool and every recogniser returns one shared hit and suffix object: the
  // two ends of a range, a fraction's parts and dollars-and-cents are live at the same time.
  it('keeps both ends of a range and the parts of a sum apart', () => {
    const figs = findFigures('Between 5 and 10 million people; $5-10 million; one over three; thirteen dollars and forty-five cents; 10 1/2 miles; 10-15%.');
    const got = figs.map((f) => [f.text, f.kind, f.value, f.unit, rangeHigh(f)]);
    assert.deepEqual(got, [
      ['Between 5 and 10 million people', 'range', 5e6, 'people', 1e7],
      ['$5-10 million', 'range', 5e6, 'USD', 1e7],
      ['one over three', 'count', 1 / 3, null, null],
      ['thirteen dollars and forty-five cents', 'money', 13.45, 'USD', null],
      ['10 1/2 miles', 'measure', 10.5, 'miles', null],
      ['10-15%', 'range', 10, '%', 15],
    ]);
  });

  it('gives the same figures for a paragraph on its own and inside a longer text', () => {
    const joined = texts.join(' ');
    const got = findFigures(joined).map((f) => f.text);
    assert.deepEqual(got, texts.flatMap((t) => findFigures(t).map((f) => f.text)));
    assert.ok(got.length >= 10);
  });
});
