import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  parseSidecar,
  serializeSidecar,
  sidecarNameFor,
  sidecarJsonSchemaText,
  emptySidecar,
  type SidecarFile,
} from '../../../src/core/annotations';
import { sampleFile } from './fixtures';

function parseOk(text: string): SidecarFile {
  const r = parseSidecar(text);
  if (!r.ok) assert.fail(`${r.kind}: ${r.message}`);
  return r.file;
}

function parseErr(text: string): { kind: string; message: string } {
  const r = parseSidecar(text);
  if (r.ok) assert.fail('expected a parse failure');
  return r;
}

/** Rebuilds every object with its keys in reverse order (arrays keep their order unless asked). */
function reverseKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(reverseKeys);
  if (typeof v === 'object' && v !== null) return Object.fromEntries(Object.entries(v).reverse().map(([k, x]) => [k, reverseKeys(x)]));
  return v;
}

describe('sidecar format', () => {
  it('names the sidecar after the article', () => {
    assert.equal(sidecarNameFor('korea-artillery-shells.article'), 'korea-artillery-shells.article.annotations.json');
  });

  it('round-trips: serialize → parse gives the same file, and serializing again the same text', () => {
    const file = sampleFile();
    const text = serializeSidecar(file);
    const back = parseOk(text);
    assert.deepEqual(back, file);
    assert.equal(serializeSidecar(back), text);
    assert.ok(text.endsWith('}\n'));
    assert.match(text, /^\{\n {2}"format": "newsmark-annotations",\n {2}"version": 1,/);
  });

  it('serializes the same text whatever the key order and annotation order', () => {
    const file = sampleFile();
    const shuffled = reverseKeys({ ...file, annotations: [...file.annotations].reverse() }) as SidecarFile;
    assert.notEqual(JSON.stringify(shuffled), JSON.stringify(file));
    assert.equal(serializeSidecar(shuffled), serializeSidecar(file));
    // selectors in the other order too
    const swapped = { ...file, annotations: file.annotations.map((a) => ({ ...a, target: { selector: [...a.target.selector].reverse() } })) };
    assert.equal(serializeSidecar(swapped), serializeSidecar(file));
  });

  it('orders annotations by start, then id', () => {
    const file = sampleFile();
    const [first, second] = file.annotations;
    const sameStart = { ...second, id: 'urn:uuid:0', target: first.target };
    const text = serializeSidecar({ ...file, annotations: [second, first, sameStart] });
    const ids = parseOk(text).annotations.map((a) => a.id);
    assert.deepEqual(ids, ['urn:uuid:0', first.id, second.id]);
  });

  it('keeps unknown keys (from newer versions or other tools) on a round trip, in a stable place', () => {
    const file = sampleFile();
    const raw = JSON.parse(serializeSidecar(file));
    raw.zeta = { b: 1, a: [2, { d: 3, c: 4 }] };
    raw.annotations[0].x_reviewer = 'bo';
    raw.annotations[0].target.source = 'file:///a.article';
    raw.annotations[0].target.selector[0].extra = true;
    raw.article.url = 'https://example.org';
    const text = serializeSidecar(parseOk(JSON.stringify(raw)));
    const again = JSON.parse(text);
    assert.deepEqual(again.zeta, { a: [2, { c: 4, d: 3 }], b: 1 });
    assert.equal(again.annotations[0].x_reviewer, 'bo');
    assert.equal(again.annotations[0].target.source, 'file:///a.article');
    assert.equal(again.annotations[0].target.selector[0].extra, true);
    assert.equal(again.article.url, 'https://example.org');
    assert.deepEqual(Object.keys(again), ['format', 'version', 'article', 'annotations', 'zeta']);
    assert.equal(serializeSidecar(parseOk(text)), text);
  });

  it('accepts a BOM, $schema, and missing note/prefix/suffix (defaults)', () => {
    const raw = JSON.parse(serializeSidecar(sampleFile()));
    raw.$schema = './annotations.schema.json';
    delete raw.annotations[0].note;
    delete raw.annotations[0].target.selector[0].prefix;
    const file = parseOk('\uFEFF' + JSON.stringify(raw));
    assert.equal(file.$schema, './annotations.schema.json');
    assert.equal(file.annotations[0].note, '');
    assert.equal(serializeSidecar(file).split('\n')[1], '  "$schema": "./annotations.schema.json",');
  });

  it('parses an empty sidecar', () => {
    const file = parseOk(serializeSidecar(emptySidecar('a.article')));
    assert.deepEqual(file, { format: 'newsmark-annotations', version: 1, article: { name: 'a.article' }, annotations: [] });
  });

  describe('errors', () => {
    it('malformed JSON names the line and column', () => {
      const e = parseErr('{\n  "format": "newsmark-annotations",\n  "version": 1\n  "annotations": []\n}');
      assert.equal(e.kind, 'malformed-json');
      assert.match(e.message, /line 4, column 3/);
      assert.match(e.message, /comma expected/);
      assert.equal(parseErr('').kind, 'malformed-json');
      assert.equal(parseErr('{"format": "newsmark-annotations", "version": 1, "annotations": [],}').kind, 'malformed-json');
      assert.equal(parseErr('// comment\n{}').kind, 'malformed-json');
    });

    it('valid JSON that is not ours is foreign', () => {
      for (const text of ['[]', '42', 'null', '{"annotations": []}', '{"format": "hypothesis", "version": 1}']) {
        const e = parseErr(text);
        assert.equal(e.kind, 'foreign', text);
        assert.match(e.message, /not a Newsmark annotations file/);
      }
    });

    it('a newer version says so', () => {
      const e = parseErr('{"format": "newsmark-annotations", "version": 3, "annotations": "whatever"}');
      assert.equal(e.kind, 'future-version');
      assert.match(e.message, /version 3 is newer than this Newsmark supports \(1\)/);
    });

    it('schema problems name the path', () => {
      const raw = JSON.parse(serializeSidecar(sampleFile()));
      raw.annotations[1].target.selector[1].start = -4;
      let e = parseErr(JSON.stringify(raw));
      assert.equal(e.kind, 'schema');
      assert.match(e.message, /annotations\[1\]\.target\.selector\[1\]\.start/);

      const dup = JSON.parse(serializeSidecar(sampleFile()));
      dup.annotations[1].id = dup.annotations[0].id;
      e = parseErr(JSON.stringify(dup));
      assert.equal(e.kind, 'schema');
      assert.match(e.message, /duplicate id/);

      const noQuote = JSON.parse(serializeSidecar(sampleFile()));
      noQuote.annotations[0].target.selector.shift();
      assert.match(parseErr(JSON.stringify(noQuote)).message, /annotations\[0\]\.target\.selector: needs exactly one TextQuoteSelector/);

      assert.equal(parseErr('{"format": "newsmark-annotations", "version": 0, "annotations": []}').kind, 'schema');
      assert.equal(parseErr('{"format": "newsmark-annotations", "version": "1", "annotations": []}').kind, 'schema');
      const badDate = JSON.parse(serializeSidecar(sampleFile()));
      badDate.annotations[0].created = 'yesterday';
      assert.match(parseErr(JSON.stringify(badDate)).message, /annotations\[0\]\.created/);
    });

    it('never throws, whatever the input', () => {
      for (const text of ['{', '"', '{"format": "newsmark-annotations"}', '{"format": "newsmark-annotations", "version": 1e400}', '\u0000']) {
        assert.doesNotThrow(() => parseSidecar(text));
      }
    });
  });

  it('the committed JSON Schema equals the one generated from the zod schema (run npm run gen:schema)', () => {
    const committed = readFileSync(resolve(__dirname, '../../../schemas/annotations.schema.json'), 'utf8');
    assert.equal(committed, sidecarJsonSchemaText());
  });
});
