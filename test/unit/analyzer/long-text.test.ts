import * as assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyzer';
import type { Analysis } from '../../../src/core/analyzer';

// Texts of 256K code units and more are analysed in windows of paragraphs, with their char codes
// copied a run of paragraphs at a time and their entity candidates written straight into one array
// (index.ts, char-codes.ts, entities.ts). A block repeated that often must give each copy the
// paragraph-local results of the block alone, moved by the copy's offset.
describe('analyze on a long text', () => {
  const block = [
    '  Washington plans to buy 100,000 South Korean-made artillery shells, a US official said.\r\n',
    '“We are ready,” said Defence Minister Lee Jong-sup on Friday. Prices rose 3.5% to $1.2 billion.\u2028',
    '\u00a0\n',
    'The ministry said it paid 155mm rounds 40 percent less than in 2022.\u2029',
    'Lee met Blinken in Seoul; “the talks,” he said, “went well.”   \n\n',
    'x'.repeat(700) + ' 12 km away.\r',
  ].join('');

  const spans = (a: Analysis) => ({
    figures: a.figures.map((f) => [f.start, f.end, f.text, f.kind, f.value, f.unit]),
    quotes: a.quotes.map((q) => [q.start, q.end, q.text]),
    mentions: a.entities.flatMap((e) => e.mentions.map((m) => [m.start, m.end, m.text])).sort((x, y) => (x[0] as number) - (y[0] as number)),
  });

  it('finds in each copy of a repeated block what the block alone has, moved by its offset', () => {
    const copies = Math.ceil(300_000 / block.length);
    const one = spans(analyze(block));
    const all = spans(analyze(block.repeat(copies)));
    const shift = (rows: (string | number | null)[][], k: number) => rows.map(([s, e, ...rest]) => [(s as number) + k * block.length, (e as number) + k * block.length, ...rest]);
    for (const key of ['figures', 'quotes', 'mentions'] as const) {
      assert.ok(one[key].length > 0, key);
      const expected = Array.from({ length: copies }, (_, k) => shift(one[key], k)).flat();
      assert.deepEqual(all[key], expected, key);
    }
  });
});
