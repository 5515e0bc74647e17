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

// A long text's paragraphs take their codes from a run of paragraphs copied at once (runCodes):
// one Buffer.write per paragraph cost more than copying its ~200 code units within a buffer. A run,
// not the whole text: the copy stays in the processor's cache until its paragraphs are read.
/** Most code units runCodes is asked for at once (more for one longer paragraph). */
export const RUN_LENGTH = 4096;
/** a paragraph's codes at [0, runAt), the run's at [runAt, …) */
let runBuf: Uint16Array = new Uint16Array(0);
let runBytes: NodeBuffer | undefined;
let runAt = 0;

/** Copies the codes of text[s, e) (a run of paragraphs) for paragraphCodes. */
export function runCodes(text: string, s: number, e: number): void {
  const n = e - s;
  if (runAt <= n) {
    const size = 2 * (Math.max(n, RUN_LENGTH) + 1);
    if (NATIVE_COPY) {
      runBytes = NodeBufferClass!.alloc(2 * size);
      runBuf = new Uint16Array(runBytes.buffer, runBytes.byteOffset, size);
    } else runBuf = new Uint16Array(size);
    runAt = size >> 1;
  }
  if (runBytes !== undefined) runBytes.write(text.slice(s, e), 2 * runAt, 'utf16le');
  else for (let i = 0; i < n; i++) runBuf[runAt + i] = text.charCodeAt(s + i);
}

/** The codes of the run's [s, e) (a paragraph; offsets in the run) as charCodes gives them: at
 *  [0, e - s), then a 0. The array is reused by the next call. */
export function paragraphCodes(s: number, e: number): Uint16Array {
  const codes = runBuf;
  codes.copyWithin(0, runAt + s, runAt + e);
  codes[e - s] = 0;
  return codes;
}

/** Is code unit c an ASCII digit? (one helper for the tokenizer, the figures lexer and the rules) */
export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
