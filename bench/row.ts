// The row every benchmark module returns; bench/index.ts prints and stores them.
export interface BenchRow {
  name: string;
  value: number;
  unit: string;
  /** free-form context: sizes, peer names, caveats */
  note?: string;
}

export interface BenchModule {
  run(): Promise<BenchRow[]>;
}
