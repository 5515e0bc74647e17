import * as assert from 'node:assert/strict';
import { CSV_COLUMNS, csvField, exportItems, toCsv, toJsonLines } from '../../../src/core/export/tabular';
import { claim, sampleInput, TEXT } from './helpers';

/** A small RFC 4180 reader: fields, quoted fields with "" escapes and line breaks, CRLF records. */
function parseCsv(s: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && s[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  assert.equal(field, '', 'ends with CRLF');
  return rows;
}

describe('CSV and JSON Lines export', () => {
  it('quotes per RFC 4180 and defuses spreadsheet formulas', () => {
    assert.equal(csvField('plain'), 'plain');
    assert.equal(csvField('a,b'), '"a,b"');
    assert.equal(csvField('say "hi"'), '"say ""hi"""');
    assert.equal(csvField('two\nlines'), '"two\nlines"');
    for (const bad of ['=SUM(A1)', '+1', '-2+3', '@cmd', '\tx']) assert.equal(csvField(bad)[0] === '"' ? csvField(bad)[1] : csvField(bad)[0], "'", bad);
    assert.equal(csvField('=1,2'), `"'=1,2"`);
    assert.equal(csvField(-5), '-5', 'numbers are numbers');
    assert.equal(csvField(null), '');
  });

  it('writes one row per item with the documented columns, readable back', () => {
    const sc = claim(null, TEXT, 'lethal weapons', 'false', '=HYPERLINK("x"), "quoted"');
    const csv = toCsv(sampleInput(sc));
    const rows = parseCsv(csv);
    assert.deepEqual(rows[0], [...CSV_COLUMNS]);
    const items = exportItems(sampleInput(sc));
    assert.equal(rows.length, items.length + 1);
    for (const r of rows) assert.equal(r.length, CSV_COLUMNS.length);
    const quote = rows.find((r) => r[0] === 'quote')!;
    assert.equal(quote[3], '“We never sent\nlethal weapons,”');
    assert.equal(quote[6], 'Yoon Suk-yeol');
    const c = rows.find((r) => r[0] === 'claim')!;
    assert.equal(c[5], 'false');
    assert.equal(c[10], `'=HYPERLINK("x"), "quoted"`);
    const fig = rows.find((r) => r[0] === 'figure')!;
    assert.deepEqual([fig[4], fig[8], fig[9]], ['count', '100000', 'shells']);
    assert.equal(TEXT.slice(Number(fig[1]), Number(fig[2])), fig[3], 'UTF-16 offsets');
  });

  it('writes one JSON object per line with a kind, in text order', () => {
    const sc = claim(null, TEXT, 'lethal weapons', 'false');
    const jsonl = toJsonLines(sampleInput(sc));
    assert.ok(jsonl.endsWith('\n'));
    const objs = jsonl.trimEnd().split('\n').map((l) => JSON.parse(l));
    assert.deepEqual([...new Set(objs.map((o) => o.kind))].sort(), ['claim', 'entity', 'figure', 'quote', 'reported']);
    for (const o of objs) if (o.start !== null) assert.equal(TEXT.slice(o.start, o.end), o.text);
    const starts = objs.map((o) => o.start);
    assert.deepEqual(starts, [...starts].sort((a, b) => a - b));
    assert.equal(objs.find((o) => o.kind === 'figure').value, 100000);
  });

  it('keeps an orphaned claim with null offsets', () => {
    const sc = claim(null, TEXT, 'lethal weapons', 'false');
    sc.annotations[0].target.selector = [{ type: 'TextQuoteSelector', exact: 'vanished words of a removed paragraph', prefix: '', suffix: '' }];
    const last = toJsonLines(sampleInput(sc)).trimEnd().split('\n').map((l) => JSON.parse(l)).at(-1);
    assert.deepEqual([last.kind, last.start, last.end, last.text], ['claim', null, null, 'vanished words of a removed paragraph']);
  });
});
