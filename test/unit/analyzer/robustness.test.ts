import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyze, type Analysis } from '../../../src/core/analyzer/index';

function checkOffsets(text: string, a: Analysis): void {
  const inRange = (s: { start: number; end: number }) => Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.start <= s.end && s.end <= text.length;
  const sorted = (xs: { start: number }[]) => xs.every((x, i) => i === 0 || xs[i - 1].start <= x.start);
  for (const q of a.quotes) {
    assert.ok(inRange(q));
    assert.equal(text.slice(q.start, q.end), q.text);
    if (q.speaker) assert.equal(text.slice(q.speaker.start, q.speaker.end), q.speaker.text);
    if (q.cue) assert.equal(text.slice(q.cue.start, q.cue.end), q.cue.text);
  }
  for (const x of a.attributions) {
    assert.ok(inRange(x) && inRange(x.content) && inRange(x.cue));
    assert.ok(x.start <= x.content.start && x.content.end <= x.end);
  }
  for (const e of a.entities) for (const m of e.mentions) assert.equal(text.slice(m.start, m.end), m.text);
  for (const f of a.figures) assert.ok(inRange(f));
  assert.ok(sorted(a.quotes) && sorted(a.attributions) && sorted(a.figures) && sorted(a.entities.map((e) => e.mentions[0])));
}

const newsy = fc.array(
  fc.oneof(
    fc.constantFrom('“', '”', '"', '‘', '’', "'", '«', '»', '\n', '\r\n', ' ', ',', '.', ':', ' said', ' told reporters', ' he added', ' according to ', 'President ', 'Blinken', 'Yoon Suk-yeol', 'the ministry', 'South Korea’s defence ministry', ' that ', '(', ')', 'US', '$4m', '😀', '\ud800', '\udc00', 'שלום', '\u202e'),
    fc.string({ maxLength: 5 }),
  ),
  { maxLength: 80 },
).map((xs) => xs.join(''));

describe('analyzer: robustness', () => {
  it('never throws and returns valid, sorted offsets on news-like noise', () => {
    fc.assert(fc.property(newsy, (t) => checkOffsets(t, analyze(t))), { numRuns: 400 });
  });

  it('never throws on arbitrary unicode strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (t) => checkOffsets(t, analyze(t))), { numRuns: 300 });
  });

  it('handles the awkward inputs', () => {
    const inputs = [
      '', ' ', '\n\n\n', '“', '”', '"', '"""""', '“““““', '’’’', '«', '\r\n“a”\r\n', '\ud800“x”\udfff', '😀“😀,” 😀 said.',
      '“مرحبا,” قال الرئيس.', 'He said “' + 'x '.repeat(5000), '"'.repeat(10001), 'said that '.repeat(3000), ' according to B,,',
    ];
    for (const t of inputs) checkOffsets(t, analyze(t));
    assert.deepEqual(analyze(''), { quotes: [], attributions: [], figures: [], entities: [] });
    assert.deepEqual(analyze(undefined as unknown as string), { quotes: [], attributions: [], figures: [], entities: [] });
  });

  it('stays linear when one paragraph holds thousands of quotes, cues and adverbs', () => {
    // each of these once rescanned the paragraph per quote (minutes at 1 MB)
    for (const t of [
      'He ' + 'quickly '.repeat(100_000) + '“a” '.repeat(25_000),
      'The official said that the deal was off. “Yes.” '.repeat(20_000),
      'Smith met the mayor, saying “ok” and “no” about it, Jones said. '.repeat(15_000),
    ]) {
      const a = analyze(t);
      checkOffsets(t, a);
      assert.ok(a.quotes.length >= 20_000);
    }
  });

  it('analyses a 2 MB single line with unbalanced quotes without crossing into nonsense', () => {
    const t = 'He said “it is ' + 'very '.repeat(400_000) + 'long. ';
    const a = analyze(t);
    checkOffsets(t, a);
    assert.equal(a.quotes.length, 0); // unclosed, and no next paragraph to continue into
  });
});
