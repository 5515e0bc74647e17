// Dates and relative times for the figures recogniser: "Nov 11", "11 November 2022",
// "on Friday" (reported as "Friday"), "last month", "earlier this month", "two weeks ago".
import * as lexer from './figures-lexer';
import type { Tok, Window } from './figures-lexer';
import * as before from './figures-before';
import { hit, type Hit } from './figures-hit';
import { K_DEICTIC_DAY, K_MONTH, K_PERIOD, K_WEEKDAY } from './figures-classes';

const { NUM, SYM, WORD } = lexer;
const { phraseBefore, startsWithOn, wordBefore, WordEnds } = before;

export const MONTHS: ReadonlyMap<string, number> = new Map([
  ['january', 1], ['february', 2], ['march', 3], ['april', 4], ['may', 5], ['june', 6],
  ['july', 7], ['august', 8], ['september', 9], ['october', 10], ['november', 11], ['december', 12],
  ['jan', 1], ['feb', 2], ['mar', 3], ['apr', 4], ['jun', 6], ['jul', 7], ['aug', 8], ['sep', 9],
  ['sept', 9], ['oct', 10], ['nov', 11], ['dec', 12],
]);

/** Full month names that are also ordinary words: need a day or a year to count as a date. */
const AMBIGUOUS_MONTHS: ReadonlySet<string> = new Set(['may', 'march', 'august']);

export const WEEKDAYS: ReadonlySet<string> = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
]);

export const DEICTIC_DAYS: ReadonlySet<string> = new Set(['yesterday', 'today', 'tomorrow', 'tonight']);

/** Period nouns that form a date after "last", "this", "next", "earlier this"… */
export const PERIODS: ReadonlySet<string> = new Set([
  'week', 'month', 'year', 'weekend', 'quarter', 'decade', 'century', 'spring', 'summer',
  'autumn', 'fall', 'winter', 'morning', 'afternoon', 'evening', 'night', 'season',
]);

/** Units of time after a count: "two weeks ago". */
export const TIME_UNITS: ReadonlySet<string> = new Set([
  'second', 'seconds', 'minute', 'minutes', 'hour', 'hours', 'day', 'days', 'week', 'weeks',
  'month', 'months', 'year', 'years', 'decade', 'decades', 'century', 'centuries',
]);

// The modifiers before a period noun or a weekday, in the 20 characters before it (phraseBefore):
// /(?:^|[^A-Za-z])((?:(?:earlier|later|early|late|mid)[ -])?(?:last|next|this|past|previous|coming|same|that)\s+)$/i
// /(?:^|[^A-Za-z])((?:last|next|this|on|early|late)\s+)$/i
export const DEICTIC_PREFIXES: readonly string[] = ['earlier', 'later', 'early', 'late', 'mid'];
export const DEICTIC_WORDS: readonly string[] = ['last', 'next', 'this', 'past', 'previous', 'coming', 'same', 'that'];
export const WEEKDAY_WORDS: readonly string[] = ['last', 'next', 'this', 'on', 'early', 'late'];
const A_AN = new WordEnds(['a', 'an']);
// their last letters: a cheap first look, the phrase is read only when one of the words is there
const DEICTIC_ENDS = new WordEnds(DEICTIC_WORDS);
const WEEKDAY_ENDS = new WordEnds(WEEKDAY_WORDS);

/** A date is a hit as it is (figures-hit.ts: the shared object, valid until the next hit). */
export type DateHit = Hit;

function dateHit(start: number, end: number, value: number | null): DateHit {
  return hit(start, end, 'date', value, null);
}

function isUpper(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return c >= 65 && c <= 90;
}

function dayNumber(t: Tok | undefined): boolean {
  return !!t && t.kind === NUM && t.plain && t.v >= 1 && t.v <= 31 && t.end - t.start <= 2;
}

function yearNumber(t: Tok | undefined): boolean {
  return !!t && t.kind === NUM && t.plain && t.end - t.start === 4 && t.v >= 1000 && t.v <= 2199;
}

/** Skips a glued ordinal suffix ("11th") and returns the index after the day. */
function afterDay(win: Window, i: number): number {
  const s = win.at(i + 1);
  if (s && !s.gap && s.kind === WORD && (s.w === 'st' || s.w === 'nd' || s.w === 'rd' || s.w === 'th')) return i + 2;
  return i + 1;
}

/** The year of the last trailingYear(), or null. */
let trailingYearValue: number | null = null;

