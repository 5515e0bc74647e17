// The tokens two passes must look at, listed by the tokenizer (tokens.ts) as it makes a paragraph's
// tokens, so that neither pass reads every token:
//  - the figures scanner's (figures-candidates.ts): tokens whose flags have F_FIG_LOOK, and those
//    after characters that are neither a token nor a space (a currency sign). Every other token,
//    and the spaces before it, hold no candidate;
//  - the sentence walk's (attribution.ts sentences): cue verbs, "according" and marks that may end
//    a sentence.
// A module of its own: figures-candidates.ts cannot import tokens.ts, which imports it.

/** The last tokenize call's lists; `toks` is null while it runs (so never stale after a throw). */
export const tokenStops = {
  text: '',
  codes: null as Uint16Array | null,
  toks: null as readonly unknown[] | null,
  /** the token count the lists were made for */
  tokenCount: 0,
  /** the figures scanner's token indices, in order */
  figAt: new Int32Array(1024),
  figCount: 0,
  /** the sentence walk's token indices, in order */
  walkAt: new Int32Array(1024),
  walkCount: 0,
};

/** Are toks the last tokenize call's result, unchanged since (so its lists are theirs)? */
export function listedFor(toks: readonly unknown[]): boolean {
  return toks === tokenStops.toks && toks.length === tokenStops.tokenCount;
}

/** Room in both lists for a paragraph of n characters (it has at most n tokens). */
export function stopsRoom(n: number): void {
  if (tokenStops.figAt.length < n) tokenStops.figAt = new Int32Array(n * 2);
  if (tokenStops.walkAt.length < n) tokenStops.walkAt = new Int32Array(n * 2);
}
