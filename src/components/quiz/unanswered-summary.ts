import { fill, type QuizWords } from './quiz-words';

/**
 * Fills the quiz's alert box with a short summary of the unanswered questions: their count and a
 * link to each ("Question 3", its number among the presented questions), not their full text.
 * Focus moves to the summary; a link moves focus to its question's first option.
 */
export function showUnanswered(words: QuizWords, box: HTMLElement, shown: HTMLFieldSetElement[], missing: string[]): void {
  const heading = document.createElement('p');
  heading.textContent = fill(missing.length === 1 ? words.unansweredOne : words.unansweredOther, { n: missing.length });
  const list = document.createElement('ul');
  for (const id of missing) {
    const fieldset = shown.find((f) => f.dataset.question === id);
    if (!fieldset) continue;
    const link = document.createElement('a');
    link.href = `#${fieldset.id}`;
    link.textContent = fill(words.questionLink, { n: shown.indexOf(fieldset) + 1 });
    link.addEventListener('click', (e) => {
      e.preventDefault();
      fieldset.scrollIntoView({ block: 'center' });
      fieldset.querySelector('input')?.focus();
    });
    const item = document.createElement('li');
    item.append(link);
    list.append(item);
  }
  box.replaceChildren(heading, list);
  box.hidden = false;
  box.focus();
}
