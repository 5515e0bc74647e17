import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { tokenize } from './tokenize';

// The fixture files in test/grammar/ check scopes column by column (npm run test:grammar); these tests
// check the whole sample article and that pathological input tokenizes (it would time out if it stalled).
describe('TextMate grammar', () => {
  it('scopes every quote, figure and credit line of the sample article', async () => {
    const tokens = await tokenize(readFileSync('samples/korea-artillery-shells.article', 'utf8'));
    const scoped = (scope: string) => tokens.filter((t) => t.scopes.some((s) => s.startsWith(scope))).map((t) => t.text);
    const quoted = scoped('string.quoted.double').join('');
    for (const q of ['confidential', 'In order to make up for the shortage', 'indispensable', 'We will continue to support Ukraine']) {
      assert.ok(quoted.includes(q), `quote "${q}" is a string`);
    }
    assert.ok(scoped('string.quoted.single').includes('in principle'));
    for (const f of ['100,000', '155mm', '$400m', '$19.3 billion', 'last month', 'on Friday']) {
      assert.ok(scoped('constant.numeric').includes(f), `figure "${f}"`);
    }
    assert.deepEqual(scoped('comment.line.credit'), ['Source: Al Jazeera', 'Image source: Pixabay']);
    assert.deepEqual(scoped('markup.heading'), [], 'the sample opens with a lead paragraph, not a headline');
  });

  it('tokenizes a 2 MB line with no newline and 20,000 lines of unbalanced quotes', async function () {
    this.timeout(120000);
    const unit = 'Officials said “the deal, worth $400m, ‘would go ahead 100,000 rounds 155mm 😀 שלום « ';
    const huge = unit.repeat(Math.ceil(2_000_000 / unit.length));
    const tokens = await tokenize(huge);
    assert.ok(tokens.length > 1000);
    const lines = 'A lead paragraph ends like a sentence.\n' + Array.from({ length: 20000 }, (_, i) => `“open ${i} ‘nested "straight « guillemet`).join('\n');
    const t2 = await tokenize(lines);
    // every line's unbalanced quote ends with its line: the next line starts outside any string
    const opens = t2.filter((t) => t.text === '“');
    assert.equal(opens.length, 20000);
    for (const t of opens) assert.deepEqual(t.scopes, ['text.news-article', 'string.quoted.double.news-article', 'punctuation.definition.string.begin.news-article']);
  });
});
