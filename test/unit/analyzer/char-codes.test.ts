import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import * as vm from 'node:vm';
import { buildSync } from 'esbuild';
import { charCodes, paragraphCodes, runCodes } from '../../../src/core/analyzer/char-codes';

describe('charCodes', () => {
  const expected = (p: string) => Array.from({ length: p.length }, (_, i) => p.charCodeAt(i));

  it('copies every UTF-16 code unit, lone surrogates and emoji included, then a 0', () => {
    const p = 'a\ud800b\udc00😀é“שלום”\r\n';
    const codes = charCodes(p);
    assert.deepEqual(Array.from(codes.subarray(0, p.length)), expected(p));
    assert.equal(codes[p.length], 0);
  });

  it('grows for a long paragraph and stays right for a short one after it', () => {
    const long = 'x“'.repeat(50_000);
    assert.deepEqual(Array.from(charCodes(long).subarray(0, long.length)), expected(long));
    const short = 'Yoon said';
    const codes = charCodes(short);
    assert.deepEqual(Array.from(codes.subarray(0, short.length)), expected(short));
    assert.equal(codes[short.length], 0);
  });

  it('reads one-byte (Latin-1) strings as well as two-byte ones', () => {
    const p = 'caf\u00e9 na\u00efve';
    assert.deepEqual(Array.from(charCodes(p).subarray(0, p.length)), expected(p));
  });

  it('gives a paragraph of a run its codes, then a 0, as charCodes does', () => {
    const text = 'Intro\n  “Yoon said,” he said.\r\n\ud800 lone 😀\u2028' + 'x'.repeat(9000) + '\nend';
    const paras: [number, number][] = [[0, 5], [8, 30], [32, 42], [43, 9043], [9044, 9047]];
    runCodes(text, 8, 42); // a run of two paragraphs
    for (const [s, e] of paras.slice(1, 3)) {
      const p = text.slice(s, e);
      const codes = paragraphCodes(s - 8, e - 8);
      assert.deepEqual(Array.from(codes.subarray(0, p.length)), expected(p));
      assert.equal(codes[p.length], 0);
    }
    runCodes(text, 43, 9047); // longer than any run before: grows
    for (const [s, e] of paras.slice(3)) {
      const p = text.slice(s, e);
      const codes = paragraphCodes(s - 43, e - 43);
      assert.deepEqual(Array.from(codes.subarray(0, p.length)), expected(p));
      assert.equal(codes[p.length], 0);
    }
  });

  it('copies with a plain loop where there is no Buffer (a browser, vscode.dev)', () => {
    // the module bundled as the web build bundles it, run in a fresh realm that has no Buffer
    const built = buildSync({ entryPoints: [join(__dirname, '../../../src/core/analyzer/char-codes.ts')], bundle: true, write: false, format: 'iife', globalName: 'codesModule', platform: 'browser' });
    const realm = vm.createContext({});
    vm.runInContext(built.outputFiles[0].text, realm);
    assert.equal(vm.runInContext('typeof Buffer', realm), 'undefined');
    const browser = (realm as { codesModule: { charCodes: typeof charCodes; runCodes: typeof runCodes; paragraphCodes: typeof paragraphCodes } }).codesModule;
    for (const p of ['a\ud800b\udc00😀é“שלום”\r\n', 'x“'.repeat(5000), 'Yoon said']) {
      const codes = browser.charCodes(p);
      assert.deepEqual(Array.from(codes.subarray(0, p.length)), expected(p));
      assert.equal(codes[p.length], 0);
    }
    const text = 'One “two”\nthree\ud800';
    browser.runCodes(text, 0, text.length);
    const codes = browser.paragraphCodes(10, text.length);
    assert.deepEqual(Array.from(codes.subarray(0, 6)), expected('three\ud800'));
    assert.equal(codes[6], 0);
  });
});
