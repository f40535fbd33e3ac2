import { t } from '../../i18n/verify';
import type { AnswerKey } from '../../schemas/lock';

/** Options a true-false question has: "True" then "False". */
const TRUE_FALSE_OPTIONS = 2;

/**
 * Why one answer could not have come from the quiz page for this question of the key, or undefined:
 * a selection that is not strictly ascending, more than one option on a single-choice or
 * true-false question, or an index past the options of a true-false question. (Format v1's manifest
 * does not publish how many options a single or multiple question has, so those indices are bounded
 * only by grading: an index that is not a right option scores nothing.)
 */
export function answerProblem(selected: readonly number[], key: AnswerKey): string | undefined {
  for (let j = 1; j < selected.length; j++) {
    if (selected[j]! <= selected[j - 1]!) return t('detail.not-ascending', { q: key.id });
  }
  if (key.type !== 'multiple' && selected.length > 1) {
    return t('detail.one-option', { q: key.id, type: key.type, count: String(selected.length) });
  }
  const past = key.type === 'true-false' ? selected.find((i) => i >= TRUE_FALSE_OPTIONS) : undefined;
  if (past !== undefined) return t('detail.past-options', { q: key.id, options: String(TRUE_FALSE_OPTIONS), option: String(past + 1) });
  return undefined;
}
