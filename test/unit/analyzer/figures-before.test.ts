import assert from 'node:assert/strict';
import fc from 'fast-check';
import { charBeforeSpaces, wordBefore, WordEnds } from '../../../src/core/analyzer/figures-before';

// wordBefore() only decides whether a lookbehind regex needs to run: it must never say no when
// the regex would match.
describe('analyzer: figures, the words before a candidate', () => {
  const lists = [
    ['between'],
    ['minus', 'negative'],
    ['of'],
    ['last', 'next', 'this', 'past', 'previous', 'coming', 'same', 'that'],
    ['no', 'any', 'every', 'some', 'the', 'this', 'that', 'which', 'each', 'anyone', 'someone'],
  ];
  const pieces = ['between', 'BeTween', 'minus', 'negative', 'of', 'OF', 'last', 'previous', 'coming', 'same', 'no', 'someone', 'x', 'é', '-', '.', ' ', ' ', '\t', '\u00a0', '\u2009', '\u3000', '\n', '5'];

  it('says yes whenever the regex matches', () => {
    for (const words of lists) {
      const ends = new WordEnds(words);
      const re = new RegExp(`(?<![A-Za-z])(?:${words.join('|')})\\s+$`, 'i');
      fc.assert(
        fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 8 }), fc.nat(12), (parts, cut) => {
          const text = parts.join('');
          const at = Math.max(0, text.length - cut);
          for (const from of [0, Math.max(0, at - 12)]) {
            if (re.test(text.slice(from, at))) assert.ok(wordBefore(text, at, ends), JSON.stringify(text.slice(0, at)));
          }
        }),
        { numRuns: 1500 },
      );
    }
  });

  it('reads the word before the trailing whitespace', () => {
    const between = new WordEnds(['between']);
    assert.equal(wordBefore('rose between ', 13, between), true);
    assert.equal(wordBefore('rose BETWEEN\u00a0 ', 14, between), true);
    assert.equal(wordBefore('rose between', 12, between), false); // no whitespace
    assert.equal(wordBefore('rose beneath ', 13, between), false);
    assert.equal(wordBefore('c. ', 3, between), false);
    assert.equal(charBeforeSpaces('c. ', 3), 46);
    assert.equal(charBeforeSpaces('c.', 2), -1);
    assert.equal(charBeforeSpaces('   ', 3), -1);
  });
});
