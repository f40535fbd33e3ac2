/**
 * Picked files' sizes, read once. A file chosen from disk has no size until the browser asks the
 * disk for it, and it may ask again on every read of `size`: thousands of files (and a sort by
 * size) in one task froze the HR page for a second. `measureSizes` reads them a few milliseconds at a time.
 */
import { nextTask } from '../next-task';
import { runInSlices, type Steps } from '../../lib/slices';

const sizes = new WeakMap<Blob, number>();
/** Time spent measuring per task: a size can take a millisecond to come from the disk. */
const SLICE_MS = 15;

/** `file.size`, read from the disk once. */
export function sizeOf(file: Blob): number {
  let size = sizes.get(file);
  if (size === undefined) {
    size = file.size;
    sizes.set(file, size);
  }
  return size;
}

/** Reads the size of every file, about SLICE_MS of it per task (the HR page answers input in between). */
export function measureSizes(files: readonly Blob[]): Promise<void> {
  function* each(): Steps<void> {
    for (const f of files) {
      sizeOf(f);
      yield;
    }
  }
  return runInSlices(each(), SLICE_MS, nextTask);
}
