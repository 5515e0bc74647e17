import assert from 'node:assert/strict';
import fc from 'fast-check';
import { charBeforeSpaces, lettersBeforeSign, phraseBefore, startsWithOn, wordBefore, WordEnds } from '../../../src/core/analyzer/figures-before';
import { DEICTIC_PREFIXES, DEICTIC_WORDS, WEEKDAY_WORDS } from '../../../src/core/analyzer/figures-dates';

/** The text's char codes as char-codes.ts gives them (then a 0), with stale codes after: the
 *  readers must not look past the text. */
function codes(text: string): Uint16Array {
  const c = new Uint16Array(text.length + 8).fill(97);
  for (let i = 0; i < text.length; i++) c[i] = text.charCodeAt(i);
  c[text.length] = 0;
  return c;
}

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
            if (re.test(text.slice(from, at))) assert.ok(wordBefore(codes(text), at, ends), JSON.stringify(text.slice(0, at)));
          }
        }),
        { numRuns: 1500 },
      );
    }
  });

  it('reads the word before the trailing whitespace', () => {
    const between = new WordEnds(['between']);
    assert.equal(wordBefore(codes('rose between '), 13, between), true);
    assert.equal(wordBefore(codes('rose BETWEEN\u00a0 '), 14, between), true);
    assert.equal(wordBefore(codes('rose between'), 12, between), false); // no whitespace
    assert.equal(wordBefore(codes('rose beneath '), 13, between), false);
    assert.equal(wordBefore(codes('c. '), 3, between), false);
    assert.equal(charBeforeSpaces(codes('c. '), 3), 46);
    assert.equal(charBeforeSpaces(codes('c.'), 2), -1);
    assert.equal(charBeforeSpaces(codes('   '), 3), -1);
  });

  it('finds what the modifier regexes find before a date word', () => {
    const deictic = /(?:^|[^A-Za-z])((?:(?:earlier|later|early|late|mid)[ -])?(?:last|next|this|past|previous|coming|same|that)\s+)$/i;
    const weekday = /(?:^|[^A-Za-z])((?:last|next|this|on|early|late)\s+)$/i;
    const words = ['earlier', 'Later', 'early', 'LATE', 'mid', 'last', 'next', 'This', 'past', 'previous', 'coming', 'same', 'that', 'on', 'On', 'xlast', 'a', 'ı', 'ſ'];
    const glue = [' ', ' ', '  ', '-', '\u00a0', '\t', '\n', '', 'é', '.', '_', '5', '\u2009'];
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...words), fc.constantFrom(...glue)), { maxLength: 6 }), fc.nat(3), (parts, pad) => {
        const text = 'x'.repeat(pad) + parts.map(([w, g]) => w + g).join('');
        const at = text.length;
        const slice = text.slice(Math.max(0, at - 20), at);
        const d = deictic.exec(slice);
        assert.equal(phraseBefore(codes(text), at, 20, DEICTIC_WORDS, DEICTIC_PREFIXES), d ? d[1].length : -1, JSON.stringify(text));
        const w = weekday.exec(slice);
        const m = phraseBefore(codes(text), at, 20, WEEKDAY_WORDS, []);
        assert.equal(m, w ? w[1].length : -1, JSON.stringify(text));
        if (w) assert.equal(startsWithOn(codes(text), at - m, at), /^on\s/i.test(w[1]));
      }),
      { numRuns: 5000 },
    );
  });

  it('reads a currency prefix before a sign as the regex does', () => {
    const prefix = /(?:^|[^A-Za-z])([A-Za-z]{1,3})( ?)$/;
    fc.assert(
      fc.property(fc.array(fc.constantFrom('US', 'hk', 'C', 'x', 'abcd', 'é', ' ', ' ', '_', '5', '-', '\u00a0'), { maxLength: 6 }), (parts) => {
        const text = parts.join('');
        const at = text.length;
        const m = prefix.exec(text.slice(Math.max(0, at - 5), at));
        assert.equal(lettersBeforeSign(codes(text), at), m ? m[1].length : 0, JSON.stringify(text));
        if (m) assert.equal(m[2] === ' ', text.charCodeAt(at - 1) === 32);
      }),
      { numRuns: 3000 },
    );
  });
});
