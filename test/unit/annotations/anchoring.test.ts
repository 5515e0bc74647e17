import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { makeTarget, reanchor, reanchorAll, type AnchorResult, type Target } from '../../../src/core/annotations';
import { ARTICLE, spanOf } from './fixtures';

const CLAIM = 'Washington wanted to send the South Korean artillery shells to Ukraine.';

function targetOf(text: string, words: string, from = 0): Target {
  const { start, end } = spanOf(text, words, from);
  return makeTarget(text, start, end);
}

function wordsAt(text: string, r: AnchorResult): string | null {
  return r.status === 'orphaned' ? null : text.slice(r.start, r.end);
}

/** A pseudo-random lower-case text (deterministic from the seed): no accidental repeats of a claim. */
function randomText(seed: number, length: number): string {
  let x = seed >>> 0 || 1;
  let s = '';
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    s += x % 7 === 0 ? ' ' : String.fromCharCode(97 + (x % 26));
  }
  return s;
}

describe('makeTarget', () => {
  it('stores the quote with ~32 characters of context and the position', () => {
    const { start, end } = spanOf(ARTICLE, CLAIM);
    const t = makeTarget(ARTICLE, start, end);
    assert.deepEqual(t.selector[1], { type: 'TextPositionSelector', start, end });
    assert.equal(t.selector[0].exact, CLAIM);
    assert.equal(t.selector[0].prefix, ARTICLE.slice(start - 32, start));
    assert.equal(t.selector[0].suffix, ARTICLE.slice(end, end + 32));
  });

  it('has short context at the ends of the text and never half an emoji', () => {
    const text = '🙂'.repeat(20) + 'claim' + '🙂'.repeat(20);
    const t = makeTarget(text, 40, 45);
    assert.equal(t.selector[0].exact, 'claim');
    assert.equal(t.selector[0].prefix, '🙂'.repeat(16));
    assert.equal(t.selector[0].suffix, '🙂'.repeat(16));
    const odd = makeTarget('x' + text, 41, 46); // 32 units back lands between the halves of a pair
    assert.equal(odd.selector[0].prefix, '🙂'.repeat(16) );
    assert.equal(makeTarget('abc', 0, 3).selector[0].prefix, '');
  });
});

