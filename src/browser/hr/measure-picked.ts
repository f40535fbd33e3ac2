/**
 * The sizes of the files HR picked, measured once each, in the order picked, a few milliseconds of
 * it per task. A picked file has no size until the browser is asked for it, in a synchronous round
 * trip of 0.3–0.6 ms on the page's main thread (7,200 exports: 1.9–4.4 s); the answer is then kept
 * by the File, so the worker's copy of it, its reads and keeping the session on this computer ask
 * no more (measured in Chromium; reading the bytes first and asking later costs the round trip anyway).
 * Files are handed on as they are measured, so the workers verify while the rest are measured.
 */
import { nextTask } from '../next-task';
import { runInSlices, type Steps } from '../../lib/slices';

/** A picked file's size, and what the limits make of it: read it, or report it unread. */
export type Measured =
  | { kind: 'to-read'; size: number }
  /** Larger than a file may be: not opened. */
  | { kind: 'too-large'; size: number }
  /** Would take the import past its byte limit, counting the files to read before it: not read. */
  | { kind: 'over-batch'; size: number };

/** The limits measureInOrder applies. */
export interface SizeLimits {
  /** Bytes one file may have (MAX_FILE_BYTES). */
  fileBytes: number;
  /** Bytes one import may read (MAX_BATCH_BYTES), counted in the files' order. */
  batchBytes: number;
}

/** Time spent measuring per task: the page answers input in between. */
const SLICE_MS = 15;

/** What the limits make of the next file, given the bytes taken so far; `taken` after it. */
export function judge(size: number, taken: number, limits: SizeLimits): { measured: Measured; taken: number } {
  if (size > limits.fileBytes) return { measured: { kind: 'too-large', size }, taken };
  if (taken + size > limits.batchBytes) return { measured: { kind: 'over-batch', size }, taken };
  return { measured: { kind: 'to-read', size }, taken: taken + size };
}

/**
 * Measures `files` in order, SLICE_MS per task, giving each to `onMeasured` as it is measured;
 * a smaller file after one over the import's limit may still fit. Stops once `stopped()` is true.
 */
export function measureInOrder(
  files: readonly Blob[],
  limits: SizeLimits,
  onMeasured: (index: number, measured: Measured) => void,
  stopped: () => boolean = () => false,
): Promise<void> {
  function* each(): Steps<void> {
    let taken = 0;
    for (let i = 0; i < files.length && !stopped(); i++) {
      const next = judge(files[i]!.size, taken, limits);
      taken = next.taken;
      onMeasured(i, next.measured);
      yield;
    }
  }
  return runInSlices(each(), SLICE_MS, nextTask);
}
