import assert from 'node:assert/strict';
import { quoteMask, sentenceBounds, sentenceEnd, sentenceIds, sentenceStart } from '../../../src/core/analyzer/attribution';
import { tokenize } from '../../../src/core/analyzer/tokens';
import { charCodes } from '../../../src/core/analyzer/char-codes';

/** [start, end) of every token's sentence */
function spans(sb: ReturnType<typeof sentenceBounds>, n: number): [number, number][] {
  return Array.from({ length: n }, (_, k) => [sentenceStart(sb, k), sentenceEnd(sb, k)] as [number, number]);
}

describe('analyzer: sentence bounds', () => {
  it('gives each token the first and the end token of its sentence', () => {
    const p = 'He left. She stayed! Why?';
    const toks = tokenize(p, charCodes(p));
    const sb = sentenceBounds(sentenceIds(toks, quoteMask(toks, [])), toks.length);
    // He left . | She stayed ! | Why ?
    assert.deepEqual(spans(sb, toks.length), [[0, 3], [0, 3], [0, 3], [3, 6], [3, 6], [3, 6], [6, 8], [6, 8]]);
  });

  it('takes runs of equal ids as sentences when the ids are not sentenceIds’ own', () => {
    const sb = sentenceBounds(Int32Array.from([4, 4, 7, 7, 7, 9]), 6);
    assert.deepEqual(spans(sb, 6), [[0, 2], [0, 2], [2, 5], [2, 5], [2, 5], [5, 6]]);
  });
});
