import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '../../..');
const MAIN = join(ROOT, 'src/cli/main.ts');
const FIXTURES = join(ROOT, 'test/fixtures/cli/articles');
const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function cli(args: string[], env: Record<string, string | undefined> = {}): Run {
  const r = spawnSync(process.execPath, ['--import', 'tsx', MAIN, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, ...env },
    maxBuffer: 256 * 1024 * 1024,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** stderr is a few plain lines, each prefixed, never a stack trace. */
function assertCleanErrors(stderr: string, lines: number): void {
  const got = stderr.trimEnd().split('\n');
  assert.equal(got.length, lines, `stderr: ${stderr}`);
  for (const l of got) assert.match(l, /^newsmark: /);
  assert.doesNotMatch(stderr, /\n\s+at |Error:|node:internal/);
}

describe('newsmark CLI', function () {
  this.timeout(120_000);
  let tmp: string;

  before(() => {
    tmp = mkdtempSync(join(tmpdir(), 'newsmark-cli-'));
    writeFileSync(join(tmp, 'binary.txt'), Buffer.from([0x54, 0x68, 0x65, 0x00, 0x01, 0x02, 0x20, 0x65]));
    writeFileSync(join(tmp, 'latin1.txt'), Buffer.from('Caf\xe9 prices rose 5%.\n', 'latin1'));
    writeFileSync(join(tmp, 'good.txt'), 'Prices rose 5% on Monday, the minister said.\n');
  });

  after(() => rmSync(tmp, { recursive: true, force: true }));

  it('--help and --version', () => {
    const h = cli(['--help']);
    assert.equal(h.code, 0);
    assert.match(h.stdout, /Usage: newsmark <command>/);
    assert.match(h.stdout, /analyze/);
    const ah = cli(['analyze', '--help']);
    assert.equal(ah.code, 0);
    assert.match(ah.stdout, /Usage: newsmark analyze/);
    const v = cli(['--version']);
    assert.equal(v.code, 0);
    assert.equal(v.stdout.trim(), VERSION);
  });

  it('analyze --json prints the analysis contract for one file', () => {
    const r = cli(['analyze', '--json', join(FIXTURES, 'budget.article')]);
    assert.equal(r.code, 0, r.stderr);
    const lines = r.stdout.trimEnd().split('\n');
    assert.equal(lines.length, 1);
    const out = JSON.parse(lines[0]);
    assert.deepEqual(Object.keys(out), ['file', 'quotes', 'attributions', 'figures', 'entities']);
    assert.equal(out.file, join(FIXTURES, 'budget.article'));
    const text = readFileSync(join(FIXTURES, 'budget.article'), 'utf8');
    const money = out.figures.find((f: { kind: string }) => f.kind === 'money');
    assert.deepEqual([money.text, money.value, money.unit], ['$2.5 billion', 2.5e9, 'USD']);
    for (const f of out.figures) assert.equal(text.slice(f.start, f.end), f.text);
    assert.equal(out.quotes.length, 1);
    assert.equal(text.slice(out.quotes[0].start, out.quotes[0].end), out.quotes[0].text);
  });

  it('walks a folder for article files (JSON Lines, one per file, sorted)', () => {
    const r = cli(['analyze', '--json', FIXTURES]);
    assert.equal(r.code, 0, r.stderr);
    const files = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l).file);
    assert.deepEqual(files, [join(FIXTURES, 'budget.article'), join(FIXTURES, 'match.news'), join(FIXTURES, 'nested/flood.md')]);
    assert.equal(r.stderr, '', 'no progress bar when stderr is not a TTY');
  });

  it('prints a readable summary without colour when not a TTY or NO_COLOR is set', () => {
    const r = cli(['analyze', join(FIXTURES, 'budget.article')]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /budget\.article/);
    assert.match(r.stdout, /\$2\.5 billion/);
    assert.match(r.stdout, /Ana Ruiz/);
    assert.ok(!r.stdout.includes('\u001b['), 'no escape codes');
    const forced = cli(['analyze', join(FIXTURES, 'budget.article')], { FORCE_COLOR: '1' });
    assert.ok(forced.stdout.includes('\u001b[1m'), 'bold with FORCE_COLOR');
    const noColor = cli(['analyze', join(FIXTURES, 'budget.article')], { FORCE_COLOR: '1', NO_COLOR: '1' });
    assert.ok(!noColor.stdout.includes('\u001b['), 'NO_COLOR wins');
  });

  it('reports a missing file in one line and exits 1', () => {
    const r = cli(['analyze', '--json', join(tmp, 'nope.article')]);
    assert.equal(r.code, 1);
    assert.equal(r.stdout, '');
    assertCleanErrors(r.stderr, 1);
    assert.match(r.stderr, /nope\.article: no such file or directory/);
  });

  it('rejects binary and non-UTF-8 files but analyses the rest of the batch', () => {
    const r = cli(['analyze', '--json', join(tmp, 'binary.txt'), join(tmp, 'good.txt'), join(tmp, 'latin1.txt')]);
    assert.equal(r.code, 1);
    const out = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    assert.deepEqual(out.map((o) => o.file), [join(tmp, 'good.txt')]);
    assert.equal(out[0].figures[0].text, '5%');
    assertCleanErrors(r.stderr, 3);
    assert.match(r.stderr, /binary\.txt: binary file/);
    assert.match(r.stderr, /latin1\.txt: not valid UTF-8/);
    assert.match(r.stderr, /2 of 3 files failed/);
  });

  it('rejects unknown options and commands with exit 2', () => {
    for (const args of [['analyze', '--frobnicate', 'x.txt'], ['frobnicate'], ['--frobnicate'], ['analyze'], ['analyze', '--max-files', 'lots', 'x']]) {
      const r = cli(args);
      assert.equal(r.code, 2, `${args.join(' ')}: ${r.stderr}`);
      assertCleanErrors(r.stderr, 1);
    }
    assert.match(cli(['analyze', '--frobnicate', 'x.txt']).stderr, /unknown option --frobnicate/);
  });

  it('handles a folder of 10,000 files, and refuses it past --max-files', () => {
    const dir = join(tmp, 'many');
    for (let d = 0; d < 10; d++) {
      mkdirSync(join(dir, `d${d}`), { recursive: true });
      for (let i = 0; i < 1000; i++) {
        writeFileSync(join(dir, `d${d}`, `a${i}.txt`), `Story ${i}: sales rose ${i % 90}% to $${i} million on Friday.\n`);
      }
    }
    const r = cli(['analyze', '--json', dir]);
    assert.equal(r.code, 0, r.stderr);
    const lines = r.stdout.trimEnd().split('\n');
    assert.equal(lines.length, 10_000);
    const last = JSON.parse(lines[9999]);
    assert.equal(last.file, join(dir, 'd9', 'a999.txt'));
    assert.equal(last.figures.find((f: { kind: string }) => f.kind === 'money').value, 999e6);

    const capped = cli(['analyze', '--json', '--max-files', '5000', dir]);
    assert.equal(capped.code, 1);
    assert.equal(capped.stdout, '');
    assertCleanErrors(capped.stderr, 1);
    assert.match(capped.stderr, /more than 5000 files/);
  });

  it('gives the same output, in the same order, on worker threads as on one thread', () => {
    const dir = join(tmp, 'parallel');
    mkdirSync(dir, { recursive: true });
    const sample = readFileSync(join(ROOT, 'samples/korea-artillery-shells.article'), 'utf8');
    for (let i = 0; i < 30; i++) writeFileSync(join(dir, `a${String(i).padStart(2, '0')}.article`), sample.replace(/100,000/g, `${i + 1},000`));
    writeFileSync(join(dir, 'a15-corrupt.article'), Buffer.from([0xff, 0xfe, 0x00, 0x41]));
    const one = cli(['analyze', '--json', '--jobs', '1', dir]);
    const many = cli(['analyze', '--json', '--jobs', '3', '--stats', dir]);
    assert.equal(one.code, 1);
    assert.equal(many.code, 1, 'the corrupt file makes the exit code 1');
    assert.equal(many.stdout, one.stdout);
    assert.equal(many.stdout.trimEnd().split('\n').length, 30, 'the other files all went on');
    assert.match(many.stderr, /a15-corrupt\.article: binary file/);
    assert.match(many.stderr, /31 files on 3 thread\(s\); peak memory \d+ MB/);
  });
});
