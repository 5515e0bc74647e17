import * as assert from 'node:assert/strict';
import { bratAnnotationConf, bratFragments, toBrat } from '../../../src/core/export/brat';
import { exportAs } from '../../../src/core/export';
import { claim, sampleInput, TEXT } from './helpers';

/** What brat (Python) sees: a list of code points. */
const cps = (s: string) => Array.from(s);

/** Checks every T line against the text the way brat does: code point slices joined by a space. */
function checkTLines(ann: string, text: string): string[] {
  const points = cps(text);
  const tLines = ann.split('\n').filter((l) => l.startsWith('T'));
  for (const line of tLines) {
    const [id, typeOffsets, words] = splitT(line);
    assert.match(id, /^T\d+$/);
    const frags = typeOffsets.split(' ').slice(1).join(' ').split(';').map((f) => f.split(' ').map(Number));
    for (const [s, e] of frags) assert.ok(0 <= s && s < e && e <= points.length, line);
    const joined = frags.map(([s, e]) => points.slice(s, e).join('')).join(' ');
    assert.equal(joined, words, line);
    assert.doesNotMatch(joined, /[\r\n]/);
  }
  return tLines;
}

describe('brat export', () => {
  it('writes T, R, A and # lines in brat syntax with code point offsets', () => {
    let sc = claim(null, TEXT, 'Seoul will sell 100,000 shells', 'disputed', 'Denied\nby Seoul');
    sc = claim(sc, TEXT, 'lethal weapons', 'false');
    const { ann } = toBrat(sampleInput(sc));
    const lines = ann.trimEnd().split('\n');
    for (const l of lines) assert.match(l, /^(T\d+\t\S+ \d+ \d+(;\d+ \d+)*\t.*|R\d+\t\S+ Arg1:T\d+ Arg2:T\d+|A\d+\t\S+ T\d+ \S+|#\d+\tAnnotatorNotes T\d+\t[^\n]*)$/, l);
    checkTLines(ann, TEXT);
    // 🙂 is two UTF-16 units but one code point: "Seoul" starts at 2 in JS, 2-1 in brat
    assert.ok(lines.includes('T5\tPlace 2 7\tSeoul') || lines.some((l) => /\tPlace 2 7\tSeoul$/.test(l)), ann);
    const claimLine = lines.find((l) => /\tClaim /.test(l) && l.endsWith('Seoul will sell 100,000 shells'));
    assert.ok(claimLine);
    const cid = claimLine.split('\t')[0];
    assert.ok(lines.includes(`A${lines.filter((l) => l.startsWith('A')).findIndex((l) => l.includes(` ${cid} `)) + 1}\tLabel ${cid} disputed`));
    assert.ok(lines.includes(`#${lines.filter((l) => l.startsWith('#')).findIndex((l) => l.includes(` ${cid}\t`)) + 1}\tAnnotatorNotes ${cid}\tDenied by Seoul`), 'note on one line');
    assert.ok(lines.some((l) => /^#\d+\tAnnotatorNotes T\d+\t100000 shells$/.test(l)), 'figure value as a note');
    assert.ok(lines.some((l) => /\tCount \d+ \d+\t100,000 shells$/.test(l)));
  });

  it('splits a multi-line quote into fragments joined by a space, and links it to its speaker', () => {
    const { ann } = toBrat(sampleInput());
    const quote = ann.split('\n').find((l) => /\tQuote /.test(l));
    assert.ok(quote);
    assert.match(quote, /^T\d+\tQuote \d+ \d+;\d+ \d+\t“We never sent lethal weapons,”$/);
    const qid = quote.split('\t')[0];
    const source = ann.split('\n').find((l) => /\tSource \d+ \d+\tYoon$/.test(l));
    assert.ok(source);
    assert.ok(ann.includes(`\tSaidBy Arg1:${qid} Arg2:${source.split('\t')[0]}\n`));
    assert.ok(ann.includes(`AnnotatorNotes ${source.split('\t')[0]}\tYoon Suk-yeol\n`), 'canonical name as note');
  });

  it('handles CRLF and non-BMP text everywhere', () => {
    const text = '𝐀𝐁 “a\r\nb” 👍🏽 x';
    const q = text.indexOf('“');
    const e = text.indexOf('”') + 1;
    const input = { ...sampleInput(), text, analysis: { quotes: [{ start: q, end: e, text: text.slice(q, e), speaker: null, cue: null, method: 'none' as const, partial: false }], attributions: [], figures: [], entities: [] } };
    const { ann } = toBrat(input);
    assert.equal(ann, `T1\tQuote 3 5;7 9\t“a b”\n`);
    checkTLines(ann, text);
  });

  it('skips spans that are only line breaks and deduplicates repeated spans', () => {
    assert.deepEqual(bratFragments('a\n\nb', 1, 3), []);
    assert.deepEqual(bratFragments('ab\r\ncd', 0, 6), [{ start: 0, end: 2 }, { start: 4, end: 6 }]);
    const input = sampleInput();
    input.analysis.entities.push({ id: 'x', type: 'person', name: 'Yoon Suk-yeol', mentions: [{ start: 0, end: 0, text: '' }] });
    const { ann } = toBrat(input);
    assert.equal(ann.split('\n').filter((l) => /\tSource .*\tYoon$/.test(l)).length, 1);
  });

  it('exports nothing for claims whose words are gone, and an empty file for nothing', () => {
    const sc = claim(null, TEXT, 'lethal weapons', 'false');
    sc.annotations[0].target.selector = [{ type: 'TextQuoteSelector', exact: 'words never written here at all', prefix: '', suffix: '' }];
    assert.doesNotMatch(toBrat(sampleInput(sc)).ann, /Claim/);
    const empty = { ...sampleInput(), analysis: { quotes: [], attributions: [], figures: [], entities: [] } };
    assert.equal(exportAs('brat', empty).content, '');
  });

  it('writes an annotation.conf naming every type it uses', () => {
    let sc = claim(null, TEXT, 'lethal weapons', 'false');
    sc = claim(sc, TEXT, 'Seoul', 'my label');
    const { ann, labels } = toBrat(sampleInput(sc));
    const conf = bratAnnotationConf(labels);
    assert.match(conf, /^\[entities\]\n/);
    for (const section of ['[relations]', '[events]', '[attributes]']) assert.ok(conf.includes(`\n${section}\n`));
    const types = new Set(ann.split('\n').filter((l) => l.startsWith('T')).map((l) => l.split('\t')[1].split(' ')[0]));
    const entities = conf.split('[relations]')[0].split('\n');
    for (const t of types) assert.ok(entities.includes(t), t);
    assert.match(conf, /Label\tArg:Claim, Value:my_label\|false\n/);
    assert.match(ann, /\tLabel T\d+ my_label\n/);
  });
});

/** id, type+offsets, text: the text may itself hold tabs (brat splits twice, at the first two tabs). */
function splitT(line: string): [string, string, string] {
  const a = line.indexOf('\t');
  const b = line.indexOf('\t', a + 1);
  return [line.slice(0, a), line.slice(a + 1, b), line.slice(b + 1)];
}
