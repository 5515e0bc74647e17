import assert from 'node:assert/strict';
import { findFigures } from '../../../src/core/analyzer/figures';

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

  it('gives the same figures for a paragraph on its own and inside a longer text', () => {
    const joined = texts.join(' ');
    const got = findFigures(joined).map((f) => f.text);
    assert.deepEqual(got, texts.flatMap((t) => findFigures(t).map((f) => f.text)));
    assert.ok(got.length >= 10);
  });
});
