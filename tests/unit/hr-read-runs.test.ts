/** The HR worker's reads: small files in one Blob read, and a file that cannot be read is a hole, not a stalled import. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readRun } from '../../src/browser/hr/read-runs';

/** A picked file that went away: its size is still known, reading it fails (as Chromium's NotFoundError). */
class GoneFile extends Blob {
  override arrayBuffer(): Promise<ArrayBuffer> {
    return Promise.reject(new DOMException('A requested file or directory could not be found', 'NotFoundError'));
  }
}

const text = (bytes: Uint8Array | undefined) => (bytes ? new TextDecoder().decode(bytes) : undefined);
/** Files as the page hands them to the worker: each with the size measured when it was chosen. */
const sized = (...files: Blob[]) => files.map((file) => ({ file, size: file.size }));

describe('readRun', () => {
  it('reads a run of files in one read and splits it by size, empty files included', async () => {
    const files = sized(new Blob(['{"a":1}']), new Blob(['']), new Blob(['é']), new Blob(['[2]']));
    assert.deepEqual((await readRun(files)).map(text), ['{"a":1}', '', 'é', '[2]']);
  });
  it('a file that cannot be read is undefined and the others are read', async () => {
    assert.deepEqual((await readRun(sized(new GoneFile(['x'])))).map(text), [undefined]);
  });
  it('when the run read fails, each file is read alone, so only the failing one is missing', async () => {
    // A file whose size is not the one measured when it was chosen: it changed since.
    const files = [...sized(new Blob(['one'])), { file: new Blob(['abc']), size: 5 }, ...sized(new GoneFile(['x']))];
    assert.deepEqual((await readRun(files)).map(text), ['one', 'abc', undefined]);
  });
  it('splits a run by the sizes it is given, not by asking each file for its own', async () => {
    // Sizes that add up but differ from the files' show which are used.
    const files = [{ file: new Blob(['ab']), size: 3 }, { file: new Blob(['cde']), size: 2 }];
    assert.deepEqual((await readRun(files)).map(text), ['abc', 'de']);
  });
});
