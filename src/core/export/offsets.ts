// UTF-16 code units (our offsets, VS Code's) ↔ Unicode code points (brat's Python string offsets,
// W3C TextPositionSelector "characters"). A surrogate pair is one code point; a lone surrogate counts
// as one. Built once per text so converting many offsets in a 1 MB article stays O(log n) each.

export interface OffsetConverter {
  toCodePoint(utf16: number): number;
  toUtf16(codePoint: number): number;
  /** code points in the whole text */
  readonly codePointLength: number;
}

export function offsetConverter(text: string): OffsetConverter {
  // UTF-16 indices of the low surrogate of every well-formed pair, ascending
  const lows: number[] = [];
  for (let i = 0; i < text.length - 1; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        lows.push(i + 1);
        i++;
      }
    }
  }
  /** number of low-surrogate indices < x */
  const countBelow = (x: number): number => {
    let lo = 0;
    let hi = lows.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (lows[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const codePointLength = text.length - lows.length;
  return {
    codePointLength,
    toCodePoint(utf16) {
      const o = Math.max(0, Math.min(text.length, utf16));
      return o - countBelow(o);
    },
    toUtf16(cp) {
      const c = Math.max(0, Math.min(codePointLength, cp));
      // smallest o with o - countBelow(o) === c: lows.length is small relative to scanning, so binary search on pairs
      let lo = 0;
      let hi = lows.length;
      // k = number of pairs wholly before the result: the largest k with lows[k-1] - (k-1) <= c  (i.e. pair k-1 starts at cp index lows[k-1]-1-(k-1) < c)
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        // code point index of pair `mid` = (its high surrogate index) - mid
        if (lows[mid] - 1 - mid < c) lo = mid + 1;
        else hi = mid;
      }
      return c + lo;
    },
  };
}

/** True when offset would split a surrogate pair (a low surrogate right after a high one). */
export function splitsSurrogatePair(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return false;
  const hi = text.charCodeAt(offset - 1);
  const lo = text.charCodeAt(offset);
  return hi >= 0xd800 && hi <= 0xdbff && lo >= 0xdc00 && lo <= 0xdfff;
}
