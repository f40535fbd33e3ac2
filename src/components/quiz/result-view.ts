/**
 * The result of a submitted attempt, shown at the top of the quiz (Quiz.astro's `[data-result]`):
 * per question right or wrong with its explanation; then a panel that says passed (certificate,
 * next module, another attempt as a choice) or not passed yet (what is missing to the pass mark,
 * the questions to revisit as links, "Try again"). Loaded with the signing code, on the first
 * answer, so none of it weighs on the module page's first load.
 */
import { siteFile } from '../../browser/site-root';
import { t, tn } from '../../i18n/quiz';
import { scorePercent, type Grade } from '../../lib/quiz/grade';

// Grading runs only on submit, so it loads with this view, not with the page.
export { gradeAnswers, scorePercent } from '../../lib/quiz/grade';
import { feedbackPath, quizFeedbackSchema, type QuizFeedback } from '../../schemas/feedback';
import type { AnswerKey } from '../../schemas/lock';
import { el } from '../../browser/find';

export interface ResultInput {
  /** The presented questions as shown, in the order shown. */
  shown: HTMLFieldSetElement[];
  /** The answer key of the presented questions (bank order); `grade.perQuestion` follows it. */
  key: AnswerKey[];
  grade: Grade;
  attemptNo: number;
  /** The stored record's id; absent when the attempt could not be signed and saved. */
  recordId?: string;
  /** Why the attempt could not be signed and saved, in the learner's words. */
  problem?: string;
  /** True when this browser keeps nothing after the page closes: the export is offered right here. */
  memoryOnly: boolean;
  /** True inside an LMS package: links to the site's other pages are not there. */
  inPackage: boolean;
  /** The module's explanations; without them (not fetched) each question still says right or wrong. */
  feedback: QuizFeedback | undefined;
}

const fetched = new Map<string, Promise<QuizFeedback | undefined>>();

/** The module's published feedback (fetched once per page); undefined when it cannot be had. */
export function loadFeedback(moduleId: string): Promise<QuizFeedback | undefined> {
  let pending = fetched.get(moduleId);
  if (!pending) {
    pending = fetch(siteFile(feedbackPath(moduleId)))
      .then(async (res) => (res.ok ? quizFeedbackSchema.parse(await res.json()) : undefined))
      .catch(() => undefined);
    fetched.set(moduleId, pending);
  }
  return pending;
}

function paragraph(text: string, className?: string): HTMLParagraphElement {
  const p = document.createElement('p');
  p.textContent = text;
  if (className) p.className = className;
  return p;
}


/**
 * Marks each shown question right or wrong, names the right answers of a wrong one, adds its
 * explanation and the link to the section that teaches it, and locks its inputs.
 */
function markQuestions({ shown, key, grade, feedback }: ResultInput): void {
  for (const f of shown) {
    const id = f.dataset.question!;
    const qi = key.findIndex((k) => k.id === id);
    const right = grade.perQuestion[qi] ?? false;
    f.dataset.right = String(right);
    const labels = [...f.querySelectorAll('label')];
    const answers = (key[qi]?.correct ?? []).map((i) => labels.find((l) => Number(l.querySelector('input')!.value) === i)?.textContent?.trim() ?? '');
    const box = document.createElement('div');
    box.className = 'question__feedback';
    box.dataset.feedback = '';
    box.append(paragraph(right ? t('result.right') : tn('result.wrong', answers.length, { answers: answers.join('; ') }), 'question__verdict'));
    const about = feedback?.questions[id];
    if (about) {
      const link = document.createElement('a');
      link.href = `#${about.section}`;
      link.textContent = t('result.read-again', { section: about.sectionTitle });
      const linkLine = document.createElement('p');
      linkLine.append(link);
      box.append(paragraph(about.explanation), linkLine);
    }
    f.querySelector('[data-feedback]')?.remove();
    f.append(box);
    for (const input of f.querySelectorAll('input')) input.disabled = true;
  }
}

/** Links to each wrong question, by its number in this attempt and the section to read again. */
function revisitList(shown: HTMLFieldSetElement[]): HTMLElement[] {
  const wrong = shown.filter((f) => f.dataset.right === 'false');
  if (wrong.length === 0) return [];
  const intro = document.createElement('p');
  intro.textContent = tn('result.revisit', wrong.length);
  const list = document.createElement('ul');
  for (const f of wrong) {
    const link = document.createElement('a');
    link.href = `#${f.id}`;
    // The question's own link to its section names what to read: "Question 3: Read the section … again".
    const read = f.querySelector<HTMLElement>('[data-feedback] a');
    link.textContent = read ? t('result.revisit.item', { n: shown.indexOf(f) + 1, read: read.textContent ?? '' }) : t('result.revisit.number', { n: shown.indexOf(f) + 1 });
    link.addEventListener('click', (e) => {
      e.preventDefault();
      f.scrollIntoView({ block: 'start' });
      (read ?? f.querySelector('input'))?.focus();
    });
    const item = document.createElement('li');
    item.append(link);
    list.append(item);
  }
  return [intro, list];
}

/** Shows the result of an attempt in `root` (the aga-quiz element), moves it into view and focuses it. */
export function showResult(root: HTMLElement, input: ResultInput): void {
  const { grade, attemptNo, recordId, problem, memoryOnly, inPackage } = input;
  markQuestions(input);
  const result = el(root, '[data-result]');
  const passed = grade.passed;
  result.dataset.passed = String(passed);
  el(result, '[data-verdict-text]').textContent = passed ? t('result.passed') : t('result.not-passed');
  const percent = scorePercent(grade.correct, grade.total);
  const score = t('result.score', { n: attemptNo, correct: grade.correct, total: grade.total, percent, passMark: grade.passMarkPercent });
  // The fewest right answers that pass: correct * 100 >= passMark * total, as gradeAnswers decides.
  const more = Math.ceil((grade.passMarkPercent * grade.total) / 100) - grade.correct;
  el(result, '[data-score]').textContent = passed ? score : `${score} ${tn('result.short', more, { more })}`;
  el(result, '[data-record-status]').textContent = problem ? '' : t(passed ? 'result.saved.passed' : 'result.saved.failed');
  const problemBox = el(result, '[data-record-problem]');
  problemBox.textContent = problem ?? '';
  problemBox.hidden = !problem;
  el(result, '[data-revisit]').replaceChildren(...(passed ? [] : revisitList(input.shown)));
  const certificate = el<HTMLAnchorElement>(result, '[data-certificate-link]');
  certificate.hidden = !passed || !recordId || inPackage;
  if (recordId) certificate.href = `${certificate.href.replace(/\?.*$/, '')}?certificate=${encodeURIComponent(recordId)}`;
  el(result, '[data-next]').hidden = !passed || inPackage;
  // After a pass another attempt is a choice, not the next step; before one it is the next step.
  const retry = el(result, '[data-retry]');
  retry.textContent = passed ? retry.dataset.againText! : retry.dataset.retryText!;
  retry.classList.toggle('secondary', passed);
  el(result, '[data-export-now-wrap]').hidden = !memoryOnly || !!problem;
  result.hidden = false;
  result.scrollIntoView({ block: 'start' });
  result.focus();
}
