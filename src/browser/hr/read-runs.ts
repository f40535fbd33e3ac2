/**
 * The HR worker's file reads. A browser read of a picked file costs about the same whatever its
 * size (7,200 small files: 1.9–3.3 s one by one, 1.2–1.4 s in runs), so small files are read a run
 * at a time (runsOf) in one Blob read.
 */

/** A picked file with the size the page measured for it (measure-picked.ts). */
export interface Sized<F extends Blob = Blob> {
  file: F;
  size: number;
}

/**
 * Reads a run of files in one read, or each alone when that fails. A file that cannot be read
 * (deleted, moved or changed since it was chosen) is `undefined`: the page then says that file
 * could not be read, and the others go on.
 */
export async function readRun(files: readonly Sized[]): Promise<Array<Uint8Array<ArrayBuffer> | undefined>> {
  if (files.length > 1) {
    try {
      const all = new Uint8Array(await new Blob(files.map((f) => f.file)).arrayBuffer());
      let offset = 0;
      const parts = files.map((f) => all.subarray(offset, (offset += f.size)));
      if (offset === all.length) return parts;
    } catch {
      // One of them went away or changed: read one by one below, to know which.
    }
  }
  return Promise.all(files.map(async ({ file }) => {
    try {
      return new Uint8Array(await file.arrayBuffer());
    } catch {
      return undefined;
    }
  }));
}
