import * as assert from 'node:assert/strict';
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
});
