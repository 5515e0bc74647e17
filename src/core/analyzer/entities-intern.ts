// One string per distinct multi-word name. Entity names recur through an article ("Vladimir Putin",
// "Wall Street Journal"), and a slice of the paragraph per mention is a new string: the resolver
// hashes each one again for its maps and compares it character by character on every hit. A name
// spelled by the same tokens as a recent one reuses that string instead: hashed once, compared by
// identity, and no new garbage.
//
// A name is recognised by its tokens, not its characters: token texts are the tokenizer's shared
// strings (identical words are usually the same object), so checking a cached name costs a few
// identity tests instead of a pass over the paragraph's characters.

import type { Token } from './tokens';

const SLOTS = 2048; // a power of two
/** Names of more tokens than this are not cached. */
const MAX_WORDS = 7;
/** Slots a cached name takes in each table. */
const ROW = MAX_WORDS + 1;
// The cache is two flat tables, a row a name, not an object (and arrays) per name: a look-up reads
// one or two cache lines instead of chasing four pointers, which on real articles (each name looked
// up about once per article) were each a cache miss.
/** a name's hash, token count (0: empty row) and the character between each two tokens (-1: none) */
const keys = new Int32Array(SLOTS * ROW);
/** a name's string, then its token texts */
const strs: (string | undefined)[] = new Array<string | undefined>(SLOTS * ROW).fill(undefined);

/** The text of toks[from, to) in p (two or more tokens), as p.slice would give it. */
export function internSpan(p: string, toks: Token[], from: number, to: number): string {
  const start = toks[from].start;
  const end = toks[to - 1].end;
  const n = to - from;
  if (n > MAX_WORDS) return p.slice(start, end);
  // a hash of the token texts (length and first code) and the distances between them; names whose
  // tokens are more than one character apart are not cached. (The lengths from the tokens' spans and
  // the first codes from the paragraph, which is in cache: a word's own string often is not, and a
  // hit then reads no token string at all, the texts being compared by identity.)
  let h = n;
  for (let i = from; i < to; i++) {
    const t = toks[i];
    h = (Math.imul(h, 31) + (t.end - t.start)) | 0;
    h = (Math.imul(h, 31) + p.charCodeAt(t.start)) | 0;
    if (i + 1 < to) {
      const gap = toks[i + 1].start - toks[i].end;
      if (gap > 1) return p.slice(start, end);
      h = (Math.imul(h, 31) + gap) | 0;
    }
  }
  const at = (h & (SLOTS - 1)) * ROW;
  if (keys[at] === h && keys[at + 1] === n && matches(at, p, toks, from, to)) return strs[at]!;
  keys[at] = h;
  keys[at + 1] = n;
  for (let i = 0; i < MAX_WORDS; i++) strs[at + 1 + i] = i < n ? toks[from + i].text : undefined;
  for (let i = 0; i + 1 < n; i++) {
    const t = toks[from + i];
    keys[at + 2 + i] = toks[from + i + 1].start === t.end ? -1 : p.charCodeAt(t.end);
  }
  const text = flatCopy(p.slice(start, end));
  strs[at] = text;
  return text;
}

/** Are toks[from, to) the words of the row at `at`, with the same characters between them? */
function matches(at: number, p: string, toks: Token[], from: number, to: number): boolean {
  for (let i = 0; i < to - from; i++) {
    // usually the same string object (the tokenizer shares a word's text): an identity test
    if (strs[at + 1 + i] !== toks[from + i].text) return false;
    if (i + 1 < to - from) {
      const t = toks[from + i];
      const gap = toks[from + i + 1].start - t.end;
      if ((gap === 0 ? -1 : p.charCodeAt(t.end)) !== keys[at + 2 + i]) return false;
    }
  }
  return true;
}

/** A copy of s that does not share the paragraph's (or the document's) characters: a slice of 13 or
 *  more characters points into its parent string, and a cached one would keep that alive. */
export function flatCopy(s: string): string {
  if (s.length < 13) return s; // V8 copies short slices
  const codes: number[] = [];
  for (let i = 0; i < s.length; i++) codes.push(s.charCodeAt(i));
  return String.fromCharCode(...codes);
}
