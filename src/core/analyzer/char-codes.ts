// A paragraph's UTF-16 code units in a typed array, read once and shared by the passes that scan
// every character (tokens, quotes): indexing a Uint16Array is much cheaper than charCodeAt on the
// paragraph, which is a slice of the document string.

let buf = new Uint16Array(4096);

/** Codes of p at [0, p.length), then a 0 at p.length. The array is reused by the next call. */
export function charCodes(p: string): Uint16Array {
  const n = p.length;
  if (buf.length <= n) buf = new Uint16Array(2 * n + 1);
  const codes = buf;
  for (let i = 0; i < n; i++) codes[i] = p.charCodeAt(i);
  codes[n] = 0;
  return codes;
}
