import type { AnswerKey } from '../../schemas/lock';

/** The learner's answer to one question: option indices in the bank's authored order. */
export interface Answer {
  /** Question id. */
  q: string;
  /** Selected option indices, 0-based in authored order. */
  selected: number[];
}

/** The result of grading one attempt. */
export interface Grade {
  /** Questions answered exactly right. */
  correct: number;
  /** Questions in the bank. */
  total: number;
  /** Pass mark applied. */
  passMarkPercent: number;
  /** `correct * 100 >= passMarkPercent * total` (integers only, no rounding). */
  passed: boolean;
  /** Per question of the key, in key order: answered exactly right or not. */
  perQuestion: boolean[];
}

function sameSet(a: readonly number[], b: readonly number[]): boolean {
  const sa = new Set(a);
  const sb = new Set(b);
  if (sa.size !== sb.size) return false;
  for (const x of sa) if (!sb.has(x)) return false;
  return true;
}

/**
 * Grades answers against an answer key. A question scores only when the selected set equals the
 * correct set exactly; a missing answer, an empty selection or an index naming an option that is
 * not right scores nothing. Answers to questions not in the key are ignored.
 * This one function grades in the learner's browser, in HR's browser and in the CLI.
 */
export function gradeAnswers(key: readonly AnswerKey[], answers: readonly Answer[], passMarkPercent: number): Grade {
  const byQuestion = new Map(answers.map((a) => [a.q, a.selected]));
  const perQuestion = key.map((k) => {
    const selected = byQuestion.get(k.id);
    return selected !== undefined && selected.length > 0 && sameSet(selected, k.correct);
  });
  const correct = perQuestion.filter(Boolean).length;
  const total = key.length;
  return { correct, total, passMarkPercent, passed: correct * 100 >= passMarkPercent * total, perQuestion };
}

/** A score in whole percent, rounded down (never shows a pass the pass mark does not give): the quiz, the LMS and the CSVs alike. */
export function scorePercent(correct: number, total: number): number {
  return total > 0 ? Math.floor((correct * 100) / total) : 0;
}
