/** Helpers for the quiz and records browser tests: the real quiz banks, and a learner's actions. */
import type { Locator, Page } from '@playwright/test';
import { readContent } from '../../src/build/content';
import { currentVersionOf } from '../../src/build/settings';
import { correctOptions } from '../../src/lib/quiz/answer-key';
import type { QuizQuestion } from '../../src/schemas/quiz';
import { expect } from './fixtures';

const content = readContent();

/** Modules in training-path order, with their quiz banks (whatever content exists today). */
export const modules = content.modules.map((m) => ({
  id: m.id,
  title: m.frontmatter.title,
  version: m.frontmatter.version,
  passMarkPercent: currentVersionOf(content, m.id).passMarkPercent,
  questions: m.quiz.questions,
  /** Questions one attempt presents. */
  draw: m.quiz.draw ?? m.quiz.questions.length,
}));

export const learner = { name: 'Ada Lovelace', email: 'ada@example.com', employeeId: 'E1815' };

/** The option indices (authored order) a learner picks: all right ones, or a wrong choice. */
export function choice(q: QuizQuestion, right: boolean): number[] {
  const correct = correctOptions(q);
  if (right) return correct;
  const wrong = q.options.findIndex((o) => !o.correct);
  return [wrong];
}

/** Fills and saves the details form shown before a first quiz. */
export async function saveProfile(page: Page, details = learner): Promise<void> {
  const form = page.getByRole('form', { name: 'Your details' });
  await form.getByLabel('Name', { exact: true }).fill(details.name);
  await form.getByLabel('Work email').fill(details.email);
  await form.getByLabel('Employee ID').fill(details.employeeId);
  await form.getByRole('button', { name: 'Save my details' }).click();
}

/** The quiz form of a module, found by its accessible name. */
export function quizForm(page: Page, title: string): Locator {
  return page.getByRole('form', { name: new RegExp(`Quiz: ${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) });
}

/** Waits until the quiz form is set up for an attempt: it then announces "0 of N answered". */
export async function quizReady(form: Locator): Promise<void> {
  await expect(form.getByRole('status').filter({ hasText: /^\d+ of \d+ answered$/ })).toBeVisible();
}

/**
 * The questions of `questions` that the form presents, in the order shown: an attempt draws the
 * bank's `draw` of them and shuffles them, so they are known only once the form is there.
 */
export async function shown(form: Locator, questions: QuizQuestion[]): Promise<QuizQuestion[]> {
  // The page renders every question of the bank and hides the ones not drawn once the attempt is set
  // up; it then announces "0 of N answered". Reading the groups before that would pick hidden ones.
  await quizReady(form);
  const legends = await form.getByRole('group').evaluateAll((groups) => groups.map((g) => g.querySelector('legend')?.textContent ?? ''));
  // The longest prompt a legend contains: one prompt can be part of another's.
  const best = (l: string) => questions.filter((q) => l.includes(q.prompt)).sort((a, b) => b.prompt.length - a.prompt.length)[0];
  return legends.map(best).filter((q): q is QuizQuestion => q !== undefined);
}

/** Answers every presented question of `questions`, right or wrong, by clicking labels. */
export async function answerAll(form: Locator, questions: QuizQuestion[], right: (q: QuizQuestion) => boolean): Promise<void> {
  for (const q of await shown(form, questions)) {
    const group = form.getByRole('group', { name: q.prompt, exact: true });
    for (const i of choice(q, right(q))) {
      const role = q.type === 'multiple' ? 'checkbox' : 'radio';
      await group.getByRole(role, { name: q.options[i]!.text, exact: true }).check();
    }
  }
}

/** Submits and waits for the result summary, which takes the focus. */
export async function submitAndWait(page: Page, form: Locator): Promise<Locator> {
  await form.getByRole('button', { name: 'Submit answers' }).click();
  const result = page.getByRole('region', { name: /Your result/ });
  await expect(result).toBeVisible();
  await expect(result).toBeFocused();
  return result;
}

/** Passes a module from its page (the details are saved first when the form asks for them). */
export async function passModule(page: Page, m: (typeof modules)[number]): Promise<Locator> {
  await page.goto(`modules/${m.id}/`);
  const details = page.getByRole('form', { name: 'Your details' });
  const form = quizForm(page, m.title);
  // Both forms arrive with the quiz fragment after the page: wait for one before asking which is shown.
  await expect(details.or(form).first()).toBeVisible();
  if (await details.isVisible()) await saveProfile(page);
  await answerAll(form, m.questions, () => true);
  const result = await submitAndWait(page, form);
  await expect(result.getByRole('heading')).toHaveText('Your result: Passed');
  return result;
}

/** Passes `m`, opens My records and clicks its row's "Print certificate" (stub window.print first). */
export async function printCertificateOf(page: Page, m: (typeof modules)[number]): Promise<Locator> {
  await passModule(page, m);
  await page.goto('records/');
  const row = page.getByRole('row').filter({ hasText: m.title });
  await expect(row).toContainText('Verified');
  await row.getByRole('button', { name: /Print certificate/ }).click();
  const cert = page.getByRole('region', { name: 'Certificate of completion' });
  await expect(cert).toBeVisible();
  await expect(cert).toBeFocused();
  return cert;
}
