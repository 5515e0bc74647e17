import assert from 'node:assert/strict';
import fc from 'fast-check';
import { Candidates, TRIGGER_WORDS } from '../../../src/core/analyzer/figures-candidates';
import { findFigures } from '../../../src/core/analyzer/figures';
import { tokenize } from '../../../src/core/analyzer/tokens';
import { charCodes } from '../../../src/core/analyzer/char-codes';

/** Every candidate of `text` with its match end, from the regex or from the paragraph's tokens. */
function candidates(text: string, useTokens: boolean): [number, number][] {
  const codes = charCodes(text);
  const toks = tokenize(text, codes);
  const c = useTokens ? new Candidates().reset(text, codes, toks) : new Candidates().reset(text);
  const out: [number, number][] = [];
  for (let from = 0; ;) {
    const s = c.next(from);
    if (s < 0) break;
    out.push([s, c.end()]);
    from = c.end();
  }
  return out;
}

/** findFigures with the paragraph's codes and tokens, as analyzeParagraph calls it. */
function figuresFromTokens(text: string): string {
  const codes = charCodes(text);
  return JSON.stringify(findFigures(text, codes, tokenize(text, codes)));
}

// The token scanner must find exactly what the candidate regex finds, at the edges of \b too.
describe('analyzer: figures candidates from tokens', () => {
  const edges = [
    'one two three million, Friday and last week: $5, €3 and .5 of 4.5%.',
    'éone, oneé, one’s, one\'s, Jan. 5, Sept.12, U.S.5, 24703L202, F-16, COVID-19',
    'foo_one, one_, _one_, one2, 2one, ONE, OnE, Half-time, one-third, twenty-first',
    'x.5 .5x ..5 5. $.5 US$5 HK$ 10 ₹ 500 ฿9 Rs.500 rs 5 USD5',
    'ﬁve ſeven Kelvin\u212A one\u00a0hundred tenth\u2019s 10th 1990s 3/4 10:30 11/12/2022',
    'Αθήνα one Москва two ǅone oneǅ ḁone',
    '',
    'one',
    '5',
    '$',
  ];

  it('finds the regex candidates at word edges', () => {
    for (const t of edges) assert.deepEqual(candidates(t, true), candidates(t, false), t);
  });

  it('finds the regex candidates in random text', () => {
    const pieces = [...TRIGGER_WORDS.slice(0, 40), 'May', 'FALL', 'x', 'é', '_', '.', ',', '-', '’', "'", ' ', ' ', ' ', '$', '€', '5', '12', '\u00a0', 'Mr.', 'U.S.', '’s', '\t', '%'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        const t = parts.join('');
        assert.deepEqual(candidates(t, true), candidates(t, false));
        assert.equal(figuresFromTokens(t), JSON.stringify(findFigures(t)));
      }),
      { numRuns: 3000 },
    );
  });

  it('finds the same figures with or without tokens on any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (t) => {
        assert.deepEqual(candidates(t, true), candidates(t, false));
        assert.equal(figuresFromTokens(t), JSON.stringify(findFigures(t)));
      }),
      { numRuns: 2000 },
    );
  });
});
