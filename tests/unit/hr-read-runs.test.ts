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

describe('readRun', () => {
  it('reads a run of files in one read and splits it by size, empty files included', async () => {
    const files = [new Blob(['{"a":1}']), new Blob(['']), new Blob(['é']), new Blob(['[2]'])];
    assert.deepEqual((await readRun(files)).map(text), ['{"a":1}', '', 'é', '[2]']);
  });
  it('a file that cannot be read is undefined and the others are read', async () => {
    assert.deepEqual((await readRun([new GoneFile(['x'])])).map(text), [undefined]);
  });
  it('when the run read fails, each file is read alone, so only the failing one is missing', async () => {
    // A Blob made of parts whose sizes do not add up stands for a run whose files changed since they were chosen.
    const changed = new Blob(['abc']);
    Object.defineProperty(changed, 'size', { value: 5 });
    assert.deepEqual((await readRun([new Blob(['one']), changed, new GoneFile(['x'])])).map(text), ['one', 'abc', undefined]);
  });
});
