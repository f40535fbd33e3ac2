import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { gradeAnswers } from '../../src/lib/quiz/grade';
import type { AnswerKey } from '../../src/schemas/lock';

const key: AnswerKey[] = [
  { id: 'single', type: 'single', correct: [1] },
  { id: 'multi', type: 'multiple', correct: [0, 2] },
  { id: 'tf', type: 'true-false', correct: [1] },
];

describe('gradeAnswers', () => {
  const cases: Array<[string, Array<{ q: string; selected: number[] }>, boolean[]]> = [
    ['all right', [{ q: 'single', selected: [1] }, { q: 'multi', selected: [2, 0] }, { q: 'tf', selected: [1] }], [true, true, true]],
    ['single wrong', [{ q: 'single', selected: [0] }], [false, false, false]],
    ['multiple: a subset scores nothing', [{ q: 'multi', selected: [0] }], [false, false, false]],
    ['multiple: a superset scores nothing', [{ q: 'multi', selected: [0, 1, 2] }], [false, false, false]],
    ['multiple: duplicates of the right set still score', [{ q: 'multi', selected: [0, 2, 2] }], [false, true, false]],
    ['true-false right', [{ q: 'tf', selected: [1] }], [false, false, true]],
    ['empty selection scores nothing', [{ q: 'single', selected: [] }], [false, false, false]],
    ['no answers at all', [], [false, false, false]],
    ['an index naming no option scores nothing', [{ q: 'single', selected: [7] }, { q: 'tf', selected: [-1] }], [false, false, false]],
    ['answers to unknown questions are ignored', [{ q: 'nope', selected: [1] }, { q: 'single', selected: [1] }], [true, false, false]],
  ];
  for (const [name, answers, expected] of cases) {
    it(name, () => {
      const g = gradeAnswers(key, answers, 80);
      assert.deepEqual(g.perQuestion, expected);
      assert.equal(g.correct, expected.filter(Boolean).length);
      assert.equal(g.total, 3);
    });
  }

  it('passes exactly at the mark, with integer arithmetic', () => {
    const five = Array.from({ length: 5 }, (_, i): AnswerKey => ({ id: `q${i}`, type: 'single', correct: [0] }));
    const answers = (n: number) => five.slice(0, n).map((k) => ({ q: k.id, selected: [0] }));
    assert.equal(gradeAnswers(five, answers(4), 80).passed, true);
    assert.equal(gradeAnswers(five, answers(3), 80).passed, false);
    const three = five.slice(0, 3);
    // 2/3 = 66.67 %: fails a 67 % mark, passes 66 %.
    assert.equal(gradeAnswers(three, answers(2), 67).passed, false);
    assert.equal(gradeAnswers(three, answers(2), 66).passed, true);
  });
});