describe('reanchor', () => {
  const target = targetOf(ARTICLE, CLAIM);

  it('uses the stored position when the words are still there', () => {
    const r = reanchor(ARTICLE, target);
    assert.equal(r.status, 'position');
    assert.equal(wordsAt(ARTICLE, r), CLAIM);
  });

  it('finds the quote after a paragraph is inserted above', () => {
    const text = 'EDITOR’S NOTE: this story has been updated.\n' + ARTICLE;
    const r = reanchor(text, target);
    assert.equal(r.status, 'quote');
    assert.deepEqual(r, { status: 'quote', ...spanOf(text, CLAIM) });
  });

  it('follows an edit inside the claim with a fuzzy match', () => {
    const edited = CLAIM.replace('wanted to send', 'intended to send');
    const text = ('Update.\n' + ARTICLE).replace(CLAIM, edited);
    const r = reanchor(text, target);
    assert.equal(r.status, 'fuzzy');
    assert.equal(wordsAt(text, r), edited);
  });

  it('chooses among repeats of the sentence by prefix/suffix, not by order', () => {
    // the same sentence pasted earlier in the article, in another paragraph
    const text = `In short: ${CLAIM} More later.\n` + ARTICLE;
    const r = reanchor(text, target);
    assert.equal(r.status, 'quote');
    assert.equal(r.status === 'quote' && r.start, text.lastIndexOf(CLAIM));
    // and when it is pasted after, it stays on the original
    const after = ARTICLE + `\nIn short: ${CLAIM} More later.`;
    const r2 = reanchor(after, { selector: [target.selector[0]] }); // quote only: no position hint
    assert.equal(r2.status === 'quote' && r2.start, after.indexOf(CLAIM));
  });

  it('prefers the occurrence nearest the old position when the contexts tie', () => {
    const line = 'The ministry declined to comment.';
    const text = Array.from({ length: 5 }, (_, i) => `Paragraph ${i}.\n${line}\nEnd.`).join('\n');
    const third = text.indexOf(line, text.indexOf('Paragraph 2'));
    const t = makeTarget(text, third, third + line.length);
    // context is 'Paragraph N.\n' on each: strip the digit difference by inserting text at the top
    const moved = 'Hello.\n' + text;
    const r = reanchor(moved, t);
    assert.equal(r.status === 'quote' && r.start, third + 'Hello.\n'.length);
  });

  it('orphans a deleted claim rather than moving it onto similar words', () => {
    const similar = 'Washington wanted to send the North Korean artillery shells to Russia.';
    const text = ARTICLE.replace(CLAIM, '') + '\n' + similar;
    const r = reanchor(text, target);
    assert.deepEqual(r, { status: 'orphaned' });
    // also when the claim's whole paragraph is gone
    const para = ARTICLE.split('\n').filter((p) => !p.includes(CLAIM)).join('\n');
    assert.deepEqual(reanchor(para, target), { status: 'orphaned' });
  });

  it('follows a claim moved far away (cut and paste), exact or edited', () => {
    const filler = randomText(7, 20_000);
    const base = `${filler}\n${ARTICLE}`;
    const t = targetOf(base, CLAIM);
    const cut = base.replace(CLAIM, '');
    const moved = `Lead: ${CLAIM} More.\n${cut}`; // ~24,000 characters earlier, new surroundings
    assert.deepEqual(reanchor(moved, t), { status: 'quote', start: 6, end: 6 + CLAIM.length });
    const edited = CLAIM.replace('wanted', 'wishes');
    const movedEdited = `${cut}\n${filler.slice(0, 50)} ${edited} ${filler.slice(50, 100)}`;
    // new surroundings and edited words: not clearly the same claim
    assert.deepEqual(reanchor(movedEdited, t), { status: 'orphaned' });
    // moved far with its paragraph (context intact) and edited: found by the far fuzzy search
    const para = ARTICLE.split('\n').find((p) => p.includes(CLAIM)) ?? '';
    const farEdited = `${para.replace('wanted', 'wishes')}\n${base.replace(para, '')}`;
    const r = reanchor(farEdited, t);
    assert.equal(r.status, 'fuzzy');
    assert.equal(wordsAt(farEdited, r), edited);
  });

  it('orphans a deleted claim whose sentence is repeated elsewhere in other surroundings (ambiguous)', () => {
    const t = targetOf(ARTICLE, CLAIM);
    const text = `A: ${CLAIM}\n` + ARTICLE.replace(CLAIM, 'Nothing.') + `\nB: ${CLAIM}`;
    assert.deepEqual(reanchor(text, t), { status: 'orphaned' });
  });

  it('orphans a claim rewritten beyond the similarity threshold, even in place', () => {
    const rewritten = 'Washington hoped the shells would reach Kyiv by spring.';
    const text = ARTICLE.replace(CLAIM, rewritten);
    assert.deepEqual(reanchor(text, target), { status: 'orphaned' });
  });

  it('does not trust a short quote that reappears in another context', () => {
    const t = targetOf(ARTICLE, '100,000 rounds');
    const text = ARTICLE.replace('100,000 rounds', '100,000 shells') + '\nThey fired 100,000 rounds last year.';
    assert.deepEqual(reanchor(text, t), { status: 'orphaned' });
  });

  it('handles emoji and other non-BMP text around and inside the claim', () => {
    const base = 'Intro 😀😀 text. The 𝒻𝒾𝓇𝓈𝓉 claim 🎉 is here. Trailing 👍 words.';
    const words = 'The 𝒻𝒾𝓇𝓈𝓉 claim 🎉 is here.';
    const t = targetOf(base, words);
    const moved = '🚀🚀🚀 ' + base;
    assert.equal(wordsAt(moved, reanchor(moved, t)), words);
    const edited = moved.replace('🎉', '🎊');
    const r = reanchor(edited, t);
    assert.equal(r.status, 'fuzzy');
    assert.equal(wordsAt(edited, r), 'The 𝒻𝒾𝓇𝓈𝓉 claim 🎊 is here.');
  });

  it('handles a claim longer than 32 characters with edits at both ends', () => {
    const para = ARTICLE.split('\n')[0];
    const t = targetOf(ARTICLE, para);
    const edited = para.replace('Washington plans', 'Washington now plans').replace('US forces.', 'American forces.');
    const text = ARTICLE.replace(para, edited);
    const r = reanchor(text, t);
    assert.equal(r.status, 'fuzzy');
    assert.equal(wordsAt(text, r), edited);
  });

  // long claims are trusted on their own; short ones (< 16) need context, so they get small insertions
  const insertionsOutside = (claimLength: fc.Arbitrary<number>, maxInsert: number) =>
    fc.property(
      fc.integer({ min: 1 }),
      fc.integer({ min: 250, max: 3000 }),
      fc.nat(),
      claimLength,
      fc.array(fc.tuple(fc.nat(), fc.string({ unit: fc.constantFrom('0', '1', ' ', '\n', '🙂', 'é'), minLength: 1, maxLength: maxInsert })), { maxLength: 3 }),
      (seed, length, at, claimLength, insertions) => {
        const base = randomText(seed, length);
        const start = at % (length - claimLength + 1);
        const end = start + claimLength;
        const t = makeTarget(base, start, end);
        let text = base;
        let s = start;
        let e = end;
        for (const [where, str] of insertions) {
          const offset = where % (text.length + 1);
          if (offset > s && offset < e) continue; // outside only
          text = text.slice(0, offset) + str + text.slice(offset);
          if (offset <= s) {
            s += str.length;
            e += str.length;
          }
        }
        const r = reanchor(text, t);
        assert.notEqual(r.status, 'orphaned');
        assert.notEqual(r.status, 'fuzzy');
        assert.deepEqual(r.status !== 'orphaned' && [r.start, r.end], [s, e]);
      },
    );

  it('property: after random insertions outside the claim it finds exactly the same words', () => {
    fc.assert(insertionsOutside(fc.integer({ min: 16, max: 200 }), 40), { numRuns: 300 });
    fc.assert(insertionsOutside(fc.integer({ min: 4, max: 15 }), 3), { numRuns: 300 });
  });

  it('property: after a random edit, results are in range and exact matches are the exact words', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 300 }), fc.nat(), fc.nat(), fc.nat(), fc.nat(), fc.string({ unit: 'grapheme', maxLength: 30 }), (a, x, y, p, d, ins) => {
        const s = x % a.length;
        const e = s + 1 + (y % (a.length - s));
        const at = p % (a.length + 1);
        const b = a.slice(0, at) + ins + a.slice(at + (d % (a.length - at + 1)));
        const t = makeTarget(a, s, e);
        const r = reanchor(b, t);
        if (r.status === 'orphaned') return;
        assert.ok(0 <= r.start && r.start < r.end && r.end <= b.length);
        if (r.status !== 'fuzzy') assert.equal(b.slice(r.start, r.end), t.selector[0].exact);
      }),
      { numRuns: 500 },
    );
  });

  it('property: results are always within the text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.string({ maxLength: 200 }), fc.nat(), fc.nat(), (a, b, x, y) => {
        if (a.length === 0) return;
        const s = x % a.length;
        const e = s + 1 + (y % (a.length - s));
        const r = reanchor(b, makeTarget(a, s, e));
        if (r.status !== 'orphaned') assert.ok(0 <= r.start && r.start < r.end && r.end <= b.length);
      }),
      { numRuns: 500 },
    );
  });
});

describe('reanchorAll', () => {
  it('re-anchors many claims in one pass, keeping their order of results', () => {
    const claims = ['100,000 rounds of 155mm artillery shells', CLAIM, 'The official warned that news of the talks'];
    const targets = claims.map((c) => ({ target: targetOf(ARTICLE, c) })).reverse();
    const text = 'NEW TOP PARAGRAPH.\n' + ARTICLE.replace('The official warned', 'An official warned');
    const results = reanchorAll(text, targets);
    assert.deepEqual(results.map((r) => r.status), ['fuzzy', 'quote', 'quote']);
    assert.equal(wordsAt(text, results[0]), 'An official warned that news of the talks');
    assert.equal(wordsAt(text, results[1]), CLAIM);
    assert.equal(wordsAt(text, results[2]), claims[0]);
  });
});
