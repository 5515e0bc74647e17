// Result arrays built one item at a time, per paragraph (quotes, cues, figures). A new array grown by
// push gets room for 17 items on its first push: most paragraphs have one to three, and the results
// are kept, so that room was only garbage. A Collector gathers the items
// in one reused buffer and hands them out as a new array of exactly their number.

export class Collector<T> {
  private readonly buf: T[] = [];
  private n = 0;

  /** Forget items left by a call that threw before its take (they must not join the next result). */
  reset(): void {
    this.n = 0;
  }

  push(x: T): void {
    this.buf[this.n++] = x; // within the buffer's length: a plain store, no allocation
  }

  /** The items pushed since the last take, as a new array (never the buffer); then empty again. */
  take(): T[] {
    const n = this.n;
    if (n === 0) return []; // most paragraphs: cheaper than slice
    const b = this.buf;
    // the usual few items as an array literal, allocated inline: slice is a call into a builtin,
    // which showed in profiles
    const out = n === 1 ? [b[0]] : n === 2 ? [b[0], b[1]] : n === 3 ? [b[0], b[1], b[2]] : b.slice(0, n);
    // drop the references: the buffer must not keep an old paragraph's results alive
    for (let i = 0; i < n; i++) b[i] = undefined as T;
    this.n = 0;
    return out;
  }

  /** take(), or `empty` (a frozen shared array) when nothing was pushed. */
  takeOr(empty: T[]): T[] {
    return this.n === 0 ? empty : this.take();
  }
}
