import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { drawQuestions, lastPresented } from '../../src/lib/quiz/draw';

const bank = ['a', 'b', 'c', 'd', 'e', 'f'];

describe('drawQuestions', () => {
  it('without a pool presents every question in bank order', () => {
    assert.deepEqual(drawQuestions(bank, 6, 123), bank);
    assert.deepEqual(drawQuestions(bank, 9, 123), bank);
  });

  it('draws exactly draw questions, in bank order, no repeats, the same for the same seed', () => {
    for (let seed = 1; seed < 60; seed++) {
      const d = drawQuestions(bank, 3, seed);
      assert.equal(d.length, 3);
      assert.equal(new Set(d).size, 3);
      assert.deepEqual(d, bank.filter((q) => d.includes(q)), 'bank order');
      assert.deepEqual(drawQuestions(bank, 3, seed), d);
    }
  });

  it('different seeds give different draws', () => {
    const draws = new Set(Array.from({ length: 40 }, (_, i) => drawQuestions(bank, 3, i + 1).join()));
    assert.ok(draws.size > 5, `only ${draws.size} distinct draws`);
  });

  it('prefers questions the last attempt did not present', () => {
    for (let seed = 1; seed < 40; seed++) {
      const d = drawQuestions(bank, 3, seed, ['a', 'c', 'e']);
      assert.deepEqual(d, ['b', 'd', 'f']);
    }
  });

  it('takes seen questions only when there are not enough fresh ones', () => {
    for (let seed = 1; seed < 40; seed++) {
      const d = drawQuestions(bank, 4, seed, ['a', 'b', 'c', 'd']);
      assert.ok(d.includes('e') && d.includes('f'), d.join());
      assert.equal(d.length, 4);
    }
  });
});

describe('lastPresented', () => {
  it('is the presented set of the highest attempt of that module', () => {
    const rows = [
      { moduleId: 'm', n: 1, presented: ['a'] },
      { moduleId: 'm', n: 3, presented: ['c'] },
      { moduleId: 'x', n: 9, presented: ['z'] },
      { moduleId: 'm', n: 2, presented: ['b'] },
    ];
    assert.deepEqual(lastPresented(rows, 'm'), ['c']);
    assert.deepEqual(lastPresented(rows, 'none'), []);
  });
});
