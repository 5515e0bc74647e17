// Word classes of the figures recogniser: which of its word tables a lower-cased word is in, as bit
// flags. The lexer computes them once per distinct word (figures-lexer.ts, setWordClasses) and
// hands them out with each word token, so the recogniser tests a bit where it looked the word up
// in several Maps and Sets per candidate.
import * as words from './numbers-words';
import * as dates from './figures-dates';
import * as units from './figures-units';
import { K_CURRENCY_CODE, K_CURRENCY_WORD, K_DEICTIC_DAY, K_DENOMINATOR, K_DOLLAR_NATION, K_MEASURE, K_MONTH, K_NOT_NOUN, K_ORDINAL, K_PERIOD, K_SCALE, K_SHORT_SCALE, K_SUFFIX, K_TEN, K_TIME_UNIT, K_UNIT, K_UNIT_MODIFIER, K_VAGUE, K_WEEKDAY } from './figures-classes';

// Local copies: unbundled (tsx, CommonJS) module bindings are property getters.
const { DENOMINATORS, ORDINALS, SCALES, SHORT_SCALES, TENS, UNITS, VAGUE_PLURALS } = words;
const { DEICTIC_DAYS, MONTHS, PERIODS, TIME_UNITS, WEEKDAYS } = dates;
const { CURRENCY_CODES, CURRENCY_WORDS, DOLLAR_NATIONS, MEASURE_UNITS, UNIT_MODIFIERS } = units;

/** Words after a number that are not the thing counted. */
export const NOT_NOUNS: ReadonlySet<string> = new Set([
  'of', 'and', 'or', 'the', 'an', 'to', 'in', 'on', 'at', 'for', 'by', 'from', 'with', 'per',
  'than', 'more', 'less', 'as', 'is', 'was', 'were', 'are', 'be', 'been', 'has', 'have', 'had',
  'said', 'says', 'that', 'this', 'these', 'those', 'its', 'it', 'he', 'she', 'they', 'we', 'you',
  'which', 'who', 'whom', 'last', 'next', 'over', 'under', 'about', 'up', 'down', 'into', 'out',
  'after', 'before', 'while', 'when', 'not', 'but', 'if', 'so', 'also', 'would', 'will', 'could',
  'can', 'may', 'might', 'should', 'must', 'do', 'did', 'does', 'all', 'each', 'other', 'such',
  'only', 'just', 'still', 'yet', 'even', 'then', 'there', 'here', 'where', 'between', 'against',
  'among', 'through', 'during', 'without', 'within', 'since', 'until', 'again', 'because', 'am', 'pm',
  'another', 'way', 'own', 'percent', 'top', 'straight', 'consecutive', 'times',
]);

/** The words suffixAt() compares by hand, besides its tables. */
const SUFFIX_WORDS: ReadonlySet<string> = new Set([
  'percent', 'percents', 'percentage', 'pct', 'pc', 'per', 'cent', 'cents', 'pence', 'penny', 'p', 'pound', 'pounds',
]);

/** The classes of a lower-cased word. */
export function wordClasses(w: string): number {
  let k = 0;
  if (UNITS.has(w)) k |= K_UNIT;
  if (TENS.has(w)) k |= K_TEN;
  if (SCALES.has(w)) k |= K_SCALE;
  if (SHORT_SCALES.has(w)) k |= K_SHORT_SCALE;
  if (VAGUE_PLURALS.has(w)) k |= K_VAGUE;
  if (ORDINALS.has(w)) k |= K_ORDINAL;
  if (DENOMINATORS.has(w)) k |= K_DENOMINATOR;
  if (MONTHS.has(w)) k |= K_MONTH;
  if (WEEKDAYS.has(w)) k |= K_WEEKDAY;
  if (DEICTIC_DAYS.has(w)) k |= K_DEICTIC_DAY;
  if (PERIODS.has(w)) k |= K_PERIOD;
  if (TIME_UNITS.has(w)) k |= K_TIME_UNIT;
  if (CURRENCY_CODES.has(w)) k |= K_CURRENCY_CODE;
  if (CURRENCY_WORDS.has(w)) k |= K_CURRENCY_WORD;
  if (DOLLAR_NATIONS.has(w)) k |= K_DOLLAR_NATION;
  if (MEASURE_UNITS.has(w)) k |= K_MEASURE;
  if (UNIT_MODIFIERS.has(w)) k |= K_UNIT_MODIFIER;
  if (NOT_NOUNS.has(w)) k |= K_NOT_NOUN;
  if (SUFFIX_WORDS.has(w) || (k & (K_CURRENCY_WORD | K_DOLLAR_NATION | K_CURRENCY_CODE | K_MEASURE | K_UNIT_MODIFIER)) !== 0) k |= K_SUFFIX;
  return k;
}
