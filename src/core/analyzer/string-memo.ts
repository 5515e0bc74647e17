// Values worked out from a name or a word, kept across analyses: the same names come back in every
// analysis of an article (each edit re-resolves every entity) and many recur across articles
// ("Trump", "White House"). Bounded (emptied when full), and its keys are copies, so a name sliced
// from a document does not keep the document alive.

import { flatCopy } from './entities-intern';

export class StringMemo<T> {
  private map = new Map<string, T>();

  constructor(private readonly max: number) {}

  get(key: string): T | undefined {
    return this.map.get(key);
  }

  set(key: string, value: T): void {
    if (this.map.size >= this.max) this.map = new Map<string, T>();
    this.map.set(flatCopy(key), value);
  }
}
