import * as assert from 'node:assert/strict';
import { sentenceAt } from '../../../src/core/text/sentence-at';

function sentenceText(text: string, offset: number): string | null {
  const s = sentenceAt(text, offset);
  return s ? text.slice(s.start, s.end) : null;
}

describe('sentenceAt', () => {
  const para = 'Washington plans to buy 100,000 shells. South Korea has insisted its policy is unchanged! Is it?\nNext line here.';

  it('finds the sentence around an offset', () => {
    assert.equal(sentenceText(para, para.indexOf('100,000')), 'Washington plans to buy 100,000 shells.');
    assert.equal(sentenceText(para, para.indexOf('insisted')), 'South Korea has insisted its policy is unchanged!');
    assert.equal(sentenceText(para, para.indexOf('Is it')), 'Is it?');
    assert.equal(sentenceText(para, para.indexOf('Next')), 'Next line here.');
  });

  it('keeps closing quotes with the sentence and does not split on abbreviations or initials', () => {
    const t = '“We will continue,” Mr. Blinken told U.S. reporters. Then he left.';
    assert.equal(sentenceText(t, 3), '“We will continue,” Mr. Blinken told U.S. reporters.');
    const q = 'He said “it is over.” Then he left.';
    assert.equal(sentenceText(q, 2), 'He said “it is over.”');
  });

  it('returns null on a blank line and stays in range at the ends', () => {
    assert.equal(sentenceAt('a.\n\nb.', 3), null);
    assert.deepEqual(sentenceAt('Short', 5), { start: 0, end: 5 });
    assert.deepEqual(sentenceAt('', 0), null);
  });

  it('handles CRLF, emoji and a huge line without punctuation in bounded time', () => {
    const crlf = 'First one.\r\nSecond 😀 one.\r\n';
    assert.equal(sentenceText(crlf, crlf.indexOf('😀')), 'Second 😀 one.');
    const huge = 'x'.repeat(5_000_000);
    const s = sentenceAt(huge, 2_500_000);
    assert.ok(s && s.start >= 0 && s.end <= huge.length && s.end - s.start <= 8000);
  });
});
