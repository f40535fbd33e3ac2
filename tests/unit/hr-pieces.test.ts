/** Long lists on the HR page drawn in pieces: the roster's rows per frame, the warnings per page. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { piecesOf, runInSlices, runsOf, runToEnd, shareEnd, type Steps } from '../../src/lib/slices';
import { WARNINGS_PER_PAGE, warningsPage } from '../../src/lib/hr/warnings-text';

describe('piecesOf', () => {
  const cases: Array<[number, number, number, Array<[number, number]>]> = [
    [0, 0, 50, []],
    [0, 1, 50, [[0, 1]]],
    [0, 250, 50, [[0, 50], [50, 100], [100, 150], [150, 200], [200, 250]]],
    [250, 300, 50, [[250, 300]]],
    [0, 120, 50, [[0, 50], [50, 100], [100, 120]]],
    [10, 5, 50, []],
  ];
  for (const [from, to, size, expected] of cases) {
    it(`${from}..${to} by ${size}`, () => assert.deepEqual(piecesOf(from, to, size), expected));
  }
});

describe('runsOf (files read together)', () => {
  const size = (n: number) => n;
  const cases: Array<[string, number[], number, number, number[][]]> = [
    ['nothing', [], 100, 4, []],
    ['small files up to the count', [1, 1, 1, 1, 1, 1], 100, 4, [[1, 1, 1, 1], [1, 1]]],
    ['small files up to the size', [40, 40, 40, 40], 100, 64, [[40, 40], [40, 40]]],
    ['exactly the size fits', [50, 50, 50], 100, 64, [[50, 50], [50]]],
    ['a large file alone, order kept', [10, 500, 10, 10], 100, 64, [[10], [500], [10, 10]]],
    ['empty files count against the count only', [0, 0, 0], 100, 2, [[0, 0], [0]]],
  ];
  for (const [name, items, maxSize, maxCount, expected] of cases) {
    it(name, () => assert.deepEqual(runsOf(items, size, maxSize, maxCount), expected));
  }
  it('every item once, in order, whatever the limits', () => {
    const items = Array.from({ length: 500 }, (_, i) => (i * 7919) % 300);
    const runs = runsOf(items, size, 1000, 16);
    assert.deepEqual(runs.flat(), items);
    for (const run of runs) assert.ok(run.length <= 16 && (run.length === 1 || run.reduce((a, b) => a + b, 0) <= 1000));
  });
});

describe('shareEnd (work handed to idle workers)', () => {
  /** Every share in the order handed out, for `workers` workers, as item counts. */
  function shares(weights: number[], workers: number, min: number): number[] {
    const out: number[] = [];
    let remaining = weights.reduce((a, b) => a + b, 0);
    for (let start = 0; start < weights.length; ) {
      const end = shareEnd(weights, start, remaining, workers, min);
      for (let i = start; i < end; i++) remaining -= weights[i]!;
      out.push(end - start);
      start = end;
    }
    return out;
  }
  it('nothing left: an empty share', () => assert.equal(shareEnd([], 0, 0, 2, 1), 0));
  it('a quarter of what is left for 2 workers, shrinking to the minimum', () => {
    assert.deepEqual(shares(Array(16).fill(1), 2, 1), [4, 3, 2, 1, 1, 1, 1, 1, 1, 1]);
  });
  it('an item heavier than the share is a share of its own', () => {
    assert.deepEqual(shares([100, 1, 1, 1], 2, 1), [1, 1, 1, 1]);
    assert.equal(shareEnd([100, 1], 0, 101, 2, 1), 1);
  });
  it('the minimum keeps the last shares from being tiny', () => assert.deepEqual(shares(Array(8).fill(1), 2, 3), [3, 3, 2]));
  it('every item once, in order', () => {
    const weights = Array.from({ length: 360 }, (_, i) => 1000 + ((i * 7919) % 500));
    const counts = shares(weights, 2, 64);
    assert.equal(counts.reduce((a, b) => a + b, 0), 360);
    assert.ok(counts.every((c) => c >= 1));
    assert.ok(counts[0]! > counts.at(-1)!, 'shares shrink');
  });
});

describe('slices', () => {
  function* counting(n: number): Steps<number> {
    let sum = 0;
    for (let i = 1; i <= n; i++) {
      sum += i;
      yield;
    }
    return sum;
  }
  it('runToEnd and runInSlices give the same result', async () => {
    let pauses = 0;
    assert.equal(runToEnd(counting(1000)), 500500);
    // A slice of 0 ms pauses at every step after the first.
    assert.equal(await runInSlices(counting(5), 0, async () => void (pauses += 1)), 15);
    assert.ok(pauses >= 1);
  });
});

describe('warnings a page at a time', () => {
  it('a short list has no count line and no button', () => {
    assert.deepEqual(warningsPage(3, 0), { from: 0, to: 3, count: '', more: '' });
    assert.deepEqual(warningsPage(WARNINGS_PER_PAGE, 0), { from: 0, to: WARNINGS_PER_PAGE, count: '', more: '' });
  });
  it('a long list says how many are shown and offers the next page', () => {
    assert.deepEqual(warningsPage(5400, 0), { from: 0, to: 100, count: 'Showing the first 100 of 5,400 warnings.', more: 'Show 100 more warnings' });
    assert.deepEqual(warningsPage(150, 100), { from: 100, to: 150, count: 'Showing all 150 warnings.', more: '' });
    assert.deepEqual(warningsPage(201, 100), { from: 100, to: 200, count: 'Showing the first 200 of 201 warnings.', more: 'Show 1 more warning' });
  });
});
