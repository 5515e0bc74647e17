import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { reanchor, sidecarSchema } from '../../../src/core/annotations';
import { exportAs } from '../../../src/core/export';
import { importW3C, mergeClaims } from '../../../src/core/import';
import { toBrat } from '../../../src/core/export/brat';
import { importBrat } from '../../../src/core/import/brat';
import { claim, sampleInput, TEXT } from '../export/helpers';

const spec = JSON.parse(readFileSync(join(__dirname, '../../fixtures/export/w3c-model-examples.json'), 'utf8'));
const ARTICLE = 'Seoul has exported shells to Warsaw, said 🙂 the report.';

const wordsOf = (text: string, c: { annotation: { target: Parameters<typeof reanchor>[1] } }) => {
  const r = reanchor(text, c.annotation.target);
  return r.status === 'orphaned' ? null : text.slice(r.start, r.end);
};

describe('W3C import', () => {
  it('reads a single annotation, an array, an AnnotationPage and an AnnotationCollection', () => {
    const one = importW3C(spec.annotation, ARTICLE);
    assert.deepEqual(one.claims.map((c) => wordsOf(ARTICLE, c)), ['exported shells']);
    assert.equal(one.claims[0].annotation.note, 'Needs a second source');
    assert.equal(one.claims[0].annotation.label, 'needs-source', 'default label');
    assert.equal(one.claims[0].annotation.id, 'http://example.org/anno1');

    const arr = importW3C([spec.annotation, spec.positionOnly], ARTICLE);
    assert.deepEqual(arr.claims.map((c) => wordsOf(ARTICLE, c)), ['exported shells', 'Seoul']);
    assert.equal(arr.claims[1].annotation.label, 'false');
    assert.equal(arr.claims[1].annotation.note, 'Contradicted by the ministry');

    const page = importW3C(spec.page, ARTICLE);
    assert.deepEqual(page.claims.map((c) => [wordsOf(ARTICLE, c), c.annotation.note]), [['Warsaw', 'Comment text']]);

    const coll = importW3C(JSON.stringify(spec.collection), ARTICLE);
    assert.deepEqual(coll.claims.map((c) => [wordsOf(ARTICLE, c), c.annotation.label, c.status]), [['Seoul', 'verified', 'position']]);
    assert.deepEqual(coll.problems, []);
  });

  it('reports what it cannot use and never throws', () => {
    const r = importW3C(spec.collectionByReference, ARTICLE);
    assert.deepEqual(r.claims, []);
    assert.match(r.problems[0].message, /by reference/);
    for (const junk of [null, 42, '{', '[]', { type: 'Annotation' }, { type: 'Annotation', target: { selector: { type: 'TextQuoteSelector', exact: '' } } }, [1, 'x'], { type: 'Other' }]) {
      const out = importW3C(junk, ARTICLE);
      assert.deepEqual(out.claims, []);
    }
    assert.ok(importW3C('{', ARTICLE).problems[0].message.startsWith('invalid JSON'));
  });

  it('round-trips: W3C export → import gives the same claims, on text with emoji', () => {
    let sc = claim(null, TEXT, 'lethal weapons', 'false', 'note one');
    sc = claim(sc, TEXT, 'Seoul', 'verified');
    sc = claim(sc, TEXT, 'We never sent\nlethal', 'opinion');
    const exported = exportAs('w3c', sampleInput(sc)).content;
    const { claims, problems } = importW3C(exported, TEXT);
    assert.deepEqual(problems, []);
    const key = (a: { id: string; label: string; note: string; creator: { name: string }; created: string; target: { selector: unknown[] } }) => JSON.stringify([a.id, a.label, a.note, a.creator.name, a.created, a.target.selector]);
    assert.deepEqual(claims.map((c) => key(c.annotation)).sort(), sc.annotations.map(key).sort());
  });

  it('round-trips: brat export → import gives the same claims (words, labels, notes)', () => {
    let sc = claim(null, TEXT, 'lethal weapons', 'false', 'note one');
    sc = claim(sc, TEXT, 'Seoul', 'verified');
    sc = claim(sc, TEXT, 'We never sent\nlethal', 'opinion', 'across a line');
    const { ann } = toBrat(sampleInput(sc));
    const { claims, problems } = importBrat(ann, TEXT);
    assert.deepEqual(problems, []);
    const summary = (label: string, note: string, words: string | null) => `${label}|${note}|${words}`;
    const expected = sc.annotations.map((a) => summary(a.label, a.note, a.target.selector.find((s) => s.type === 'TextQuoteSelector')!.exact)).sort();
    assert.deepEqual(claims.map((c) => summary(c.annotation.label, c.annotation.note, wordsOf(TEXT, c))).sort(), expected);
    for (const c of claims) assert.equal(c.status, 'position');
  });

  it('merges imported claims into a sidecar without id clashes', () => {
    const sc = claim(null, TEXT, 'Seoul', 'verified', '', 'urn:x');
    const { claims } = importW3C(exportAs('w3c', sampleInput(sc)).content, TEXT);
    const merged = mergeClaims(sc, claims);
    assert.deepEqual(merged.annotations.map((a) => a.id), ['urn:x', 'urn:x-2']);
    assert.equal(sidecarSchema.safeParse(merged).success, true, 'a valid sidecar');
    const fromBrat = mergeClaims(null, importBrat(toBrat(sampleInput(sc)).ann, TEXT).claims, 'a.article');
    assert.equal(sidecarSchema.safeParse(fromBrat).success, true);
  });
});
