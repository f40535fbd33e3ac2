/**
 * Picked files' sizes, read once. A file chosen from disk has no size until the browser asks the
 * disk for it, and it may ask again on every read of `size`: thousands of files (and a sort by
 * size) in one task froze the HR page for a second. `measureSizes` reads them a slice at a time.
 */
import { nextTask } from '../next-task';

const sizes = new WeakMap<Blob, number>();
/** Files measured per task. */
const SLICE = 200;

/** `file.size`, read from the disk once. */
export function sizeOf(file: Blob): number {
  let size = sizes.get(file);
  if (size === undefined) {
    size = file.size;
    sizes.set(file, size);
  }
  return size;
}

/** Reads the size of every file, SLICE files per task. */
export async function measureSizes(files: readonly Blob[]): Promise<void> {
  for (let i = 0; i < files.length; i += SLICE) {
    for (const f of files.slice(i, i + SLICE)) sizeOf(f);
    if (i + SLICE < files.length) await nextTask();
  }
}
