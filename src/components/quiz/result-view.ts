/**
 * The result of a submitted attempt, shown at the top of the quiz (Quiz.astro's `[data-result]`):
 * per question right or wrong with its explanation; then a panel that says passed (certificate,
 * next module, another attempt as a choice) or not passed yet (what is missing to the pass mark,
 * the questions to revisit as links, "Try again"). Loaded with the signing code, on the first
 * answer, so none of it weighs on the module page's first load.
 */
import { el } from '../../browser/find';
import { siteFile } from '../../browser/site-root';
import { t, tn } from '../../i18n/quiz';
import { scorePercent, type Grade } from '../../lib/quiz/grade';
import { certificateHref } from '../records/certificate-link';
import { feedbackPath } from '../../lib/quiz/files';
import { quizFeedbackSchema, type QuizFeedback } from '../../schemas/feedback';
import type { AnswerKey } from '../../schemas/lock';

// Grading runs only on submit, so it loads with this view, not with the page.
export { gradeAnswers, scorePercent } from '../../lib/quiz/grade';

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
  /** The module's answer key and explanations. */
  feedback: QuizFeedback;
}

const fetched = new Map<string, Promise<QuizFeedback>>();

/**
 * The module's answer key and feedback (fetched once per page, and again after a failure); rejects
 * with the learner's words when they cannot be had, as nothing can be graded without the key.
 */
export function loadFeedback(moduleId: string): Promise<QuizFeedback> {
  let pending = fetched.get(moduleId);
  if (!pending) {
    pending = fetch(siteFile(feedbackPath(moduleId))).then(async (res) => {
      const parsed = res.ok ? quizFeedbackSchema.safeParse(await res.json().catch(() => undefined)) : undefined;
      if (!parsed?.success) throw new Error(t('result.key-failed', { status: String(res.status) }));
      return parsed.data;
    });
    pending.catch(() => fetched.delete(moduleId));
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

/** A link to a wrong question by its number in this attempt; it moves focus to the question's own section link. */
function questionLink(f: HTMLFieldSetElement, n: number): HTMLAnchorElement {
  const link = document.createElement('a');
  link.href = `#${f.id}`;
  link.textContent = t('result.revisit.number', { n });
  link.addEventListener('click', (e) => {
    e.preventDefault();
    f.scrollIntoView({ block: 'start' });
    (f.querySelector<HTMLElement>('[data-feedback] a') ?? f.querySelector('input'))?.focus();
  });
  return link;
}

/**
 * What to revisit, by the section that teaches it: "Reading the registry: Question 1, Question 4",
 * the section a link to it and each question a link to the question (and its explanation). Without
 * the module's feedback the questions are listed alone.
 */
function revisitList(shown: HTMLFieldSetElement[], feedback: QuizFeedback | undefined): HTMLElement[] {
  const wrong = shown.filter((f) => f.dataset.right === 'false');
  if (wrong.length === 0) return [];
  const intro = document.createElement('p');
  intro.textContent = tn(feedback ? 'result.revisit.sections' : 'result.revisit', wrong.length);
  const bySection = new Map<string, HTMLFieldSetElement[]>();
  for (const f of wrong) {
    const section = feedback?.questions[f.dataset.question!]?.section ?? '';
    bySection.set(section, [...(bySection.get(section) ?? []), f]);
  }
  const list = document.createElement('ul');
  for (const [section, questions] of bySection) {
    const item = document.createElement('li');
    const about = feedback && questions[0] ? feedback.questions[questions[0].dataset.question!] : undefined;
    if (section && about) {
      const link = document.createElement('a');
      link.href = `#${section}`;
      link.textContent = about.sectionTitle;
      item.append(link, ': ');
    }
    questions.forEach((f, i) => item.append(...(i > 0 ? [', '] : []), questionLink(f, shown.indexOf(f) + 1)));
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
  el(result, '[data-revisit]').replaceChildren(...(passed ? [] : revisitList(input.shown, input.feedback)));
  const certificate = el<HTMLAnchorElement>(result, '[data-certificate-link]');
  certificate.hidden = !passed || !recordId || inPackage;
  if (recordId) certificate.href = certificateHref(certificate.href, recordId);
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
