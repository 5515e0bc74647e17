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

/** A cached name: its token texts, the one character between each two of them, and the string. */
interface Entry {
  words: string[];
  gaps: number[];
  text: string;
}

const SLOTS = 2048; // a power of two
const cache: (Entry | undefined)[] = new Array<Entry | undefined>(SLOTS).fill(undefined);

/** The text of toks[from, to) in p (two or more tokens), as p.slice would give it. */
export function internSpan(p: string, toks: Token[], from: number, to: number): string {
  const start = toks[from].start;
  const end = toks[to - 1].end;
  // a hash of the token texts (length and first code) and the distances between them, without
  // reading the paragraph (a slice of the document, slower to index); names whose tokens are more
  // than one character apart are not cached
  let h = to - from;
  for (let i = from; i < to; i++) {
    const w = toks[i].text;
    h = (Math.imul(h, 31) + w.length) | 0;
    h = (Math.imul(h, 31) + w.charCodeAt(0)) | 0;
    if (i + 1 < to) {
      const gap = toks[i + 1].start - toks[i].end;
      if (gap > 1) return p.slice(start, end);
      h = (Math.imul(h, 31) + gap) | 0;
    }
  }
  const slot = h & (SLOTS - 1);
  const entry = cache[slot];
  if (entry !== undefined && matches(entry, p, toks, from, to)) return entry.text;
  const words: string[] = [];
  const gaps: number[] = [];
  for (let i = from; i < to; i++) {
    words.push(toks[i].text);
    if (i + 1 < to) gaps.push(toks[i + 1].start === toks[i].end ? -1 : p.charCodeAt(toks[i].end));
  }
  const text = flatCopy(p.slice(start, end));
  cache[slot] = { words, gaps, text };
  return text;
}

/** Are toks[from, to) the entry's words with the same characters between them? */
function matches(entry: Entry, p: string, toks: Token[], from: number, to: number): boolean {
  const words = entry.words;
  if (words.length !== to - from) return false;
  for (let i = 0; i < words.length; i++) {
    // usually the same string object (the tokenizer shares a word's text): an identity test
    if (words[i] !== toks[from + i].text) return false;
    if (i + 1 < words.length) {
      const t = toks[from + i];
      const gap = toks[from + i + 1].start - t.end;
      if ((gap === 0 ? -1 : p.charCodeAt(t.end)) !== entry.gaps[i]) return false;
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
