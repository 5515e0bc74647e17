// Binary search over items in text order: the analyzer's look-ups near an offset stay logarithmic,
// so a document with thousands of quotes, names and cues stays linear overall.

/** Index of the first item whose start is at or after `at` (items sorted by start); xs.length when none. */
export function firstStartingAt(xs: ArrayLike<{ start: number }>, at: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid].start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first of xs[0 .. n) at or after `at` (xs sorted ascending); n when none. */
export function firstAtOrAfter(xs: ArrayLike<number>, at: number, n = xs.length): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid] < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the last of xs[0 .. n) at or before `at` (xs sorted ascending, xs[0] <= at). */
export function lastAtOrBefore(xs: ArrayLike<number>, n: number, at: number): number {
  let lo = 0;
  let hi = n - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (xs[mid] <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
