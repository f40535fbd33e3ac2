/**
 * Issue 16, home and My records: the progress over the whole path with a button to the next module,
 * and My records in the order a learner needs it: results, the one file for HR, then the rest.
 */
import { expect, expectNoAxeViolations, test } from './fixtures';
import { modules, passModule } from './quiz-support';

const [first, second] = modules;

test('home: overall progress and a button to the module to do next', async ({ page }) => {
  await page.goto('./');
  const progress = page.getByRole('region', { name: 'Your progress' });
  await expect(progress.getByRole('status')).toHaveText(`0 of ${modules.length} modules passed`);
  await expect(progress.getByRole('link', { name: `Start: ${first!.title}` })).toHaveAttribute('href', new RegExp(`modules/${first!.id}/$`));

  await passModule(page, first!);
  await page.goto('./');
  await expect(progress.getByRole('status')).toHaveText(`1 of ${modules.length} modules passed`);
  const next = progress.getByRole('link', { name: `Continue: ${second!.title}` });
  await next.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(second!.title);
});

test('My records: results first, then the file for HR as the one primary action, then details and key', async ({ page }) => {
  await passModule(page, first!);
  await page.goto('records/');
  const headings = await page.getByRole('main').getByRole('heading', { level: 2 }).allTextContents();
  const order = ['Your results', 'Hand in your results', 'Your details', 'Your signing key'].map((h) => headings.indexOf(h));
  expect(order.every((i) => i >= 0), `headings: ${headings.join(' | ')}`).toBe(true);
  expect([...order].sort((a, b) => a - b)).toEqual(order);

  const handIn = page.getByRole('region', { name: 'Hand in your results' });
  const [download] = await Promise.all([page.waitForEvent('download'), handIn.getByRole('button', { name: 'Download the file for HR' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^aga-records-E1815-\d{4}-\d{2}-\d{2}\.json$/);
  await expect(handIn.getByRole('status').first()).toContainText('Saved aga-records-');
  // The other formats are there, each with a sentence saying what it is for.
  for (const [name, about] of [['Export CSV', /spreadsheet/], ['Export xAPI', /learning record store/]] as const) {
    const button = handIn.getByRole('button', { name, exact: true });
    await expect(button).toBeVisible();
    await expect(button.locator('xpath=ancestor::div[1]')).toContainText(about);
  }
});

for (const scheme of ['light', 'dark'] as const) {
  test(`home and My records with a result pass axe (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await passModule(page, first!);
    await page.goto('./');
    await expect(page.getByRole('region', { name: 'Your progress' }).getByRole('status')).toHaveText(/1 of/);
    await expectNoAxeViolations(page);
    await page.goto('records/');
    await expect(page.getByRole('cell', { name: 'Verified' })).toBeVisible();
    await expectNoAxeViolations(page);
  });
}
