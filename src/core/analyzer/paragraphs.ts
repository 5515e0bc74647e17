// Paragraphs are lines in news copy (one paragraph per line, blank lines between them or not).
// Everything paragraph-local is computed per paragraph so an edit only redoes the lines it touches.

export function isLineBreak(code: number): boolean {
  return code === 10 || code === 13 || code === 0x2028 || code === 0x2029;
}

function isBlankCode(code: number): boolean {
  return code === 32 || code === 9 || code === 0xa0 || code === 0xfeff || code === 0x200b;
}

// shared (paragraphBounds is synchronous); lastIndex is set before each use
const LINE_BREAK = /[\n\r\u2028\u2029]/g;

/** Non-blank lines of text[from, to), trimmed of surrounding blanks, as start, end pairs (no
 *  object per paragraph: a 1 MB text has ~7,000). `from` must be a line start. */
export function paragraphBounds(text: string, from = 0, to = text.length): number[] {
  const out: number[] = [];
  let i = from;
  while (i < to) {
    let s = i;
    while (s < to && !isLineBreak(text.charCodeAt(s)) && isBlankCode(text.charCodeAt(s))) s++;
    // the line end by a native regex scan: a charCodeAt loop over every character cost more
    LINE_BREAK.lastIndex = s;
    const lineEnd = LINE_BREAK.test(text) ? Math.min(LINE_BREAK.lastIndex - 1, to) : to;
    let e = lineEnd;
    while (e > s && isBlankCode(text.charCodeAt(e - 1))) e--;
    if (e > s) out.push(s, e);
    i = lineEnd + 1;
  }
  return out;
}
