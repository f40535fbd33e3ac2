import type { AnswerKey } from '../../schemas/lock';
import type { QuizQuestion } from '../../schemas/quiz';

/** The 0-based indices, in authored order, of a question's right options. */
export function correctOptions(question: Pick<QuizQuestion, 'options'>): number[] {
  return question.options.flatMap((o, i) => (o.correct ? [i] : []));
}

/**
 * The answer key of a quiz bank, in bank order: what the lock stores, the manifest publishes,
 * the quiz page grades with and verifiers re-grade with. The only place a key is derived from a bank.
 */
export function answerKeyOf(questions: readonly Pick<QuizQuestion, 'id' | 'type' | 'options'>[]): AnswerKey[] {
  return questions.map((q) => ({ id: q.id, type: q.type, correct: correctOptions(q) }));
}
