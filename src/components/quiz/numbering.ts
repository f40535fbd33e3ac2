import { fill, type QuizWords } from './quiz-words';

/** Numbers the presented questions in the order shown: "Question 3 of 11" (of this attempt's draw). */
export function numberQuestions(words: QuizWords, shown: HTMLFieldSetElement[]): void {
  shown.forEach((f, i) => {
    let number = f.querySelector<HTMLElement>('[data-number]');
    if (!number) {
      // Made here, not by the server: the numbers exist only with the draw, and the page's bytes stay down.
      number = document.createElement('p');
      number.className = 'meta';
      number.id = `${f.id}-number`;
      number.dataset.number = '';
      f.querySelector('legend')!.after(number);
      f.setAttribute('aria-describedby', `${number.id} ${f.getAttribute('aria-describedby') ?? ''}`.trim());
    }
    number.textContent = fill(words.questionNumber, { n: i + 1, total: shown.length });
  });
}

/**
 * Shows how many presented questions have an answer ("7 of 11 answered") in a polite status. The
 * text changes only when the count does, so ticking a second box of one question says nothing.
 */
export function showAnswered(words: QuizWords, status: HTMLElement, shown: HTMLFieldSetElement[]): void {
  const n = shown.filter((f) => f.querySelector('input:checked')).length;
  const text = fill(words.answered, { n, total: shown.length });
  if (status.textContent !== text) status.textContent = text;
  status.hidden = false;
}
