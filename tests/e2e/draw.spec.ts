import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { verifyRecord } from '../../src/lib/records/verify';
import type { Manifest } from '../../src/schemas/manifest';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { answerAll, modules, quizForm, saveProfile, submitAndWait } from './quiz-support';

// The real content has no pool yet, so the test gives the first module one: the page's draw and
// the manifest's, both served by the site itself (same origin), as a build with `draw: 3` would.
const [first] = modules;
if (!first) throw new Error('the draw test needs a module');
const DRAW = 3;
const built = JSON.parse(readFileSync('dist/records/manifest.json', 'utf8')) as Manifest;
const manifest: Manifest = { ...built, modules: built.modules.map((m) => (m.id === first.id && m.current ? { ...m, draw: DRAW } : m)) };

async function withPool(page: Page): Promise<void> {
  await page.route(`**/modules/${first!.id}/`, async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace(/data-draw="\d+"/, `data-draw="${DRAW}"`);
    await route.fulfill({ response, body: html });
  });
  await page.route('**/records/manifest.json', (route) => route.fulfill({ json: manifest }));
}

/** The questions the attempt shows, by prompt. */
async function shown(form: Locator): Promise<string[]> {
  const prompts: string[] = [];
  for (const q of first!.questions) if (await form.getByRole('group', { name: q.prompt, exact: true }).isVisible()) prompts.push(q.prompt);
  return prompts;
}

test('a bank that draws presents that many questions per attempt, others on the retake, and signs exactly those', async ({ page }) => {
  await withPool(page);
  await page.goto(`modules/${first.id}/`);
  await saveProfile(page);
  const form = quizForm(page, first.title);
  await expect(form.getByRole('group')).toHaveCount(DRAW);
  const one = await shown(form);
  expect(one).toHaveLength(DRAW);
  await answerAll(form, first.questions.filter((q) => one.includes(q.prompt)), () => true);
  let result = await submitAndWait(page, form);
  await expect(result).toContainText(`Attempt 1: ${DRAW} of ${DRAW} questions right (100 %)`);
  await expectNoAxeViolations(page);

  await result.getByRole('button', { name: 'Take the quiz again' }).click();
  await expect(form.getByText('Attempt 2')).toBeVisible();
  await expect(form.getByRole('group')).toHaveCount(DRAW);
  const two = await shown(form);
  // The bank has enough questions that the retake shows none of the first attempt's.
  expect(first.questions.length).toBeGreaterThanOrEqual(2 * DRAW);
  expect(two.filter((p) => one.includes(p))).toEqual([]);
  await answerAll(form, first.questions.filter((q) => two.includes(q.prompt)), () => true);
  result = await submitAndWait(page, form);
  await expect(result).toContainText(`Attempt 2: ${DRAW} of ${DRAW} questions right (100 %)`);

  await page.goto('records/');
  await expect(page.getByRole('row').filter({ hasText: first.title }).filter({ hasText: 'Verified' })).toHaveCount(2);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the file for HR' }).click()]);
  const bundle = JSON.parse(readFileSync((await download.path())!, 'utf8')) as { records: unknown[] };
  expect(bundle.records).toHaveLength(2);
  for (const record of bundle.records) {
    const v = await verifyRecord(record, manifest);
    expect(v.ok, v.ok ? '' : v.message).toBe(true);
    if (!v.ok) continue;
    expect(v.payload.v).toBe(2);
    expect(v.payload.answers).toHaveLength(DRAW);
    expect(v.payload.score.total).toBe(DRAW);
    expect(v.identity).toEqual({ method: 'self-declared' });
    // Against the manifest as built (every question per attempt), the drawn record fails regrade.
    const strict = await verifyRecord(record, built);
    expect(strict.ok ? 'valid' : strict.reason).toBe('regrade');
  }
});
