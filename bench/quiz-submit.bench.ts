/**
 * The learner's first submit: from the click on "Submit answers" to the result region taking the focus,
 * on a fresh browser profile (no signing key yet, nothing cached), and a retake's submit on the same page.
 * Serves dist/ with the test harness's static server and drives Debian's Chromium, as the browser tests do.
 */
import { existsSync } from 'node:fs';
import { chromium, type Page } from '@playwright/test';
import type { BenchRow } from './run';
import { readContent } from '../src/build/content';
import { chromiumArgs, chromiumPath } from '../tests/support/chromium';
import { portOf, serveStatic } from '../tests/support/static-server';

const RUNS = 5;

/**
 * Answers every presented question of attempt `n` with its first option, submits, and returns ms
 * until the result has the focus. It waits for the form to say "Attempt n" first: until then the
 * questions presented may still be the last attempt's (a question skipped was a refused submit).
 */
async function submitOnce(page: Page, n: number): Promise<number> {
  const form = page.getByRole('form', { name: /^Quiz: / });
  await form.getByText(`Attempt ${n}`).waitFor({ state: 'visible' });
  for (const group of await form.getByRole('group').all()) {
    const first = group.getByRole('radio').or(group.getByRole('checkbox')).first();
    if (await first.isVisible()) await first.check();
  }
  const submit = form.getByRole('button', { name: 'Submit answers' });
  const started = await page.evaluate(() => performance.now());
  await submit.click();
  const result = page.getByRole('region', { name: /Your result/ });
  await result.or(page.getByRole('alert')).first().waitFor({ state: 'visible' });
  if (!(await result.isVisible())) throw new Error(`the quiz refused the submit: ${await page.getByRole('alert').first().textContent()}`);
  return page.evaluate(async (t0) => {
    // The page focuses the region in the same task that shows it; wait for that, then read the clock.
    while (!document.activeElement?.matches('[data-result]')) await new Promise((r) => requestAnimationFrame(r));
    return performance.now() - t0;
  }, started);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export default async function bench(): Promise<BenchRow[]> {
  if (!existsSync('dist/index.html')) throw new Error('dist/ is not built: run npm run build first');
  const module = readContent().modules.sort((a, b) => a.frontmatter.order - b.frontmatter.order)[0]!;
  const server = await serveStatic({ dir: 'dist', port: 0 });
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  const first: number[] = [];
  const retake: number[] = [];
  try {
    for (let i = 0; i < RUNS; i++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`http://localhost:${portOf(server)}/modules/${module.id}/`);
      const details = page.getByRole('form', { name: 'Your details' });
      if (await details.isVisible()) {
        await details.getByLabel('Name', { exact: true }).fill('Bench Learner');
        await details.getByLabel('Work email').fill('bench@example.com');
        await details.getByLabel('Employee ID').fill('E0001');
        await details.getByRole('button', { name: 'Save my details' }).click();
      }
      first.push(await submitOnce(page, 1));
      await page.getByRole('button', { name: 'Try again' }).click();
      retake.push(await submitOnce(page, 2));
      await context.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  const note = (xs: number[]) => `median of ${RUNS} (min ${Math.round(Math.min(...xs))}, max ${Math.round(Math.max(...xs))}); module ${module.id}`;
  return [
    { metric: 'first submit on a fresh profile (key made, record signed and stored)', value: Math.round(median(first)), unit: 'ms', note: note(first) },
    { metric: 'retake submit on the same page', value: Math.round(median(retake)), unit: 'ms', note: note(retake) },
  ];
}
