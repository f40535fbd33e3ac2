import { builtPages } from '../support/site-pages';
import { expect, test } from './fixtures';
import { learner, modules, passModule } from './quiz-support';

/**
 * The whole path under the host's real headers (this spec runs in the `headers` project, against
 * dist/ served with public/_headers): every page, a quiz, a search, the export from My records and
 * the import on the HR page. The fixture fails it on any CSP violation, console error or request
 * to another origin; the test adds that the HR import itself makes no request at all.
 */
test('learner and HR path: every page, quiz, search, export, HR import', async ({ page }) => {
  test.setTimeout(180_000);
  for (const path of builtPages('dist').filter((p) => p !== '/404.html')) {
    const response = await page.goto(path.replace(/^\//, ''));
    expect(response?.status(), path).toBe(200);
  }

  const first = modules[0]!;
  await passModule(page, first);

  await page.goto('search/?q=stack%20trace');
  const results = page.getByRole('list', { name: 'Search results' }).getByRole('listitem');
  await expect(results.first()).toBeVisible();

  await page.goto('records/');
  await expect(page.getByRole('row').filter({ hasText: first.title })).toContainText('Verified');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the file for HR' }).click()]);
  const bundlePath = (await download.path())!;

  await page.goto('hr/');
  await expect(page.getByLabel('Record files', { exact: true })).toBeEnabled();
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.getByLabel('Record files', { exact: true }).setInputFiles({ name: download.suggestedFilename(), mimeType: 'application/json', buffer: await import('node:fs').then((fs) => fs.readFileSync(bundlePath)) });
  const roster = page.getByRole('table', { name: 'Training status per employee' });
  const row = roster.getByRole('row').filter({ has: page.getByRole('rowheader', { name: learner.employeeId, exact: true }) });
  await expect(row).toContainText(learner.name);
  await expect(row).toContainText(/Passed/);
  expect(requests, 'requests made during the HR import').toEqual([]);
});
