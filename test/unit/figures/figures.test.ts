import assert from 'node:assert/strict';
import { findFigures, rangeHigh } from '../../../src/core/analyzer/figures';
import type { Figure } from '../../../src/core/analyzer/types';

/** The single figure whose text is exactly `text`. */
function fig(input: string, text: string): Figure {
  const all = findFigures(input);
  const hits = all.filter((f) => f.text === text);
  assert.equal(hits.length, 1, `expected one figure "${text}" in ${JSON.stringify(input)}, got ${JSON.stringify(all.map((f) => f.text))}`);
  return hits[0];
}

function expectFigure(input: string, text: string, kind: Figure['kind'], value: number | null, unit: string | null): void {
  const f = fig(input, text);
  assert.equal(f.kind, kind, `kind of "${text}"`);
  assert.equal(f.value, value, `value of "${text}"`);
  assert.equal(f.unit, unit, `unit of "${text}"`);
  assert.equal(input.slice(f.start, f.end), f.text);
}

describe('findFigures: money', () => {
  it('reads symbols, scales and prefixes', () => {
    expectFigure('an additional $400m in arms', '$400m', 'money', 400000000, 'USD');
    expectFigure('approximately $19.3 billion since', '$19.3 billion', 'money', 19300000000, 'USD');
    expectFigure('a €5bn fund', '€5bn', 'money', 5e9, 'EUR');
    expectFigure('it cost £1.2 million', '£1.2 million', 'money', 1200000, 'GBP');
    expectFigure('worth US$1.2 billion', 'US$1.2 billion', 'money', 1200000000, 'USD');
    expectFigure('raised HK$3m', 'HK$3m', 'money', 3000000, 'HKD');
    expectFigure('sold for ¥500', '¥500', 'money', 500, 'JPY');
    expectFigure('paid 5 million dollars', '5 million dollars', 'money', 5000000, 'USD');
    expectFigure('a 323 million euros deal', '323 million euros', 'money', 323000000, 'EUR');
    expectFigure('Rs 500 crore project', 'Rs 500 crore', 'money', 5e9, 'INR');
    expectFigure('a USD 5m loan', 'USD 5m', 'money', 5e6, 'USD');
  });

  it('reads tokenised newswire', () => {
    expectFigure('montgomery county , md . - - $ 75 million of general obligation', '$ 75 million', 'money', 75000000, 'USD');
    expectFigure('assets of hk $ 10.05 billion .', 'hk $ 10.05 billion', 'money', 10050000000, 'HKD');
    expectFigure('ranges between c $ 16.4 million', 'c $ 16.4 million', 'money', 16400000, 'CAD');
  });

  it('keeps "a $5 fine" in US dollars (the article is not a currency prefix)', () => {
    expectFigure('he paid a $5 fine', '$5', 'money', 5, 'USD');
  });

  it('reads written-out amounts', () => {
    expectFigure('it only cost thirteen dollars and forty-five cents', 'thirteen dollars and forty-five cents', 'money', 13.45, 'USD');
    expectFigure('eight ministers received five million yen', 'five million yen', 'money', 5000000, 'JPY');
  });
});

