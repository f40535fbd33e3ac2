import { el } from '../../browser/find';
import type { Progress } from '../../lib/quiz/progress';
import { quizOrder } from '../../lib/quiz/shuffle';

/**
 * Lays out one attempt in the quiz `root`: questions and options in the attempt's order (from its
 * seed), only the drawn questions shown and enabled, the saved answers ticked, and no feedback of
 * an earlier attempt left. `bank` is the question ids in bank order (the form's authored order,
 * read before the first attempt moved them); each fieldset says its type in `data-type`.
 */
export function arrangeAttempt(root: HTMLElement, bank: readonly string[], attempt: Progress): void {
  const presented = new Set(attempt.presented ?? bank);
  const sets = [...root.querySelectorAll<HTMLFieldSetElement>('fieldset[data-question]')];
  const byId = new Map(sets.map((f) => [f.dataset.question!, f]));
  const bankOrder = bank.map((id) => byId.get(id)!);
  const order = quizOrder(
    bankOrder.map((f) => f.querySelectorAll('input').length),
    attempt.seed,
    bankOrder.map((f) => f.dataset.type === 'true-false'),
  );
  const list = el(root, '[data-questions]');
  list.append(...order.questions.map((qi) => bankOrder[qi]!));
  bankOrder.forEach((f, qi) => {
    const options = el(f, '[data-options]');
    const labels = [...options.querySelectorAll('label')];
    const byValue = new Map(labels.map((l) => [Number(l.querySelector('input')!.value), l]));
    options.append(...order.options[qi]!.map((oi) => byValue.get(oi)!));
    const chosen = new Set(attempt.answers[f.dataset.question!] ?? []);
    // A question not drawn for this attempt is neither shown nor answered nor signed.
    f.hidden = !presented.has(f.dataset.question!);
    for (const input of f.querySelectorAll('input')) {
      input.checked = chosen.has(Number(input.value));
      input.disabled = f.hidden;
    }
    delete f.dataset.right;
    f.querySelector('[data-feedback]')?.remove();
    el(f, '[data-missing]').hidden = true;
  });
}
