import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { foldingRanges, isSubhead } from '../../../src/core/text/folding';

describe('foldingRanges', () => {
  it('folds the sample article from its subhead to the end, skipping the credit lines', () => {
    const text = readFileSync('samples/korea-artillery-shells.article', 'utf8');
    const lines = text.split('\n');
    const sub = lines.indexOf('Putin warns Seoul');
    const ranges = foldingRanges(text);
    const sections = ranges.filter((r) => r.kind === 'section');
    // "Source: Al Jazeera" reads like a subhead too, so the section ends just before it
    assert.deepEqual(sections[0], { startLine: sub, endLine: lines.indexOf('Source: Al Jazeera') - 1, kind: 'section' });
  });

  it('folds hard-wrapped paragraphs between blank lines', () => {
    const text = 'Headline here\n\nFirst line of a paragraph\nthat goes on.\n\nOne-line paragraph.\n';
    assert.deepEqual(foldingRanges(text).filter((r) => r.kind === 'paragraph'), [{ startLine: 2, endLine: 3, kind: 'paragraph' }]);
  });

  it('tells subheads from sentences', () => {
    assert.equal(isSubhead('Putin warns Seoul'), true);
    assert.equal(isSubhead('The official warned that news could threaten the deal.'), false);
    assert.equal(isSubhead('“We will continue,” he said'), false);
    assert.equal(isSubhead(''), false);
  });

  it('handles CRLF, no newline at all and empty text', () => {
    assert.deepEqual(foldingRanges(''), []);
    assert.deepEqual(foldingRanges('x'.repeat(100000)), []);
    const crlf = 'Title\r\n\r\nSubhead one\r\nText.\r\nMore text.\r\nSubhead two\r\nText.';
    assert.deepEqual(foldingRanges(crlf).filter((r) => r.kind === 'section').map((r) => [r.startLine, r.endLine]), [[2, 4], [5, 6]]);
  });
});
