import assert from 'node:assert/strict';
import { tokenize, walkStops } from '../../../src/core/analyzer/tokens';
import { wordFlags } from '../../../src/core/analyzer/word-flags';

describe('analyzer: tokens', () => {
  it('splits words, punctuation, dotted abbreviations and possessives', () => {
    const toks = tokenize('Mr. Yoon’s U.S. visit, 9/11 — “fine.”');
    assert.deepEqual(toks.map((t) => [t.text, t.kind]), [
      ['Mr.', 'w'], ['Yoon', 'w'], ['’s', 's'], ['U.S.', 'w'], ['visit', 'w'], [',', 'p'], ['9/11', 'w'], ['—', 'p'], ['“', 'p'], ['fine', 'w'], ['.', 'p'], ['”', 'p'],
    ]);
  });

  it('never returns another word from its cache (many words, evictions, accents, long words)', () => {
    // a seeded mix of short ASCII, capitalised, accented and long words: far more than the cache holds
    let seed = 7;
    const rnd = (n: number) => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % n);
    const letters = 'abcdefghijklmnopqrstuvwxyzAEIOUéüßЖ';
    const words: string[] = [];
    for (let k = 0; k < 60_000; k++) {
      let w = '';
      const len = 1 + rnd(k % 10 === 0 ? 20 : 7);
      for (let j = 0; j < len; j++) w += letters[rnd(letters.length)];
      words.push(w);
    }
    for (let at = 0; at < words.length; at += 200) {
      const p = words.slice(at, at + 200).join(' ');
      for (const t of tokenize(p)) {
        if (t.kind !== 'w') continue;
        const text = p.slice(t.start, t.end);
        assert.equal(t.text, text);
        assert.equal(t.lower, text.toLowerCase());
        assert.equal(t.flags, wordFlags(text, text.toLowerCase()));
      }
    }
  });

  it('lists the sentence walk\'s stops as a pass over the tokens would', () => {
    const p = 'Mr. Lee said on Friday, according to aides, that the U.S. “will act.” Officials told reporters: no. He’s said so!';
    const toks = tokenize(p);
    const listed = Array.from(walkStops(toks).at.subarray(0, walkStops(toks).count));
    const copy = toks.slice(); // not the tokenizer's array: listed by a pass
    const passed = Array.from(walkStops(copy).at.subarray(0, walkStops(copy).count));
    assert.deepEqual(listed, passed);
    assert.ok(listed.length > 5);
    // after the pass, the tokenizer's array is listed again, not served the pass's list as its own
    const again = walkStops(toks);
    assert.deepEqual(Array.from(again.at.subarray(0, again.count)), passed);
  });
});
