import * as assert from 'node:assert/strict';
import { tokenize, type Token } from '../../../src/core/analyzer/tokens';
import { CAND_SIZE, C_START, C_TEXT, findEntityCandidates, findEntityCandidatesInto, type CandidateSink } from '../../../src/core/analyzer/entities';

// A long text's candidates are written straight into the sink's array as they are found.
describe('entity candidates written into a sink', () => {
  const p = 'Joe Biden met Xi Jinping in Beijing, the Foreign Ministry said.';

  it('appends the candidates findEntityCandidates returns, moved to text offsets', () => {
    const alone = findEntityCandidates(p, tokenize(p)).slice();
    const sink: CandidateSink = { cands: [], slots: 0, base: 0 };
    findEntityCandidatesInto(p, tokenize(p), sink);
    sink.base = 1000;
    findEntityCandidatesInto(p, tokenize(p), sink);
    assert.ok(alone.length > 0);
    assert.equal(sink.slots, 2 * alone.length);
    const moved = alone.map((x, i) => (i % CAND_SIZE === C_START || i % CAND_SIZE === C_START + 1 ? (x as number) + 1000 : x));
    assert.deepEqual(sink.cands.slice(0, sink.slots), [...alone, ...moved]);
  });

  it('leaves nothing past its slots when a paragraph throws half way', () => {
    const sink: CandidateSink = { cands: [], slots: 0, base: 0 };
    findEntityCandidatesInto(p, tokenize(p), sink);
    const kept = sink.cands.slice(0, sink.slots);
    // the last token throws when read, after the paragraph's first candidates are written
    const toks: Token[] = tokenize(p).slice();
    toks[toks.length - 1] = Object.defineProperty({ ...toks[toks.length - 1] }, 'cap', {
      get() {
        throw new Error('broken token');
      },
    });
    assert.throws(() => findEntityCandidatesInto(p, toks, sink), /broken token/);
    assert.equal(sink.slots, kept.length);
    assert.deepEqual(sink.cands.slice(0, sink.slots), kept);
    assert.ok(sink.cands.length > kept.length, 'candidates were written before the throw');
    assert.ok(sink.cands.slice(sink.slots).every((x) => x === undefined));
    // and the finder works again afterwards
    assert.ok(findEntityCandidates(p, tokenize(p)).some((x, i) => i % CAND_SIZE === C_TEXT && x === 'Joe Biden'));
  });
});
