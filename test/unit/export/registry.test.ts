import * as assert from 'node:assert/strict';
import { EXPORT_FORMATS, exportAs, isExportFormat, refreshedSidecar, toW3CCollection } from '../../../src/core/export';
import { claim, sampleInput, TEXT } from './helpers';

describe('export registry', () => {
  it('offers the five formats and produces non-empty content for each', () => {
    assert.deepEqual([...EXPORT_FORMATS].sort(), ['brat', 'claimreview', 'csv', 'jsonl', 'w3c']);
    const sc = claim(null, TEXT, 'lethal weapons', 'false');
    for (const f of EXPORT_FORMATS) {
      const out = exportAs(f, sampleInput(sc));
      assert.equal(out.format, f);
      assert.ok(out.content.length > 0, f);
      assert.ok(out.extension && out.mediaType);
      if (['w3c', 'claimreview'].includes(f)) JSON.parse(out.content);
    }
    assert.equal(isExportFormat('brat'), true);
    assert.equal(isExportFormat('toString'), false);
    assert.throws(() => exportAs('xml' as never, sampleInput()), /unknown export format/);
  });

  it('exports a stale sidecar on the words as they are now', () => {
    const sc = claim(null, TEXT, 'lethal weapons', 'false');
    const moved = 'A new first line.\n' + TEXT;
    const input = { ...sampleInput(sc), text: moved };
    const w3c = JSON.parse(exportAs('w3c', input).content);
    const pos = w3c.first.items[0].target.selector.find((s: { type: string }) => s.type === 'TextPositionSelector');
    const cp = Array.from(moved);
    assert.equal(cp.slice(pos.start, pos.end).join(''), 'lethal weapons');
  });

  it('writes the same W3C collection as toW3CCollection with the text (positions converted once)', () => {
    let sc = claim(null, TEXT, 'lethal weapons', 'false', 'n');
    sc = claim(sc, TEXT, 'Seoul', 'verified');
    const input = sampleInput(sc);
    assert.deepEqual(JSON.parse(exportAs('w3c', input).content), JSON.parse(JSON.stringify(toW3CCollection(refreshedSidecar(input)!, input.articleUri, { text: TEXT }))));
  });
});
