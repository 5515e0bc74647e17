import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import * as vm from 'node:vm';
import { buildSync } from 'esbuild';
import { charCodes } from '../../../src/core/analyzer/char-codes';

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

  it('copies with a plain loop where there is no Buffer (a browser, vscode.dev)', () => {
    // the module bundled as the web build bundles it, run in a fresh realm that has no Buffer
    const built = buildSync({ entryPoints: [join(__dirname, '../../../src/core/analyzer/char-codes.ts')], bundle: true, write: false, format: 'iife', globalName: 'codesModule', platform: 'browser' });
    const realm = vm.createContext({});
    vm.runInContext(built.outputFiles[0].text, realm);
    assert.equal(vm.runInContext('typeof Buffer', realm), 'undefined');
    const browserCharCodes = (realm as { codesModule: { charCodes: typeof charCodes } }).codesModule.charCodes;
    for (const p of ['a\ud800b\udc00😀é“שלום”\r\n', 'x“'.repeat(5000), 'Yoon said']) {
      const codes = browserCharCodes(p);
      assert.deepEqual(Array.from(codes.subarray(0, p.length)), expected(p));
      assert.equal(codes[p.length], 0);
    }
  });
});
