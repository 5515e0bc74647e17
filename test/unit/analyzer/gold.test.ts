import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyzer/index';
import { loadGold } from '../../../scripts/eval/gold';
import { evalEntities } from '../../../scripts/eval/entities';
import { evalAttribution } from '../../../scripts/eval/attribution';

describe('analyzer: hand-annotated gold fixtures', () => {
  it('loads every fixture with offsets that point at the annotated text', () => {
    const arts = loadGold();
    assert.ok(arts.length >= 4);
    for (const a of arts) for (const q of a.quotes) assert.match(a.text.slice(q.start, q.end), /^[“"«‘]/);
  });

  it('gets every quote and speaker of the sample article right', () => {
    const art = loadGold().find((a) => a.name === 'korea-artillery-shells')!;
    const got = analyze(art.text).quotes;
    assert.equal(got.length, art.quotes.length);
    art.quotes.forEach((g, i) => {
      assert.deepEqual([got[i].start, got[i].end], [g.start, g.end]);
      assert.equal(got[i].speaker?.name, g.speaker);
      if (g.method) assert.equal(got[i].method, g.method);
    });
  });

  it('meets the accuracy targets: quote F1 ≥ 0.97, speaker accuracy ≥ 0.90, entity F1 ≥ 0.85', async () => {
    const att = (await evalAttribution('/nonexistent')).gold;
    assert.ok(att.quotes.f1 >= 0.97, `quote F1 ${att.quotes.f1}`);
    assert.ok(att.speakerAccuracy >= 0.9, `speaker accuracy ${att.speakerAccuracy}`);
    const ent = await evalEntities();
    assert.ok(ent.mentions.f1 >= 0.85, `entity F1 ${ent.mentions.f1}`);
  });
});
