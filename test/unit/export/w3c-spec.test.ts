// toW3CCollection checked against the structure of the W3C Web Annotation Data Model's own examples
// (transcribed in test/fixtures/export/w3c-model-examples.json).
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { exportAs } from '../../../src/core/export';
import { toW3CCollection } from '../../../src/core/export/w3c';
import { claim, sampleInput, TEXT } from './helpers';

const spec = JSON.parse(readFileSync(join(__dirname, '../../fixtures/export/w3c-model-examples.json'), 'utf8'));

const SELECTOR_KEYS: Record<string, string[]> = {
  TextQuoteSelector: ['type', 'exact', 'prefix', 'suffix'],
  TextPositionSelector: ['type', 'start', 'end'],
};

describe('W3C export against the data model examples', () => {
  const sc = claim(claim(null, TEXT, 'lethal weapons', 'false', 'A note'), TEXT, 'Seoul', 'verified');
  const out = JSON.parse(exportAs('w3c', sampleInput(sc)).content);

  it('is an AnnotationCollection with an embedded first AnnotationPage like the spec’s collection example', () => {
    const ref = spec.collection;
    assert.equal(out['@context'], ref['@context']);
    assert.equal(out.type, ref.type);
    assert.equal(typeof out.total, typeof ref.total);
    assert.equal(out.total, out.first.items.length);
    assert.equal(out.first.type, ref.first.type);
    assert.equal(out.first.startIndex, 0);
    assert.ok(Array.isArray(out.first.items));
  });

  it('gives each annotation id, type, body and a target with source and the spec’s selector properties', () => {
    for (const a of out.first.items) {
      assert.equal(typeof a.id, 'string');
      assert.equal(a.type, spec.annotation.type);
      assert.equal(a.target.source, 'file:///news/a.article');
      for (const s of a.target.selector) {
        assert.ok(SELECTOR_KEYS[s.type], s.type);
        for (const k of Object.keys(s)) assert.ok(SELECTOR_KEYS[s.type].includes(k), `${s.type}.${k}`);
      }
      for (const b of a.body) {
        assert.equal(b.type, 'TextualBody');
        assert.equal(typeof b.value, 'string');
        assert.ok(['commenting', 'tagging'].includes(b.purpose));
      }
      assert.equal(a.body.filter((b: { purpose: string }) => b.purpose === 'tagging').length, 1);
    }
  });

  it('has positions in code points that select the quote’s exact words', () => {
    const cps = Array.from(TEXT);
    for (const a of out.first.items) {
      const q = a.target.selector.find((s: { type: string }) => s.type === 'TextQuoteSelector');
      const p = a.target.selector.find((s: { type: string }) => s.type === 'TextPositionSelector');
      assert.equal(cps.slice(p.start, p.end).join(''), q.exact);
      assert.equal(cps.slice(p.start - Array.from(q.prefix).length, p.start).join(''), q.prefix);
    }
  });

  it('leaves positions out without the text, and exports an empty collection for no sidecar', () => {
    const c = toW3CCollection(sc, 'urn:x');
    for (const a of c.first.items) assert.deepEqual(a.target.selector.map((s) => s.type), ['TextQuoteSelector']);
    const empty = JSON.parse(exportAs('w3c', sampleInput(null)).content);
    assert.equal(empty.total, 0);
    assert.deepEqual(empty.first.items, []);
  });

  it('adds the quotes as identifying annotations with the speaker as body when asked', () => {
    const withQuotes = JSON.parse(exportAs('w3c', sampleInput(sc), { quotes: true }).content);
    assert.equal(withQuotes.total, out.total + 1);
    const q = withQuotes.first.items.find((a: { motivation: string }) => a.motivation === 'identifying');
    assert.deepEqual(q.body, [{ type: 'TextualBody', value: 'Yoon Suk-yeol', purpose: 'identifying' }]);
    const exact = q.target.selector.find((s: { type: string }) => s.type === 'TextQuoteSelector').exact;
    const p = q.target.selector.find((s: { type: string }) => s.type === 'TextPositionSelector');
    assert.equal(exact, '“We never sent\nlethal weapons,”');
    assert.equal(Array.from(TEXT).slice(p.start, p.end).join(''), exact);
    assert.equal(q.target.source, 'file:///news/a.article');
  });
});
