// Number columns that live only while one analysis is linked (the linker's quotes, the resolver's
// mentions and antecedents): each is one module-level buffer that every analysis reuses, grown as
// needed. A new typed array of more than 16 items is an off-heap ArrayBuffer (an allocation and
// its tracking, ~0.3-1 µs), and linking a short article allocated some twenty of them.
//
// A buffer holds whatever the previous analysis (or one that threw half way) left: users write
// every slot before they read it. None may reach a returned Analysis or a kept paragraph result,
// and two analyses never run at once (analyze and assemble are synchronous and not re-entered).

type Column = Int32Array | Int8Array | Uint8Array;

export class Scratch<T extends Column> {
  private buf: T;

  constructor(private readonly make: (n: number) => T) {
    this.buf = make(256);
  }

  /** A buffer of at least n slots (stale contents). */
  get(n: number): T {
    if (n > this.buf.length) this.buf = this.make(Math.max(n, 2 * this.buf.length));
    return this.buf;
  }

  /** The buffer grown to at least n slots, its first `keep` kept (doubling, so pushes stay linear). */
  grow(n: number, keep: number): T {
    const a = this.buf;
    if (n <= a.length) return a;
    const b = this.make(Math.max(n, 2 * a.length));
    b.set(a.subarray(0, keep));
    return (this.buf = b);
  }
}

export const int32 = (n: number): Int32Array => new Int32Array(n);
export const int8 = (n: number): Int8Array => new Int8Array(n);
export const uint8 = (n: number): Uint8Array => new Uint8Array(n);