/** Optional ", 2022" / " 2022" after a month-day: returns the index after it, the year in
 *  trailingYearValue (a pair in an array was an allocation per date). */
function trailingYear(win: Window, i: number): number {
  let t = win.at(i);
  let j = i;
  if (t && t.kind === SYM && t.w === ',') t = win.at(++j);
  if (yearNumber(t)) {
    trailingYearValue = t!.v;
    return j + 1;
  }
  trailingYearValue = null;
  return i;
}

/** A date starting at a month word (token 0 of `win`). */
export function dateFromMonth(text: string, win: Window): DateHit | null {
  const m = win.at(0)!;
  const upper = isUpper(text, m.start);
  const abbrev = m.w.length <= 4 && m.w !== 'may' && m.w !== 'june' && m.w !== 'july';
  let i = 1;
  let t = win.at(i);
  if (abbrev && t && t.kind === SYM && t.w === '.' && !t.gap) t = win.at(++i);
  let end = win.at(i - 1)!.end;
  if (dayNumber(t) && t!.gap) {
    const j = afterDay(win, i);
    end = win.at(j - 1)!.end;
    const k = trailingYear(win, j);
    const year = trailingYearValue;
    if (year !== null) end = win.at(k - 1)!.end;
    return dateHit(m.start, end, year);
  }
  if (yearNumber(t) && t!.gap) return dateHit(m.start, t!.end, t!.v);
  // a bare month name: capitalised, unambiguous, not an abbreviation
  if (upper && !abbrev && !AMBIGUOUS_MONTHS.has(m.w)) return dateHit(m.start, m.end, null);
  if (upper && AMBIGUOUS_MONTHS.has(m.w) && /(?:^|[^A-Za-z])(?:in|since|until|by|early|late|mid|last|next|this)\s+$/i.test(text.slice(Math.max(0, m.start - 8), m.start))) {
    return dateHit(m.start, m.end, null);
  }
  return null;
}

/** "11 November", "11th of November 2022": a day number (token 0) then a month. */
export function dateFromDay(win: Window): DateHit | null {
  const d = win.at(0)!;
  if (!dayNumber(d)) return null;
  let i = afterDay(win, 0);
  let t = win.at(i);
  if (t && t.kind === WORD && t.w === 'of') t = win.at(++i);
  if (!t || t.kind !== WORD || (t.cls & K_MONTH) === 0 || !t.gap) return null;
  let end = t.end;
  let j = i + 1;
  const dot = win.at(j);
  if (dot && dot.kind === SYM && dot.w === '.' && !dot.gap && t.w.length <= 4) j++;
  const k = trailingYear(win, j);
  const year = trailingYearValue;
  if (year !== null) end = win.at(k - 1)!.end;
  return dateHit(d.start, end, year);
}

/** The 20 characters before `at`, where the date words' modifiers are looked for. */
function before20(text: string, at: number): string {
  return text.slice(Math.max(0, at - 20), at);
}

/** A weekday, "yesterday", or a period noun after last/this/next. `start` of token 0 is the word. */
export function dateFromWord(text: string, win: Window): DateHit | null {
  const t = win.at(0)!;
  if ((t.cls & K_WEEKDAY) !== 0) {
    const m = wordBefore(win.codes, t.start, WEEKDAY_ENDS) ? phraseBefore(win.codes, t.start, 20, WEEKDAY_WORDS, []) : -1;
    // "on" stays out of the span; "last Friday" keeps its modifier
    const lead = m > 0 && !startsWithOn(win.codes, t.start - m, t.start) ? m : 0;
    return dateHit(t.start - lead, t.end, null);
  }
  if ((t.cls & K_DEICTIC_DAY) !== 0) return dateHit(t.start, t.end, null);
  if ((t.cls & K_PERIOD) !== 0) {
    const m = wordBefore(win.codes, t.start, DEICTIC_ENDS) ? phraseBefore(win.codes, t.start, 20, DEICTIC_WORDS, DEICTIC_PREFIXES) : -1;
    if (m > 0) return dateHit(t.start - m, t.end, null);
    // "a year ago", "a week earlier"
    if (!wordBefore(win.codes, t.start, A_AN)) return null;
    const n = win.at(1);
    if (n && n.kind === WORD && (n.w === 'ago' || n.w === 'earlier') && /(?:^|[^A-Za-z])an?\s+$/i.test(before20(text, t.start))) {
      const a = /an?\s+$/i.exec(before20(text, t.start))!;
      return dateHit(t.start - a[0].length, n.end, null);
    }
  }
  return null;
}
