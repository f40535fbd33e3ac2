/** Shares handed to workers while files are still being measured, then largest first as they shrink. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ShareQueue } from '../../src/lib/share-queue';

/** A queue for 2 workers: a busy worker waits for 10 while items arrive; shares of at least 2 after. */
const queueOf = (...weights: number[]) => {
  const q = new ShareQueue<string>(2, 10, 2);
  weights.forEach((w, i) => q.push(`f${i}`, w));
  return q;
};

describe('ShareQueue', () => {
  it('while items arrive, an idle worker takes all there is, up to a full share', () => {
    const q = queueOf(3, 3);
    assert.deepEqual(q.take(0), ['f0', 'f1']);
    assert.equal(q.take(0), undefined, 'nothing left to take');
    q.push('f2', 6);
    q.push('f3', 6);
    assert.deepEqual(q.take(0), ['f2'], 'a full share is 10: f2 and f3 together would be 12');
  });

  it('while items arrive, a busy worker waits until a full share is there', () => {
    const q = queueOf(4, 4);
    assert.equal(q.take(1), undefined);
    q.push('f2', 4);
    assert.deepEqual(q.take(1), ['f0', 'f1']);
  });

  it('once closed, the rest goes largest first in shares that shrink, busy or not, and every item once', () => {
    const q = queueOf(1, 9, 1, 5, 1, 1, 1, 1);
    q.close();
    const shares: string[][] = [];
    for (let s = q.take(1); s; s = q.take(1)) shares.push(s);
    assert.deepEqual(shares[0], ['f1'], 'the heaviest first, alone: it is more than a quarter of the rest');
    assert.deepEqual(shares.flat().sort(), ['f0', 'f1', 'f2', 'f3', 'f4', 'f5', 'f6', 'f7']);
    assert.equal(q.drained, true);
  });

  it('is drained only once closed and empty', () => {
    const q = queueOf(1);
    assert.equal(q.drained, false);
    q.take(0);
    assert.equal(q.drained, false, 'more may still arrive');
    q.close();
    assert.equal(q.drained, true);
  });

  it('closing keeps what was already handed out out of the rest', () => {
    const q = queueOf(1, 2, 3);
    assert.deepEqual(q.take(0), ['f0', 'f1', 'f2']);
    q.push('f3', 1);
    q.push('f4', 8);
    q.close();
    assert.deepEqual(q.take(0), ['f4']);
    assert.deepEqual(q.take(0), ['f3']);
    assert.equal(q.take(0), undefined);
  });
});
