/**
 * `npm run screenshots`: what a reviewer looks at on the learner's side, at a laptop's and a phone's
 * size in both colour schemes, into screenshots/ (ignored by git): the module page, its quiz, a quiz
 * result not passed and passed, the module page after a pass, and the certificate. Six images per
 * size and scheme, 24 in all. It waits on what the pages announce, as the browser tests do.
 */
import { mkdirSync } from 'node:fs';
import { expect, test } from '../e2e/fixtures';
import { answerAll, modules, passModule, quizForm, quizReady, saveProfile, submitAndWait } from '../e2e/quiz-support';

const OUT = 'screenshots';
const SIZES = { laptop: { width: 1280, height: 800 }, phone: { width: 360, height: 740 } } as const;
const SCHEMES = ['light', 'dark'] as const;
const m = modules[0]!;

mkdirSync(OUT, { recursive: true });

for (const [size, viewport] of Object.entries(SIZES)) {
  for (const scheme of SCHEMES) {
    test(`learner pages, ${size}, ${scheme}`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await page.emulateMedia({ colorScheme: scheme });
      const shot = (name: string) => page.screenshot({ path: `${OUT}/${name}-${size}-${scheme}.png`, fullPage: size === 'laptop' });

      await page.goto(`modules/${m.id}/`);
      const details = page.getByRole('form', { name: 'Your details' });
      await expect(details).toBeVisible();
      await shot('1-module');

      await saveProfile(page);
      const form = quizForm(page, m.title);
      await quizReady(form);
      await form.scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${OUT}/1-quiz-${size}-${scheme}.png` });
      await answerAll(form, m.questions, () => false);
      const failed = await submitAndWait(page, form);
      await expect(failed.getByRole('heading')).toContainText('Your result');
      await shot('2-result-not-passed');

      await passModule(page, m);
      await shot('3-result-passed');

      await page.goto(`modules/${m.id}/`);
      await expect(page.getByText(/Passed on .+, valid until/).first()).toBeVisible();
      await shot('4-module-passed-before');

      // The passed panel's link opens My records at that certificate.
      await page.getByRole('link', { name: /certificate/i }).first().click();
      await expect(page.getByRole('region', { name: 'Certificate of completion' })).toBeVisible();
      await shot('5-certificate');
    });
  }
}
