import assert from 'node:assert/strict';
import { Collector } from '../../../src/core/analyzer/collector';
import { analyzeParagraph } from '../../../src/core/analyzer/paragraph-local';

describe('analyzer: reused buffers of the quote and attribution passes', () => {
  it('Collector hands out new arrays of exactly the items pushed', () => {
    const c = new Collector<number>();
    c.push(1);
    c.push(2);
    const a = c.take();
    c.push(3);
    const b = c.take();
    assert.deepEqual(a, [1, 2]);
    assert.deepEqual(b, [3]);
    assert.notEqual(a, b);
    const empty = Object.freeze([]) as unknown as number[];
    assert.equal(c.takeOr(empty), empty);
    c.push(4);
    c.reset(); // a pass that threw: its items do not join the next result
    c.push(5);
    assert.deepEqual(c.take(), [5]);
  });

  it('a paragraph\'s results are not changed by analysing the next one', () => {
    const p1 = '“We will win,” the minister said. The official said that talks would go on.';
    const first = analyzeParagraph(p1);
    const before = JSON.stringify(first);
    analyzeParagraph('“No,” she said, and he added: “Never.” Officials said the deal was off, local media reported.');
    analyzeParagraph('A paragraph without quotes or speech.');
    assert.equal(JSON.stringify(first), before);
    assert.equal(JSON.stringify(analyzeParagraph(p1)), before);
  });
});
