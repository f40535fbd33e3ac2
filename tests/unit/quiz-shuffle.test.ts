import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { mulberry32, newSeed, permutation, quizOrder } from '../../src/lib/quiz/shuffle';

const isPermutation = (p: number[], n: number) => [...p].sort((a, b) => a - b).every((x, i) => x === i) && p.length === n;

describe('seeded shuffle', () => {
  it('the same seed gives the same sequence and order', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    assert.deepEqual([a(), a(), a()], [b(), b(), b()]);
    assert.deepEqual(quizOrder([4, 3, 2, 5], 1234), quizOrder([4, 3, 2, 5], 1234));
  });

  it('different seeds give different orders (over many seeds)', () => {
    const orders = new Set(Array.from({ length: 50 }, (_, i) => JSON.stringify(quizOrder([4, 4, 4, 4, 4], i + 1))));
    assert.ok(orders.size > 40, `only ${orders.size} distinct orders`);
  });

  const cases: Array<[string, number[], number]> = [
    ['seed 0 keeps the authored order', [3, 2, 4], 0],
    ['a seeded order is a permutation of questions and of each option list', [3, 2, 4, 5], 99],
    ['one question with two options', [2], 7],
    ['the largest 32-bit seed', [6, 6], 0xffffffff],
  ];
  for (const [name, counts, seed] of cases) {
    it(name, () => {
      const order = quizOrder(counts, seed);
      assert.ok(isPermutation(order.questions, counts.length));
      order.options.forEach((o, i) => assert.ok(isPermutation(o, counts[i]!)));
      if (seed === 0) {
        assert.deepEqual(order.questions, counts.map((_, i) => i));
        order.options.forEach((o) => assert.deepEqual(o, o.map((_, i) => i)));
      }
    });
  }

  it('true-false questions keep True then False when asked to', () => {
    for (let seed = 1; seed < 30; seed++) assert.deepEqual(quizOrder([2, 4, 2], seed, [true, false, true]).options[0], [0, 1]);
  });

  it('permutation of 0 and 1 items', () => {
    assert.deepEqual(permutation(0, mulberry32(1)), []);
    assert.deepEqual(permutation(1, mulberry32(1)), [0]);
  });

  it('newSeed is never 0 (0 means authored order)', () => {
    for (let i = 0; i < 100; i++) assert.notEqual(newSeed(), 0);
  });
});
