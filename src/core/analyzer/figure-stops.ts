// The tokens the figures scanner (figures-candidates.ts) must look at, listed by the tokenizer as it
// makes them: those whose flags have F_FIG_LOOK, and those after characters that are neither a
// token nor a space (a currency sign). Every other token, and the spaces before it, hold no
// candidate: the scanner skips them without reading each token (most of a paragraph's tokens).

/** The last tokenize call's list; `toks` is null while it runs (so never stale after a throw). */
export const figureStops = {
  text: '',
  codes: null as Uint16Array | null,
  toks: null as readonly unknown[] | null,
  /** the token count the list was made for */
  tokenCount: 0,
  /** token indices, in order */
  at: new Int32Array(1024),
  count: 0,
};

/** Room for a paragraph of n characters (it has at most n tokens). */
export function figureStopsFor(n: number): Int32Array {
  if (figureStops.at.length < n) figureStops.at = new Int32Array(n * 2);
  return figureStops.at;
}
