/** The sizes of picked files: each asked once, in order, with the file and import limits applied. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { judge, measureInOrder, type Measured } from '../../src/browser/hr/measure-picked';

/** A picked file that counts how often its size is asked for. */
class Counted extends Blob {
  asked = 0;
  override get size(): number {
    this.asked += 1;
    return super.size;
  }
}

describe('judge', () => {
  const limits = { fileBytes: 5, batchBytes: 8 };
  it('a file of exactly the limit is read; one byte more is too large and takes nothing', () => {
    assert.deepEqual(judge(5, 0, limits), { measured: { kind: 'to-read', size: 5 }, taken: 5 });
    assert.deepEqual(judge(6, 0, limits), { measured: { kind: 'too-large', size: 6 }, taken: 0 });
  });
  it('a file that would take the import past its limit is over-batch and takes nothing', () => {
    assert.deepEqual(judge(4, 5, limits), { measured: { kind: 'over-batch', size: 4 }, taken: 5 });
    assert.deepEqual(judge(3, 5, limits), { measured: { kind: 'to-read', size: 3 }, taken: 8 });
  });
});

describe('measureInOrder', () => {
  it('measures every file once, in order; a smaller file after one over the import limit still fits', async () => {
    const files = ['aaaa', 'bbb', 'toolong', 'ccc', 'd', 'e'].map((t) => new Counted([t]));
    const seen: Array<[number, Measured['kind']]> = [];
    await measureInOrder(files, { fileBytes: 5, batchBytes: 8 }, (i, m) => seen.push([i, m.kind]));
    assert.deepEqual(seen, [[0, 'to-read'], [1, 'to-read'], [2, 'too-large'], [3, 'over-batch'], [4, 'to-read'], [5, 'over-batch']]);
    assert.deepEqual(files.map((f) => f.asked), [1, 1, 1, 1, 1, 1]);
  });
  it('measures no more once stopped', async () => {
    const files = Array.from({ length: 10 }, (_, i) => new Counted([String(i)]));
    const seen: number[] = [];
    await measureInOrder(files, { fileBytes: 5, batchBytes: 100 }, (i) => seen.push(i), () => seen.length >= 3);
    assert.deepEqual(seen, [0, 1, 2]);
    assert.equal(files.filter((f) => f.asked > 0).length, 3);
  });
});
