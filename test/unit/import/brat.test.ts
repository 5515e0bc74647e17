import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importBrat, parseBrat } from '../../../src/core/import/brat';
import { reanchor } from '../../../src/core/annotations';

const FIX = join(__dirname, '../../fixtures/export');
const ann = readFileSync(join(FIX, 'brat-lines.ann'), 'utf8');
const text = readFileSync(join(FIX, 'brat-lines.txt'), 'utf8');
const NOW = '2026-11-29T01:00:00.000Z';

describe('brat import', () => {
  it('parses every documented line kind and reports malformed lines by number', () => {
    const doc = parseBrat(ann);
    assert.deepEqual(doc.textBounds.map((t) => t.id), ['T1', 'T2', 'T3', 'T4', 'T5', 'T6']);
    assert.deepEqual(doc.textBounds[4].fragments, [{ start: 55, end: 64 }, { start: 65, end: 78 }]);
    assert.deepEqual(doc.events, [{ id: 'E1', type: 'Merge', trigger: 'T3', args: [['Org1', 'T1'], ['Org2', 'T2']], line: 4 }]);
    assert.deepEqual(doc.relations[0], { id: 'R1', type: 'Located', args: { Arg1: 'T3', Arg2: 'T4' }, line: 6 });
    assert.deepEqual(doc.attributes.map((a) => [a.name, a.target, a.value]), [['Negation', 'E1', true], ['Confidence', 'E1', 'High'], ['Label', 'T5', 'disputed'], ['Label', 'T6', 'verified']]);
    assert.deepEqual(doc.notes[0], { id: '#1', type: 'AnnotatorNotes', target: 'T1', text: 'a made-up company', line: 11 });
    assert.deepEqual(doc.problems.map((p) => p.line), [18, 19]);
    assert.match(doc.problems[0].message, /malformed text-bound.*T7/);
  });

  it('never throws on garbage', () => {
    for (const junk of ['', '\t\t\t', 'T', 'T1\tX 5 2\tz', 'R1\t', '#1', 'A1\tLabel', '\u0000\ud800', 'E1\tX:T1 broken']) {
      const r = importBrat(junk, 'some text');
      assert.deepEqual(r.claims, []);
    }
    assert.equal(parseBrat('T1\tX 5 2\tz').problems[0].line, 1);
  });

  it('imports Claim spans with their label and note, converting code points (after an emoji) to UTF-16', () => {
    const { claims, problems } = importBrat(ann, text, { now: NOW, creator: 'Bo' });
    assert.equal(problems.length, 2);
    assert.equal(claims.length, 2);
    const [multi, after] = claims;
    assert.equal(multi.annotation.label, 'disputed');
    assert.equal(multi.annotation.note, 'spans two lines');
    assert.equal(multi.status, 'position');
    const quote = multi.annotation.target.selector.find((s) => s.type === 'TextQuoteSelector')!;
    assert.equal(quote.exact, 'North and\nSouth America', 'a discontinuous span covers the line break');
    assert.equal(after.annotation.label, 'verified');
    const r = reanchor(text, after.annotation.target);
    assert.ok(r.status !== 'orphaned');
    assert.equal(text.slice(r.start, r.end), 'agreed.');
    assert.equal(after.annotation.creator.name, 'Bo');
    assert.equal(after.annotation.created, NOW);
  });

  it('re-anchors stale offsets on the words, and orphans words that are gone', () => {
    const edited = 'A new first line!\n' + text;
    const { claims } = importBrat(ann, edited);
    const found = claims.map((c) => {
      const r = reanchor(edited, c.annotation.target);
      return r.status === 'orphaned' ? null : edited.slice(r.start, r.end);
    });
    assert.deepEqual(found, ['North and\nSouth America', 'agreed.']);
    assert.notEqual(claims[1].status, 'position');
    const gone = importBrat('T1\tClaim 0 5\tZebra', 'no such words here');
    assert.equal(gone.claims[0].status, 'orphaned');
    assert.deepEqual(gone.claims[0].annotation.target.selector.map((s) => s.type), ['TextQuoteSelector']);
    assert.match(gone.problems[0].message, /not found/);
  });

  const realDir = '/work/shared/eval/polnear-dev/attributions';
  (existsSync(realDir) ? it : it.skip)('parses the real brat files of the PolNeAR sample without a problem', () => {
    const files = readdirSync(realDir).filter((f) => f.endsWith('.ann'));
    assert.ok(files.length > 0);
    let tb = 0;
    for (const f of files) {
      const doc = parseBrat(readFileSync(join(realDir, f), 'utf8'));
      assert.deepEqual(doc.problems, [], f);
      tb += doc.textBounds.length;
      for (const e of doc.events) assert.ok(doc.textBounds.some((t) => t.id === e.trigger), `${f} ${e.id}`);
    }
    assert.ok(tb > 0);
  });
});
