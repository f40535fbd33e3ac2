/**
 * Long pure computations written once as generators that `yield` now and then, run either to the
 * end at once (the CLI, the tests) or in slices of a few milliseconds with a pause between them
 * (the HR page, whose main thread must answer input while it builds a roster of 20,000 records).
 */
export type Steps<T> = Generator<void, T, void>;

/** Runs `steps` to the end in one go. */
export function runToEnd<T>(steps: Steps<T>): T {
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

/** Runs `steps` in slices of about `sliceMs`, awaiting `pause()` between slices. */
export async function runInSlices<T>(steps: Steps<T>, sliceMs: number, pause: () => Promise<void>): Promise<T> {
  let started = performance.now();
  let step = steps.next();
  while (!step.done) {
    if (performance.now() - started > sliceMs) {
      await pause();
      started = performance.now();
    }
    step = steps.next();
  }
  return step.value;
}

/**
 * Splits the range `from`..`to` into pieces of at most `size` items, as [start, end) pairs: work
 * done a piece per task or frame (the HR roster's rows).
 */
export function piecesOf(from: number, to: number, size: number): Array<[number, number]> {
  const pieces: Array<[number, number]> = [];
  for (let start = from; start < to; start += size) pieces.push([start, Math.min(to, start + size)]);
  return pieces;
}

/**
 * Splits items in their order into runs read together: a run holds at most `maxCount` items and
 * at most `maxSize` in total, except an item larger than that, which is a run of its own. The HR
 * worker reads each run of small files in one read (src/browser/hr/read-runs.ts).
 */
export function runsOf<T>(items: readonly T[], sizeOf: (item: T) => number, maxSize: number, maxCount: number): T[][] {
  const runs: T[][] = [];
  let run: T[] = [];
  let size = 0;
  for (const item of items) {
    const s = sizeOf(item);
    if (run.length > 0 && (run.length >= maxCount || size + s > maxSize)) {
      runs.push(run);
      run = [];
      size = 0;
    }
    run.push(item);
    size += s;
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

/**
 * Guided self-scheduling: where the next share of work for an idle worker ends. Items are taken
 * from `start` (weights in `weights`, largest first for the best balance: share-queue.ts) until
 * the share holds about 1/(2 x `workers`) of the `remaining` weight not yet handed out, but at
 * least `minWeight` and at least one item. Shares start large (few messages) and shrink towards
 * the end, so the workers finish within about one small share of each other, however their speeds differ.
 */
export function shareEnd(weights: readonly number[], start: number, remaining: number, workers: number, minWeight: number): number {
  const target = Math.max(remaining / (2 * Math.max(1, workers)), minWeight);
  let end = start;
  let taken = 0;
  while (end < weights.length && (end === start || taken + weights[end]! <= target)) taken += weights[end++]!;
  return end;
}
