// A paragraph's UTF-16 code units in a typed array, read once and shared by the passes that scan
// every character (tokens, quotes): indexing a Uint16Array is much cheaper than charCodeAt on the
// paragraph, which is a slice of the document string.

/** Node's Buffer, where there is one (not in a browser). */
interface NodeBuffer extends Uint8Array {
  write(s: string, offset: number, encoding: 'utf16le'): number;
}
const NodeBufferClass = (globalThis as { Buffer?: { alloc(size: number): NodeBuffer } }).Buffer;
/** Buffer writes little-endian code units; a Uint16Array reads them in the platform's order. */
const LITTLE_ENDIAN = new Uint16Array(new Uint8Array([1, 0]).buffer)[0] === 1;
const NATIVE_COPY = NodeBufferClass !== undefined && LITTLE_ENDIAN;

let buf: Uint16Array = new Uint16Array(4096);
/** the bytes of `buf`, for Buffer's native copy (Node only) */
let bytes: NodeBuffer | undefined;

function grow(n: number): void {
  if (NATIVE_COPY) {
    bytes = NodeBufferClass!.alloc(2 * (2 * n + 1));
    buf = new Uint16Array(bytes.buffer, bytes.byteOffset, 2 * n + 1);
  } else buf = new Uint16Array(2 * n + 1);
}
grow(2047);

/** Codes of p at [0, p.length), then a 0 at p.length. The array is reused by the next call. */
export function charCodes(p: string): Uint16Array {
  const n = p.length;
  if (buf.length <= n) grow(n);
  const codes = buf;
  // Buffer copies the code units natively (lone surrogates included), several times faster
  // than a charCodeAt loop; browsers take the loop
  if (bytes !== undefined) bytes.write(p, 0, 'utf16le');
  else for (let i = 0; i < n; i++) codes[i] = p.charCodeAt(i);
  codes[n] = 0;
  return codes;
}

/** Is code unit c an ASCII digit? (one helper for the tokenizer, the figures lexer and the rules) */
export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
