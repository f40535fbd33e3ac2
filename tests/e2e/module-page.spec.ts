/**
 * Issue 16, the module page: "On this page" beside the text on a laptop (sticky, the section being
 * read marked, reading progress), folded into a bar on a phone, plain links without a script, and
 * registry tables that fit a phone. Issue 17: the quiz form is a fragment the page fetches
 * (modules/<id>/quiz.html), without the answer key; without a script the page says the quiz needs one.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { answerAll, modules, quizForm, quizReady, saveProfile } from './quiz-support';
import { readFileSync } from 'node:fs';
import { readContent } from '../../src/build/content';

const content = readContent();
const mdx = (id: string) => readFileSync(content.modules.find((m) => m.id === id)!.file, 'utf8');
const withTable = content.modules.find((m) => /<PlatformTable \/>/.test(mdx(m.id)))!;
const first = modules[0]!;
/** The module's top-level headings as written in its MDX. */
const sections = (id: string) => [...mdx(id).matchAll(/^## (.+)$/gm)].map((m) => m[1]!.trim());

test.describe('on a laptop', () => {
  test.use({ viewport: { width: 1366, height: 768 } });

  test('"On this page" lists every section and the quiz, beside the text, and stays in view', async ({ page }) => {
    await page.goto(`modules/${first.id}/`);
    const toc = page.getByRole('navigation', { name: 'On this page' });
    await expect(toc).toBeVisible();
    const names = await page.getByRole('article').locator('h2[id]:not(#objectives-heading)').allTextContents();
    expect(names.length).toBe(sections(first.id).length);
    await expect(toc.getByRole('link')).toHaveCount(names.length + 1);
    for (const name of names) await expect(toc.getByRole('link', { name, exact: true })).toBeVisible();
    await expect(toc.getByRole('link', { name: 'Quiz', exact: true })).toBeVisible();
    const text = await page.getByRole('article').boundingBox();
    const nav = await toc.boundingBox();
    expect(nav!.x, 'the list sits right of the text').toBeGreaterThanOrEqual(text!.x + text!.width);
    await page.mouse.wheel(0, 3000);
    await expect(toc.getByRole('link').first()).toBeInViewport();
  });

  test('the section being read is marked and the reading progress grows', async ({ page }) => {
    await page.goto(`modules/${first.id}/`);
    const toc = page.getByRole('navigation', { name: 'On this page' });
    const progress = page.getByRole('progressbar', { name: 'Reading progress' });
    await expect(progress).toHaveJSProperty('value', 0);
    const [, second] = sections(first.id);
    await toc.getByRole('link', { name: second!, exact: true }).click();
    await expect(toc.getByRole('link', { name: second!, exact: true })).toHaveAttribute('aria-current', 'true');
    await expect(toc.locator('[aria-current]')).toHaveCount(1);
    await expect(progress).not.toHaveJSProperty('value', 0);
    await toc.getByRole('link', { name: 'Quiz', exact: true }).click();
    await expect(toc.getByRole('link', { name: 'Quiz', exact: true })).toHaveAttribute('aria-current', 'true');
    await expect(progress).toHaveJSProperty('value', 100);
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`axe is clean with the list beside the text (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`modules/${withTable.id}/`);
      await expect(page.getByRole('progressbar', { name: 'Reading progress' })).toBeVisible();
      await expectNoAxeViolations(page);
    });
  }
});

test.describe('without JavaScript', () => {
  test.use({ viewport: { width: 1366, height: 768 }, javaScriptEnabled: false });

  test('the list is plain links that lead to their sections', async ({ page }) => {
    await page.goto(`modules/${first.id}/`);
    const toc = page.getByRole('navigation', { name: 'On this page' });
    const [, second] = sections(first.id);
    await toc.getByRole('link', { name: second!, exact: true }).click();
    await expect(page.getByRole('heading', { name: second!, exact: true })).toBeInViewport();
    await expect(page).toHaveURL(/#.+/);
  });

  test('the module text reads in full, and where the quiz would be a line says it needs JavaScript', async ({ page }) => {
    await page.goto(`modules/${first.id}/`);
    await expect(page.getByRole('heading', { level: 1, name: first.title })).toBeVisible();
    // The build sets apostrophes typographically.
    for (const section of sections(first.id)) await expect(page.getByRole('heading', { name: section.replace(/'/g, '’'), exact: true })).toBeVisible();
    const slot = page.getByRole('region', { name: `Quiz: ${first.title}` });
    await expect(slot.getByRole('status').filter({ hasText: 'JavaScript' })).toHaveText('To take the quiz, turn on JavaScript in this browser.');
    await expect(page.getByRole('form', { name: `Quiz: ${first.title}` })).toHaveCount(0);
  });
});

/** Opens the first module's page and waits for its quiz to be set up; `fetched`: the paths of the responses the page has had, and goes on adding. */
async function openQuiz(page: Page): Promise<{ form: Locator; fetched: string[] }> {
  const fetched: string[] = [];
  page.on('response', (res) => fetched.push(new URL(res.url()).pathname));
  await page.goto(`modules/${first.id}/`);
  const form = quizForm(page, first.title);
  await quizReady(form);
  return { form, fetched };
}

test.describe('the quiz form, fetched', () => {
  test('the page fetches the form and its styles, shows it styled, and neither carries the answer key', async ({ page }) => {
    const { form, fetched } = await openQuiz(page);
    expect(fetched).toContain(`/modules/${first.id}/quiz.html`);
    expect(fetched.some((p) => /\/_astro\/quiz\.[\w-]+\.css$/.test(p))).toBe(true);
    // Styled when shown: quiz.css draws a border round each question.
    expect(await form.getByRole('group').first().evaluate((g) => getComputedStyle(g).borderTopStyle)).toBe('solid');
    await expect(page.getByText(/Loading the quiz|turn on JavaScript/)).toHaveCount(0);
    // The answer key comes with the feedback, for the result: neither the page nor the form has it.
    for (const path of [`modules/${first.id}/`, `modules/${first.id}/quiz.html`]) {
      const text = await (await page.request.get(path)).text();
      expect(text, path).not.toMatch(/data-key|"correct"/);
    }
    const feedback = (await (await page.request.get(`modules/${first.id}/feedback.json`)).json()) as { key: Array<{ id: string }> };
    expect(feedback.key.map((k) => k.id)).toEqual(first.questions.map((q) => q.id));
  });
});

test('a quiz moved in the page keeps its form and fetches it once', async ({ page }) => {
  const { form, fetched } = await openQuiz(page);
  // Disconnected and connected again, as a script moving it would do.
  await page.evaluate(() => {
    const quiz = document.querySelector('aga-quiz')!;
    quiz.parentElement!.append(quiz);
  });
  await quizReady(form);
  expect(fetched.filter((p) => p.endsWith('/quiz.html'))).toHaveLength(1);
  expect(fetched.filter((p) => p === `/modules/${first.id}/`)).toHaveLength(1);
});

test.describe('the quiz files, not fetched', () => {
  // The browser logs the refused requests; that is the point of these tests.
  test.use({ allowConsoleErrors: [[/status of 503/], { scope: 'test' }] });

  test('a form that cannot be fetched is said in plain words', async ({ page }) => {
    await page.route(`**/modules/${first.id}/quiz.html`, (route) => route.fulfill({ status: 503 }));
    await page.goto(`modules/${first.id}/`);
    await expect(page.getByRole('status').filter({ hasText: 'could not be loaded' })).toHaveText('The quiz could not be loaded: reload the page.');
  });

  test('without the answer key nothing is graded: the submit says why, keeps the answers, and works once the key is there', async ({ page }) => {
    await page.route(`**/modules/${first.id}/feedback.json`, (route) => route.fulfill({ status: 503 }));
    await page.goto(`modules/${first.id}/`);
    await saveProfile(page);
    const form = quizForm(page, first.title);
    await answerAll(form, first.questions, () => true);
    await form.getByRole('button', { name: 'Submit answers' }).click();
    await expect(form.getByRole('alert')).toHaveText(/could not be signed: the answer key could not be loaded \(HTTP 503\)/);
    await page.unroute(`**/modules/${first.id}/feedback.json`);
    await form.getByRole('button', { name: 'Submit answers' }).click();
    await expect(page.getByRole('region', { name: /Your result/ })).toBeFocused();
  });
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('"On this page" is a folded bar at the top that unfolds, leads on and folds again', async ({ page }) => {
    await page.goto(`modules/${first.id}/`);
    const toc = page.getByRole('navigation', { name: 'On this page' });
    await expect(toc).toBeHidden();
    const toggle = page.getByText('On this page', { exact: true });
    await toggle.click();
    await expect(toc).toBeVisible();
    const [, second] = sections(first.id);
    await toc.getByRole('link', { name: second!, exact: true }).click();
    await expect(toc).toBeHidden();
    await expect(page.getByRole('heading', { name: second!, exact: true })).toBeInViewport();
    // The bar stays on screen while reading, with the progress in it.
    await expect(toggle).toBeInViewport();
    await expect(page.getByRole('progressbar', { name: 'Reading progress' })).toBeInViewport();
  });

  test('a registry table scrolls sideways with a visible hint instead of growing thousands of pixels tall', async ({ page }) => {
    await page.goto(`modules/${withTable.id}/`);
    const region = page.getByRole('region', { name: 'AI platform registry', exact: true });
    await region.scrollIntoViewIfNeeded();
    await expect(page.getByText('Scroll the table sideways to see every column.').first()).toBeVisible();
    const m = await region.evaluate((el) => ({ scroll: el.scrollWidth, width: el.clientWidth, height: el.getBoundingClientRect().height }));
    expect(m.scroll, 'the table is wider than its box: it scrolls').toBeGreaterThan(m.width);
    expect(m.height, 'table height (px); over 8,000 with columns squeezed to the screen').toBeLessThan(4000);
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`axe is clean with the list unfolded (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`modules/${withTable.id}/`);
      await page.getByText('On this page', { exact: true }).click();
      await expect(page.getByRole('navigation', { name: 'On this page' })).toBeVisible();
      await expectNoAxeViolations(page);
    });
  }
});
