// `newsmark export`, run as a user would: the CLI spawned through tsx on temporary folders.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '../../..');
const MAIN = join(ROOT, 'src/cli/main.ts');
const SAMPLE = join(ROOT, 'samples/korea-artillery-shells.article');

function cli(args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', MAIN, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('newsmark export', function () {
  this.timeout(120_000);
  let tmp: string;
  let articles: string;

  before(() => {
    tmp = mkdtempSync(join(tmpdir(), 'newsmark-export-'));
    articles = join(tmp, 'articles');
    mkdirSync(articles);
    copyFileSync(SAMPLE, join(articles, 'a.article'));
    copyFileSync(`${SAMPLE}.annotations.json`, join(articles, 'a.article.annotations.json'));
    writeFileSync(join(articles, 'b.article'), 'Prices rose 5% on Monday, the minister said.\n');
    writeFileSync(join(articles, 'c.article'), 'Broken claims file here.\n');
    writeFileSync(join(articles, 'c.article.annotations.json'), '{ "format": "newsmark-annotations", "version": 1, "annotations": [ }');
  });

  after(() => rmSync(tmp, { recursive: true, force: true }));

  it('lists export in the help, and explains its own options', () => {
    assert.match(cli(['--help']).stdout, /export/);
    const h = cli(['export', '--help']);
    assert.equal(h.code, 0);
    assert.match(h.stdout, /--format/);
  });

  it('writes W3C annotations of the sample’s claims to stdout', () => {
    const r = cli(['export', '--format', 'w3c', join(articles, 'a.article')]);
    assert.equal(r.code, 0, r.stderr);
    const c = JSON.parse(r.stdout);
    assert.equal(c.type, 'AnnotationCollection');
    const sidecar = JSON.parse(readFileSync(`${SAMPLE}.annotations.json`, 'utf8'));
    assert.equal(c.total, sidecar.annotations.length);
    assert.match(c.first.items[0].target.source, /^file:\/\/.*a\.article$/);
    const withQuotes = JSON.parse(cli(['export', '--format', 'w3c', '--quotes', join(articles, 'a.article')]).stdout);
    assert.ok(withQuotes.total > c.total);
  });

  it('exports a folder to --out, skipping the article with a bad sidecar with a clear error', () => {
    const out = join(tmp, 'brat');
    const r = cli(['export', '-f', 'brat', '--out', out, articles]);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /^newsmark: skipped .*c\.article: bad annotations file c\.article\.annotations\.json: invalid JSON at line 1/m);
    assert.match(r.stderr, /1 of 3 files failed/);
    assert.doesNotMatch(r.stderr, /\n\s+at /);
    for (const f of ['a.ann', 'a.txt', 'b.ann', 'b.txt', 'annotation.conf']) assert.ok(existsSync(join(out, f)), f);
    assert.ok(!existsSync(join(out, 'c.ann')));
    const ann = readFileSync(join(out, 'a.ann'), 'utf8');
    assert.match(ann, /^T\d+\tClaim \d+ \d+\t/m);
    assert.match(ann, /^A\d+\tLabel T\d+ disputed$/m);
    assert.equal(readFileSync(join(out, 'a.txt'), 'utf8'), readFileSync(SAMPLE, 'utf8'));
  });

  it('sends JSON Lines of several files to stdout with a file key, and ClaimReview with meta', () => {
    const r = cli(['export', '--format', 'jsonl', join(articles, 'a.article'), join(articles, 'b.article')]);
    assert.equal(r.code, 0, r.stderr);
    const rows = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    assert.deepEqual([...new Set(rows.map((x) => x.file.replace(/.*[\\/]/, '')))], ['a.article', 'b.article']);
    const cr = cli(['export', '-f', 'claimreview', '--url', 'https://example.com/a', '--date', '2022-11-10', '--author', 'Checkers', join(articles, 'a.article')]);
    assert.equal(cr.code, 0, cr.stderr);
    const reviews = JSON.parse(cr.stdout);
    assert.ok(reviews.length > 0);
    assert.equal(reviews[0].url, 'https://example.com/a');
    assert.equal(reviews[0].itemReviewed.datePublished, '2022-11-10');
    assert.deepEqual(reviews[0].author, { '@type': 'Organization', name: 'Checkers' });
  });

  it('rejects a missing or unknown format, and several JSON documents on stdout', () => {
    for (const args of [['export', articles], ['export', '-f', 'xml', articles], ['export', '-f', 'w3c', articles], ['export', '-f', 'csv', '--date', 'yesterday', SAMPLE]]) {
      const r = cli(args);
      assert.equal(r.code, 2, args.join(' '));
      assert.match(r.stderr, /^newsmark: export: /);
      assert.equal(r.stdout, '');
    }
  });
});
