import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyzer/index';
import { charCodes } from '../../../src/core/analyzer/char-codes';
import { findQuotes, type LocalQuote } from '../../../src/core/analyzer/quotes';
import { tokenize } from '../../../src/core/analyzer/tokens';

const quotes = (t: string) => analyze(t).quotes.map((q) => q.text);

describe('analyzer: quotes', () => {
  it('finds typographic, straight and guillemet quotes, keeping nested single quotes inside', () => {
    assert.deepEqual(quotes('“We agreed ‘in principle’,” she said.'), ['“We agreed ‘in principle’,”']);
    assert.deepEqual(quotes('"It is honest," he said. «Nous verrons,» dit-il.'), ['"It is honest,"', '«Nous verrons,»']);
  });

  it('never takes apostrophes for single quotes', () => {
    assert.deepEqual(quotes('Kyiv’s requests, I’d say, and it’s clear We’ve won. The countries’ leaders met.'), []);
    assert.deepEqual(quotes('He called it ‘a mistake’ and left.'), ['‘a mistake’']);
    assert.deepEqual(quotes('‘We lost everything’: flood survivors wait'), ['‘We lost everything’']);
  });

  it('flags partial (scare) quotes inside a sentence', () => {
    const a = analyze('The ministry said its “confidential” talks went on. “We will win,” he said.');
    assert.deepEqual(a.quotes.map((q) => [q.text, q.partial]), [['“confidential”', true], ['“We will win,”', false]]);
  });

  it('does not let an unbalanced mark swallow the rest of the article', () => {
    const t = 'He said “this never closes.\nThe next paragraph has “a real quote” in it.\nAnd a third.';
    assert.deepEqual(quotes(t), ['“a real quote”']);
    assert.deepEqual(quotes('A "stray mark.\nThen "a pair" here.'), ['"a pair"']);
  });

  it('keeps each paragraph of a multi-paragraph quote as its own quote, same speaker', () => {
    const t = '“The first part goes on,” said Amina Bibi. “And on, without a close.\n“The second part ends here.”\nUnrelated text.';
    const a = analyze(t);
    assert.deepEqual(a.quotes.map((q) => [q.text, q.speaker?.name, q.method]), [
      ['“The first part goes on,”', 'Amina Bibi', 'explicit'],
      ['“And on, without a close.', 'Amina Bibi', 'inherited'],
      ['“The second part ends here.”', 'Amina Bibi', 'inherited'],
    ]);
  });

  it('handles CRLF line ends like LF', () => {
    const lf = analyze('“One,” Blinken said.\n“Two.”');
    const crlf = analyze('“One,” Blinken said.\r\n“Two.”');
    assert.deepEqual(crlf.quotes.map((q) => [q.text, q.speaker?.name, q.method]), lf.quotes.map((q) => [q.text, q.speaker?.name, q.method]));
    assert.equal(crlf.quotes[1].start, lf.quotes[1].start + 1);
  });
});

describe('analyzer: quotes with mixed marks', () => {
  const texts = (t: string) => analyze(t).quotes.map((q) => q.text);
  it('closes a typographic quote at a straight mark and the other way round, but not inside a nested quote', () => {
    assert.deepEqual(texts('“Immunity deals should not be a requirement," Smith said.'), ['“Immunity deals should not be a requirement,"']);
    assert.deepEqual(texts('"Oz has a huge bully pulpit,” said David Gorski.'), ['"Oz has a huge bully pulpit,”']);
    assert.deepEqual(texts('"He said “yes” to me," Smith said.'), ['"He said “yes” to me,"']);
    assert.deepEqual(texts('“He called it "fake" today,” Jones said.'), ['“He called it "fake" today,”']);
  });

  it('opens at a closing mark typed at a word start', () => {
    assert.deepEqual(texts('”Fear. I am truly afraid.” ― Ana Lopez'), ['”Fear. I am truly afraid.”']);
  });
});

describe("analyzer: '' quotes (the New York Times archive's double quote)", () => {
  it('finds them, their cues, and the sentence they end', () => {
    const a = analyze("Mrs. Clinton has shied from an overhaul. ''It's more tinkering at the edges,'' said Alan Cole, an economist. ''I wouldn't call it reform.''");
    assert.deepEqual(a.quotes.map((q) => [q.text, q.speaker?.name ?? null, q.method]), [
      ["''It's more tinkering at the edges,''", 'Alan Cole', 'explicit'],
      ["''I wouldn't call it reform.''", 'Alan Cole', 'inherited'],
    ]);
  });

  it('reads a speaker through a town and state abbreviation', () => {
    const a = analyze("Johnnie Wilson, of Springfield, Va., said he had fought in Vietnam ''for the nation's rights.''");
    assert.equal(a.quotes[0].speaker?.name, 'Johnnie Wilson');
  });
});

describe('analyzer: quote marks found by the tokenizer', () => {
  const marked = [
    '“We agreed ‘in principle’,” she said of Kyiv’s plan. «Nous verrons,» dit-il. „Gut“, sagte er.',
    "''It's more tinkering at the edges,'' said Alan Cole. He said 'a mistake' and the countries' leaders met.",
    'A "stray mark, then “a pair” and ”Fear.” — ‘We lost’: l’été',
  ];
  const spans = (qs: LocalQuote[]) => qs.map((q) => [q.start, q.end, q.open, q.partial]);

  it('finds the same quotes whether or not the paragraph was tokenized first', () => {
    for (const p of marked) {
      const alone = spans(findQuotes(p));
      const codes = charCodes(p);
      tokenize(p, codes);
      assert.deepEqual(spans(findQuotes(p, codes)), alone, p);
    }
  });

  it('does not use the marks of another paragraph tokenized last', () => {
    const expected = spans(findQuotes(marked[1]));
    assert.equal(expected.length, 2);
    tokenize(marked[0]);
    assert.deepEqual(spans(findQuotes(marked[1])), expected);
    tokenize(marked[1]);
    assert.deepEqual(spans(findQuotes('no quotes here')), []);
  });
});