describe('findFigures: counts, percentages, measures', () => {
  it('counts with the thing counted', () => {
    expectFigure('to buy 100,000 rounds of ammunition', '100,000 rounds', 'count', 100000, 'rounds');
    expectFigure('two million people fled', 'two million people', 'count', 2000000, 'people');
    expectFigure('a dozen eggs', 'a dozen eggs', 'count', 12, 'eggs');
    expectFigure('hundreds of protesters gathered', 'hundreds of protesters', 'count', null, 'protesters');
  });

  it('does not take a capitalised word as the thing counted', () => {
    expectFigure('buy 100,000 South Korean-made shells', '100,000', 'count', 100000, null);
  });

  it('percentages in all spellings', () => {
    expectFigure('up 19% on', '19%', 'percent', 19, '%');
    expectFigure('up 19 percent on', '19 percent', 'percent', 19, '%');
    expectFigure('up 19 per cent on', '19 per cent', 'percent', 19, '%');
    expectFigure('sank 27 % in the quarter', '27 %', 'percent', 27, '%');
    expectFigure('fell 2.5 percentage points', '2.5 percentage points', 'percent', 2.5, 'pp');
  });

  it('measures with units', () => {
    expectFigure('155mm artillery shells', '155mm', 'measure', 155, 'mm');
    expectFigure('some 40km from the border', '40km', 'measure', 40, 'km');
    expectFigure('a load of 3.5 tonnes', '3.5 tonnes', 'measure', 3.5, 'tonnes');
    expectFigure('200 miles north', '200 miles', 'measure', 200, 'miles');
    expectFigure('a 3-inch thickness', '3-inch', 'measure', 3, 'in');
    expectFigure('190,000 square meters of land', '190,000 square meters', 'measure', 190000, 'm²');
    expectFigure('it weighs 20 kg', '20 kg', 'measure', 20, 'kg');
  });

  it('ordinals', () => {
    expectFigure('for the third time', 'third', 'ordinal', 3, null);
    expectFigure('the 21st century', '21st', 'ordinal', 21, null);
    expectFigure('the twenty-first century', 'twenty-first', 'ordinal', 21, null);
  });

  it('ranges keep both bounds', () => {
    const a = fig('between 10-15% of voters', '10-15%');
    assert.deepEqual([a.kind, a.value, a.unit, rangeHigh(a)], ['range', 10, '%', 15]);
    const b = fig('between 5 and 10 million people', 'between 5 and 10 million people');
    assert.deepEqual([b.kind, b.value, b.unit, rangeHigh(b)], ['range', 5e6, 'people', 1e7]);
    const c = fig('He paid $5-10 million', '$5-10 million');
    assert.deepEqual([c.kind, c.value, c.unit, rangeHigh(c)], ['range', 5e6, 'USD', 1e7]);
    const d = fig('making between $30,000 and $60,000 a year', 'between $30,000 and $60,000');
    assert.deepEqual([d.kind, d.value, d.unit, rangeHigh(d)], ['range', 30000, 'USD', 60000]);
    const e = fig('ages 55 to 65 may buy in', '55 to 65');
    assert.deepEqual([e.kind, e.value, rangeHigh(e)], ['range', 55, 65]);
  });

  it('written numbers and fractions', () => {
    expectFigure('one hundred and six', 'one hundred and six', 'count', 106, null);
    expectFigure('twenty-one trillion three hundred', 'twenty-one trillion three hundred', 'count', 21000000000300, null);
    expectFigure('half a million', 'half a million', 'count', 500000, null);
    expectFigure('two thirds', 'two thirds', 'count', 2 / 3, null);
    expectFigure('a fifth of the budget', 'a fifth', 'count', 0.2, null);
  });
});

describe('findFigures: years and dates', () => {
  it('years and decades', () => {
    expectFigure('in 2022 the war', '2022', 'year', 2022, null);
    expectFigure('since 1950 there', '1950', 'year', 1950, null);
    expectFigure('in the 1990s', '1990s', 'year', 1990, null);
  });

  it('dates and relative times', () => {
    expectFigure('said on Friday that', 'Friday', 'date', null, null);
    expectFigure('talks on Nov 11, 2022.', 'Nov 11, 2022', 'date', 2022, null);
    expectFigure('talks on Nov 11 in', 'Nov 11', 'date', null, null);
    expectFigure('on 11 November', '11 November', 'date', null, null);
    expectFigure('talks earlier this month.', 'earlier this month', 'date', null, null);
    expectFigure('denied last month that', 'last month', 'date', null, null);
    expectFigure('two weeks ago', 'two weeks ago', 'date', null, null);
  });

  it('times of day are dates', () => {
    expectFigure('until 7 p.m. on', '7 p.m.', 'date', null, null);
    expectFigure('at 10am sharp', '10am', 'date', null, null);
  });

  it('leaves "May" the name and "march" the verb alone', () => {
    assert.deepEqual(findFigures('Theresa May said they would march on.'), []);
  });
});

describe('findFigures: what is not a figure', () => {
  for (const text of [
    'a long-range missile',
    'a one-time payment',
    'F-16 jets and COVID-19 cases',
    'the scp173m file and 24703L202',
    'version 1.2.3',
    'at 10:30 the score was 2-1',
    'open 24/7',
    'No one came.',
    'They helped one another.',
    'rescuers at Ground Zero',
    'the Second Amendment',
    'families of 9/11 victims',
    'tweet-id 783499116076687360',
  ]) {
    it(JSON.stringify(text), () => {
      assert.deepEqual(findFigures(text).map((f) => f.text), []);
    });
  }
});
