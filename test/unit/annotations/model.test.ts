import * as assert from 'node:assert/strict';
import { addClaim, emptySidecar, parseSidecar, removeClaim, serializeSidecar, updateClaim } from '../../../src/core/annotations';
import { ARTICLE, NOW, sampleFile, spanOf } from './fixtures';

describe('claim model', () => {
  it('addClaim on no sidecar creates one, with a urn:uuid id and the selectors of the words', () => {
    const span = spanOf(ARTICLE, '100,000 rounds of 155mm artillery shells');
    const { file, annotation } = addClaim(null, { text: ARTICLE, ...span, label: 'disputed', creator: 'ana', now: NOW, articleName: 'k.article' });
    assert.match(annotation.id, /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    assert.deepEqual(file, { format: 'newsmark-annotations', version: 1, article: { name: 'k.article' }, annotations: [annotation] });
    assert.equal(annotation.type, 'Annotation');
    assert.equal(annotation.motivation, 'assessing');
    assert.equal(annotation.note, '');
    assert.deepEqual(annotation.creator, { name: 'ana' });
    assert.equal(annotation.created, NOW);
    assert.equal(annotation.modified, NOW);
    assert.equal(annotation.target.selector[0].type === 'TextQuoteSelector' && annotation.target.selector[0].exact, '100,000 rounds of 155mm artillery shells');
    assert.ok(parseSidecar(serializeSidecar(file)).ok);
    assert.notEqual(addClaim(null, { text: ARTICLE, ...span, label: 'x', creator: 'a', now: NOW }).annotation.id, annotation.id);
  });

  it('addClaim refuses empty or out-of-range spans', () => {
    for (const [start, end] of [[5, 5], [6, 5], [-1, 3], [0, ARTICLE.length + 1], [0.5, 3]]) {
      assert.throws(() => addClaim(null, { text: ARTICLE, start, end, label: 'x', creator: 'a', now: NOW }), RangeError);
    }
  });

  it('operations return new files and leave their input alone', () => {
    const file = sampleFile();
    const before = serializeSidecar(file);
    const [a, b] = file.annotations;
    const later = '2026-11-29T08:00:00.000Z';
    const updated = updateClaim(file, a.id, { label: 'false', note: 'Wrong.', modified: later, target: undefined });
    assert.equal(serializeSidecar(file), before);
    assert.deepEqual(updated.annotations[0], { ...a, label: 'false', note: 'Wrong.', modified: later });
    assert.equal(updated.annotations[1], b);
    const removed = removeClaim(updated, a.id);
    assert.deepEqual(removed.annotations.map((x) => x.id), [b.id]);
    assert.equal(removeClaim(removed, 'urn:uuid:none').annotations.length, 1);
    assert.throws(() => updateClaim(file, 'urn:uuid:none', { label: 'x' }), /no claim with id urn:uuid:none/);
    const added = addClaim(file, { text: ARTICLE, start: 0, end: 10, label: 'opinion', creator: 'bo', now: NOW });
    assert.equal(file.annotations.length, 2);
    assert.equal(added.file.annotations.length, 3);
  });

  it('emptySidecar', () => {
    assert.deepEqual(emptySidecar(), { format: 'newsmark-annotations', version: 1, annotations: [] });
  });
});
