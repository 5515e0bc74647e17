// Paragraphs are lines in news copy (one paragraph per line, blank lines between them or not).
// Everything paragraph-local is computed per paragraph so an edit only redoes the lines it touches.

export function isLineBreak(code: number): boolean {
  return code === 10 || code === 13 || code === 0x2028 || code === 0x2029;
}

function isBlankCode(code: number): boolean {
  return code === 32 || code === 9 || code === 0xa0 || code === 0xfeff || code === 0x200b;
}

/** Where `ch` next occurs in `range` at or after `from` (range.length: nowhere). */
function nextIn(range: string, ch: string, from: number): number {
  const k = range.indexOf(ch, from);
  return k < 0 ? range.length : k;
}

/** Non-blank lines of text[from, to), trimmed of surrounding blanks, as start, end pairs (no
 *  object per paragraph: a 1 MB text has ~7,000). `from` must be a line start. */
export function paragraphBounds(text: string, from = 0, to = text.length): number[] {
  const out: number[] = [];
  // Line ends by indexOf, natively, per kind of break: the next one of each kind is kept until
  // passed, so each kind is searched once over the text (a regex for any break, per line, cost
  // twice as much). Searching a slice (a view, not a copy) stops at `to`.
  const range = text.slice(from, to);
  const n = range.length;
  let nl = -1;
  let cr = -1;
  let ls = -1;
  let ps = -1;
  let i = 0;
  while (i < n) {
    let s = i;
    while (s < n && !isLineBreak(range.charCodeAt(s)) && isBlankCode(range.charCodeAt(s))) s++;
    if (nl < s) nl = nextIn(range, '\n', s);
    if (cr < s) cr = nextIn(range, '\r', s);
    if (ls < s) ls = nextIn(range, '\u2028', s);
    if (ps < s) ps = nextIn(range, '\u2029', s);
    const lineEnd = Math.min(nl, cr, ls, ps);
    let e = lineEnd;
    while (e > s && isBlankCode(range.charCodeAt(e - 1))) e--;
    if (e > s) out.push(from + s, from + e);
    i = lineEnd + 1;
  }
  return out;
}
