import assert from 'node:assert/strict';
import { quoteMask, sentenceEnd, sentences, sentenceStart } from '../../../src/core/analyzer/attribution';
import { tokenize } from '../../../src/core/analyzer/tokens';
import { charCodes } from '../../../src/core/analyzer/char-codes';

/** [start, end) of every token's sentence */
function spans(sb: ReturnType<typeof sentences>, n: number): [number, number][] {
  return Array.from({ length: n }, (_, k) => [sentenceStart(sb, k), sentenceEnd(sb, k)] as [number, number]);
}

describe('analyzer: sentence bounds', () => {
  it('gives each token the first and the end token of its sentence', () => {
    const p = 'He left. She stayed! Why?';
    const toks = tokenize(p, charCodes(p));
    const sb = sentences(toks, quoteMask(toks, []));
    // He left . | She stayed ! | Why ?
    assert.deepEqual(spans(sb, toks.length), [[0, 3], [0, 3], [0, 3], [3, 6], [3, 6], [3, 6], [6, 8], [6, 8]]);
  });

  it('ends a sentence after a closing quote, and lists the cue verbs and "according" as it goes', () => {
    const p = '“We won.” Officials said so, according to AP. He left.';
    const toks = tokenize(p, charCodes(p));
    const sb = sentences(toks, quoteMask(toks, [{ start: 0, end: 9, open: false, partial: false }]));
    // “ We won . ” | Officials said so , according to AP . | He left .
    assert.deepEqual(spans(sb, toks.length).map(([s]) => s), [0, 0, 0, 0, 0, 5, 5, 5, 5, 5, 5, 5, 5, 13, 13, 13]);
    assert.deepEqual(Array.from(sb.cands.subarray(0, sb.candCount)), [6, 9]);
  });
});
