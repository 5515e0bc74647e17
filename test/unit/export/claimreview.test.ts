import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { toClaimReviews, RATING_SCALE } from '../../../src/core/export/claimreview';
import { exportAs } from '../../../src/core/export';
import { claim, sampleInput, TEXT } from './helpers';

const google = JSON.parse(readFileSync(join(__dirname, '../../fixtures/export/claimreview-google-shape.json'), 'utf8'));

/** Same keys and value kinds, recursively, as the reference example (extra keys allowed). */
function assertShape(actual: unknown, reference: unknown, path = '$'): void {
  if (reference === null || typeof reference !== 'object') {
    assert.equal(typeof actual, typeof reference, path);
    return;
  }
  assert.ok(actual && typeof actual === 'object', `${path} is an object`);
  for (const [k, v] of Object.entries(reference)) {
    if (k === '@type' || k === '@context') assert.equal((actual as Record<string, unknown>)[k], v, `${path}.${k}`);
    else assertShape((actual as Record<string, unknown>)[k], v, `${path}.${k}`);
  }
}

describe('ClaimReview export', () => {
  it('has the shape of Google’s fact-check example, with the required and recommended properties', () => {
    const sc = claim(null, TEXT, 'We never sent\nlethal weapons', 'false', 'Shipments were reported.');
    const [review] = toClaimReviews({ ...sampleInput(sc), meta: { ...sampleInput().meta, author: 'Example Fact Checks' } });
    for (const key of [...google.required, ...google.recommended]) assert.ok(key in review, key);
    const ref = structuredClone(google.example);
    ref.itemReviewed.author['@type'] = 'Person'; // our speaker is a person
    assertShape(review, ref);
    assert.equal(review.claimReviewed, 'We never sent\nlethal weapons');
    assert.deepEqual(review.reviewRating, { '@type': 'Rating', ratingValue: 1, bestRating: 5, worstRating: 1, alternateName: 'False' });
    assert.deepEqual(review.itemReviewed.author, { '@type': 'Person', name: 'Yoon Suk-yeol' });
    assert.equal(review.itemReviewed.datePublished, '2022-11-10');
    assert.equal(review.itemReviewed.appearance?.url, 'https://example.com/a');
    assert.deepEqual(review.author, { '@type': 'Organization', name: 'Example Fact Checks' });
    assert.equal(review.reviewBody, 'Shipments were reported.');
  });

  it('rates the truth scale in order and gives no number to needs-source and opinion', () => {
    assert.ok(RATING_SCALE.false < RATING_SCALE.misleading && RATING_SCALE.misleading < RATING_SCALE.disputed && RATING_SCALE.disputed < RATING_SCALE.verified);
    let sc = claim(null, TEXT, 'Seoul', 'needs-source');
    sc = claim(sc, TEXT, 'shells', 'opinion');
    sc = claim(sc, TEXT, 'reporters', 'verified');
    const reviews = toClaimReviews(sampleInput(sc));
    assert.deepEqual(reviews.map((r) => r.reviewRating), [
      { '@type': 'Rating', alternateName: 'Needs source' },
      { '@type': 'Rating', alternateName: 'Opinion' },
      { '@type': 'Rating', ratingValue: 5, bestRating: 5, worstRating: 1, alternateName: 'Verified' },
    ]);
  });

  it('names an organisation speaker of reported speech, and the tagger when no organisation is given', () => {
    const sc = claim(null, TEXT, '100,000 shells', 'disputed');
    const [r] = toClaimReviews(sampleInput(sc));
    assert.deepEqual(r.itemReviewed.author, { '@type': 'Organization', name: 'the ministry' });
    assert.deepEqual(r.author, { '@type': 'Person', name: 'Ana' });
    assert.equal(r.datePublished, '2026-11-29');
  });

  it('leaves out what it does not know instead of inventing it', () => {
    const sc = claim(null, TEXT, 'reporters', 'verified');
    const input = { ...sampleInput(sc), meta: undefined };
    const [r] = toClaimReviews(input);
    assert.equal(r.url, undefined);
    assert.deepEqual(r.itemReviewed, { '@type': 'Claim' });
    assert.deepEqual(JSON.parse(exportAs('claimreview', { ...input, sidecar: null }).content), []);
  });
});
