// English number words. Lower-case keys; the figures lexer lower-cases words before looking up.

export const UNITS: ReadonlyMap<string, number> = new Map([
  ['zero', 0], ['nought', 0], ['naught', 0], ['one', 1], ['two', 2], ['three', 3], ['four', 4],
  ['five', 5], ['six', 6], ['seven', 7], ['eight', 8], ['nine', 9], ['ten', 10], ['eleven', 11],
  ['twelve', 12], ['thirteen', 13], ['fourteen', 14], ['fifteen', 15], ['sixteen', 16],
  ['seventeen', 17], ['eighteen', 18], ['nineteen', 19],
]);

export const TENS: ReadonlyMap<string, number> = new Map([
  ['twenty', 20], ['thirty', 30], ['forty', 40], ['fifty', 50], ['sixty', 60], ['seventy', 70],
  ['eighty', 80], ['ninety', 90],
]);

/** Multipliers that close a group ("two million"). Also used after digits ("1.5 billion"). */
export const SCALES: ReadonlyMap<string, number> = new Map([
  ['hundred', 100], ['thousand', 1e3], ['million', 1e6], ['billion', 1e9], ['trillion', 1e12],
  ['lakh', 1e5], ['lakhs', 1e5], ['crore', 1e7], ['crores', 1e7], ['dozen', 12], ['dozens', 12],
]);

/** Abbreviated scales after digits: "$400m", "€5bn", "100k", "2mil". */
export const SHORT_SCALES: ReadonlyMap<string, number> = new Map([
  ['k', 1e3], ['m', 1e6], ['mn', 1e6], ['mln', 1e6], ['mil', 1e6], ['b', 1e9], ['bn', 1e9],
  ['bln', 1e9], ['tn', 1e12], ['trn', 1e12], ['dzs', 12], ['dz', 12],
]);

/** Vague plurals: "hundreds of", "thousands of" — a figure without a precise value. */
export const VAGUE_PLURALS: ReadonlySet<string> = new Set([
  'dozens', 'hundreds', 'thousands', 'millions', 'billions', 'trillions',
]);

export const ORDINALS: ReadonlyMap<string, number> = new Map([
  ['first', 1], ['second', 2], ['third', 3], ['fourth', 4], ['fifth', 5], ['sixth', 6],
  ['seventh', 7], ['eighth', 8], ['ninth', 9], ['tenth', 10], ['eleventh', 11], ['twelfth', 12],
  ['thirteenth', 13], ['fourteenth', 14], ['fifteenth', 15], ['sixteenth', 16],
  ['seventeenth', 17], ['eighteenth', 18], ['nineteenth', 19], ['twentieth', 20],
  ['thirtieth', 30], ['fortieth', 40], ['fiftieth', 50], ['sixtieth', 60], ['seventieth', 70],
  ['eightieth', 80], ['ninetieth', 90], ['hundredth', 100], ['thousandth', 1e3],
  ['millionth', 1e6], ['billionth', 1e9], ['trillionth', 1e12],
]);

/** Fraction denominators: "two thirds", "three quarters", "a fifth", "one half". */
export const DENOMINATORS: ReadonlyMap<string, number> = (() => {
  const m = new Map<string, number>([['half', 2], ['halves', 2], ['quarter', 4], ['quarters', 4]]);
  for (const [w, n] of ORDINALS) {
    if (n < 3) continue; // "first"/"second" are never denominators
    m.set(w, n);
    m.set(w + 's', n);
  }
  return m;
})();

export function isNumberWord(w: string): boolean {
  return UNITS.has(w) || TENS.has(w) || SCALES.has(w);
}
