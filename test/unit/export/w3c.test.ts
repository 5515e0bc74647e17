import * as assert from 'node:assert/strict';
import { addClaim, emptySidecar } from '../../../src/core/annotations';
import { codePointOffset, toW3CCollection } from '../../../src/core/export/w3c';

const TEXT = 'Intro 🙂 text. Seoul will sell 100,000 shells. End.';
const NOW = '2026-11-28T23:58:00.000Z';

function sidecar() {
  const start = TEXT.indexOf('Seoul');
  const end = TEXT.indexOf(' End');
  let file = addClaim(emptySidecar('a.article'), { text: TEXT, start, end, label: 'disputed', note: 'Denied by the ministry.', creator: 'Ana', now: NOW, id: 'urn:uuid:2' }).file;
  file = addClaim(file, { text: TEXT, start: 0, end: 5, label: 'opinion', creator: 'Bo', now: NOW, id: 'urn:uuid:1' }).file;
  return file;
}

describe('W3C export', () => {
  it('makes an AnnotationCollection with the note as a commenting body and the label as a tagging body', () => {
    const c = toW3CCollection(sidecar(), 'file:///news/a.article');
    assert.equal(c['@context'], 'http://www.w3.org/ns/anno.jsonld');
    assert.equal(c.type, 'AnnotationCollection');
    assert.equal(c.total, 2);
    assert.equal(c.first.type, 'AnnotationPage');
    const [first, second] = c.first.items;
    assert.equal(first.id, 'urn:uuid:1'); // in text order
    assert.deepEqual(first.body, [{ type: 'TextualBody', value: 'opinion', purpose: 'tagging' }]);
    assert.deepEqual(second.body, [
      { type: 'TextualBody', value: 'Denied by the ministry.', format: 'text/plain', purpose: 'commenting' },
      { type: 'TextualBody', value: 'disputed', purpose: 'tagging' },
    ]);
    assert.equal(second.motivation, 'assessing');
    assert.deepEqual(second.creator, { type: 'Person', name: 'Ana' });
    assert.equal(second.target.source, 'file:///news/a.article');
    // without the text, no positions (they would be UTF-16, W3C counts code points)
    assert.deepEqual(second.target.selector, [{ type: 'TextQuoteSelector', exact: 'Seoul will sell 100,000 shells.', prefix: 'Intro 🙂 text. ', suffix: ' End.' }]);
    assert.doesNotThrow(() => JSON.parse(JSON.stringify(c)));
  });

  it('converts positions to code points when given the text', () => {
    const c = toW3CCollection(sidecar(), 'file:///news/a.article', { text: TEXT });
    const pos = c.first.items[1].target.selector[1];
    const start = TEXT.indexOf('Seoul');
    assert.deepEqual(pos, { type: 'TextPositionSelector', start: start - 1, end: TEXT.indexOf(' End') - 1 });
    assert.equal([...TEXT].slice(start - 1, TEXT.indexOf(' End') - 1).join(''), 'Seoul will sell 100,000 shells.');
    assert.equal(codePointOffset('a🙂b', 3), 2);
    assert.equal(codePointOffset('a🙂b', 4), 3);
    assert.equal(codePointOffset('abc', 2), 2);
  });
});
