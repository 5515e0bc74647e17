// Batch analysis on every core: worker threads each read and analyse one file at a time, results come back
// in input order, and at most a few files per worker are in flight, so memory stays bounded however
// large the folder. A file that fails is reported as such; the others go on.
import { availableParallelism } from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { Analysis } from '../core/analyzer/index';
import { analyze } from '../core/analyzer/index';
import { describeError } from './errors';
import { readArticle } from './files';

/** In JSON mode the worker also serialises the line, so the main thread only writes. */
export type Outcome = { ok: true; analysis: Analysis | null; json: string | null } | { ok: false; error: string };

/** One line of `analyze --json`: the CLI's contract. */
export function jsonLine(file: string, a: Analysis): string {
  const { quotes, attributions, figures, entities } = a;
  return JSON.stringify({ file, quotes, attributions, figures, entities });
}

const WORKER_TAG = 'newsmark-analyze-worker';
/** Files queued per worker beyond the one it is working on: keeps workers busy without buffering the folder. */
const AHEAD_PER_WORKER = 4;

export function defaultJobs(): number {
  return Math.max(1, availableParallelism());
}

/** Analyses one file in this thread. */
export function analyzeFile(path: string, json: boolean): Outcome {
  try {
    const analysis = analyze(readArticle(path));
    return json ? { ok: true, analysis: null, json: jsonLine(path, analysis) } : { ok: true, analysis, json: null };
  } catch (err) {
    return { ok: false, error: describeError(err) };
  }
}

export function isPoolWorker(): boolean {
  return !isMainThread && (workerData as { tag?: string } | null)?.tag === WORKER_TAG;
}

export function runPoolWorker(): void {
  const { json } = workerData as { json: boolean };
  parentPort?.on('message', ({ id, path }: { id: number; path: string }) => {
    parentPort?.postMessage({ id, outcome: analyzeFile(path, json) });
  });
}

/**
 * Yields one outcome per path, in the order of `paths`. `entry` is the script that starts a worker
 * (the CLI itself: it checks `isPoolWorker()` first).
 */
export async function* analyzeInParallel(paths: readonly string[], jobs: number, entry: string, json: boolean): AsyncGenerator<Outcome> {
  const workerData = { tag: WORKER_TAG, json };
  // run from source (tests, `npx tsx src/cli/main.ts`), a worker registers the TypeScript loader first
  const start = () =>
    entry.endsWith('.ts')
      ? new Worker(`require('tsx/cjs'); require(${JSON.stringify(entry)});`, { eval: true, workerData })
      : new Worker(entry, { workerData });
  const workers = Array.from({ length: Math.min(jobs, paths.length) }, start);
  const done = new Map<number, Outcome>();
  let wake: (() => void) | undefined;
  let failure: Error | undefined;
  const idle: Worker[] = [];
  let next = 0;
  let yielded = 0;
  const window = workers.length * (AHEAD_PER_WORKER + 1);
  const dispatch = () => {
    while (idle.length && next < paths.length && next - yielded < window) {
      const w = idle.pop()!;
      w.postMessage({ id: next, path: paths[next] });
      next++;
    }
  };
  for (const w of workers) {
    w.on('message', ({ id, outcome }: { id: number; outcome: Outcome }) => {
      done.set(id, outcome);
      idle.push(w);
      dispatch();
      wake?.();
    });
    w.on('error', (err) => {
      failure = err;
      wake?.();
    });
    idle.push(w);
  }
  try {
    dispatch();
    while (yielded < paths.length) {
      const outcome = done.get(yielded);
      if (outcome) {
        done.delete(yielded);
        yielded++;
        dispatch();
        yield outcome;
        continue;
      }
      if (failure) throw failure;
      await new Promise<void>((r) => (wake = r));
      wake = undefined;
    }
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
