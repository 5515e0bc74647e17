// Cheap looks at the words before a figure. The recogniser asks regexes like /between\s+$/i about
// the few characters before a candidate ("between 5 and 10", "minus five", "last week"); most of
// the time the word there is something else, and slicing the text and running the regex cost
// more than the rest of the candidate. wordBefore() answers the necessary part (which word ends
// just before the trailing whitespace) without allocating; the regex only runs when it may match,
// so the answers stay the regex's own. They read the text's char codes (char-codes.ts), never at
// or past `at`.

/** JS regex `\s`, by char code (built from the engine's own definition). */
const JS_SPACE = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) JS_SPACE[c] = /\s/.test(String.fromCharCode(c)) ? 1 : 0;

function letterBits(c: number): number {
  // a-z and A-Z → 1..26; anything else → 0
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? c & 31 : 0;
}

/** A set of words (ASCII letters) matched by their last four letters at most, ignoring case. */
export class WordEnds {
  private readonly keys: number[] = [];
  private readonly masks: number[] = [];
  /** how many letters each key holds */
  private readonly lens: number[] = [];
  /** bit b set when a word ends in the letter b (1..26): most words before a figure fail on it */
  private lastLetters = 0;

  constructor(words: readonly string[]) {
    for (const w of words) {
      const n = Math.min(4, w.length);
      let key = 0;
      for (let r = 0; r < n; r++) {
        const b = letterBits(w.charCodeAt(w.length - 1 - r));
        if (b === 0) throw new Error(`WordEnds: "${w}" is not ASCII letters`);
        key |= b << (5 * r);
      }
      this.keys.push(key);
      this.masks.push((1 << (5 * n)) - 1);
      this.lens.push(n);
      this.lastLetters |= 1 << (key & 31);
    }
  }

  /** Does a word ending in the (up to four) letters `key` (the last letter in the low bits) end like
   *  one of the words? `count` letters were read. */
  has(key: number, count: number): boolean {
    if ((this.lastLetters & (1 << (key & 31))) === 0) return false;
    for (let k = 0; k < this.keys.length; k++) {
      if (count >= this.lens[k] && (key & this.masks[k]) === this.keys[k]) return true;
    }
    return false;
  }
}

/**
 * May text[.., at) end with one of `words`, then at least one whitespace character (`\s+$`)?
 * A necessary condition for regexes like /(?<![A-Za-z])between\s+$/i on any slice ending at `at`:
 * when it is false they cannot match.
 */
export function wordBefore(codes: Uint16Array, at: number, words: WordEnds): boolean {
  let p = at - 1;
  while (p >= 0 && JS_SPACE[codes[p]] === 1) p--;
  if (p === at - 1) return false; // no whitespace
  let key = 0;
  let count = 0;
  while (count < 4 && p >= 0) {
    const b = letterBits(codes[p]);
    if (b === 0) break;
    key |= b << (5 * count);
    count++;
    p--;
  }
  return count > 0 && words.has(key, count);
}

/** The character before the whitespace that ends text[.., at), or -1 (none, or no whitespace). */
export function charBeforeSpaces(codes: Uint16Array, at: number): number {
  let p = at - 1;
  while (p >= 0 && JS_SPACE[codes[p]] === 1) p--;
  return p === at - 1 || p < 0 ? -1 : codes[p];
}

function isLetterCode(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** Is text[i, i + w.length) the lower-case ASCII word w, ignoring case? */
function wordAt(codes: Uint16Array, i: number, w: string): boolean {
  for (let k = 0; k < w.length; k++) if ((codes[i + k] | 0x20) !== w.charCodeAt(k)) return false;
  return true;
}

/** Can a regex group start at g, after `(?:^|[^A-Za-z])` on a slice starting at lo? */
function groupStarts(codes: Uint16Array, g: number, lo: number): boolean {
  return g === lo || !isLetterCode(codes[g - 1]);
}

/**
 * What `/(?:^|[^A-Za-z])((?:(?:prefix)[ -])?(?:word)\s+)$/i.exec(text.slice(max(0, at - span), at))`
 * finds, without the slice and the regex: the length of its group 1, or -1 when it does not match.
 * `words` and `prefixes` are lower-case ASCII words (`prefixes` may be empty: no prefix group).
 */
export function phraseBefore(codes: Uint16Array, at: number, span: number, words: readonly string[], prefixes: readonly string[]): number {
  const lo = Math.max(0, at - span);
  // the word ends where the trailing whitespace starts: \s+ runs to the end, and words are letters
  let ws = at;
  while (ws > lo && JS_SPACE[codes[ws - 1]] === 1) ws--;
  if (ws === at) return -1;
  // of all the ways the regex can match, it reports the leftmost: the smallest group start
  let best = -1;
  // (the last letter first: one character read for all the words)
  const last = codes[ws - 1] | 0x20;
  for (const w of words) {
    const s = ws - w.length;
    if (w.charCodeAt(w.length - 1) !== last || s < lo || !wordAt(codes, s, w)) continue;
    if (groupStarts(codes, s, lo) && (best < 0 || s < best)) best = s;
    const sep = s - 1 >= lo ? codes[s - 1] : -1;
    if (sep !== 32 && sep !== 45) continue;
    const prefixLast = codes[s - 2] | 0x20;
    for (const p of prefixes) {
      const ps = s - 1 - p.length;
      if (p.charCodeAt(p.length - 1) === prefixLast && ps >= lo && wordAt(codes, ps, p) && groupStarts(codes, ps, lo) && (best < 0 || ps < best)) best = ps;
    }
  }
  return best < 0 ? -1 : at - best;
}

/** `/^on\s/i` on text[g, at): does the phrase at g start with "on" and whitespace? */
export function startsWithOn(codes: Uint16Array, g: number, at: number): boolean {
  return g + 2 < at && (codes[g] | 0x20) === 111 && (codes[g + 1] | 0x20) === 110 && JS_SPACE[codes[g + 2]] === 1;
}

/**
 * The letters of `/(?:^|[^A-Za-z])([A-Za-z]{1,3})( ?)$/.exec(text.slice(max(0, at - 5), at))`
 * ("US$", "HK $"), without the slice and the regex: how many (group 1's length), 0 when it does
 * not match. They end at `at`, or at at - 1 when a space is there (group 2).
 */
export function lettersBeforeSign(codes: Uint16Array, at: number): number {
  const end = codes[at - 1] === 32 ? at - 1 : at;
  // the whole run of letters: four or more (within the 5 characters) do not fit the group
  let n = 0;
  while (n < 4 && end - n > 0 && isLetterCode(codes[end - n - 1])) n++;
  return n <= 3 ? n : 0;
}
