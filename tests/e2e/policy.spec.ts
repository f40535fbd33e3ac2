import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { readContent } from '../../src/build/content';
import { exporterFor } from '../../src/lib/export/exporters';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { learner, saveProfile } from './quiz-support';

const policy = readContent().policy;
if (!policy) throw new Error('the policy tests need content/policy/policy.mdx');
const { version } = policy;
const min = policy.frontmatter.minReadingSeconds;

/** Makes the page report itself hidden or visible, as switching tabs does. */
async function setVisible(page: Page, visible: boolean): Promise<void> {
  await page.evaluate((v) => {
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => (v ? 'visible' : 'hidden') });
    document.dispatchEvent(new Event('visibilitychange'));
  }, visible);
}

test.describe('AI-use policy', () => {
  test('accept only after reading for the minimum time (paused while hidden); signed, shown at home, exported, verified and in HR\'s roster', async ({ page, browser, baseURL }) => {
    // The page's clock stands still unless the test moves it: reading time is what the test says it is.
    await page.clock.install({ time: new Date('2026-12-02T09:00:00.000Z') });
    await page.clock.pauseAt(new Date('2026-12-02T09:00:01.000Z'));
    await page.goto('policy/');
    await expect(page.getByRole('heading', { level: 1, name: policy.frontmatter.title })).toBeVisible();
    await saveProfile(page);
    const accept = page.getByRole('button', { name: `I have read and accept version ${version}` });
    const timer = page.getByRole('timer');
    await expect(accept).toBeDisabled();
    await expect(timer).toHaveText(`You can accept in ${min} seconds.`);

    await page.clock.runFor((min - 30) * 1000);
    await expect(timer).toHaveText('You can accept in 30 seconds.');
    await setVisible(page, false);
    await page.clock.runFor(120_000);
    await expect(timer).toHaveText('You can accept in 30 seconds (paused while this page is hidden).');
    await expect(accept).toBeDisabled();
    await setVisible(page, true);
    await page.clock.runFor(32_000);
    await expect(page.getByRole('status').filter({ hasText: 'You can now accept the policy.' })).toBeVisible();
    await accept.click();
    await expect(page.getByRole('status').filter({ hasText: `Accepted: version ${version}, signed on this device.` })).toBeVisible();
    await expect(accept).toBeHidden();

    await page.goto('./');
    await expect(page.getByRole('region', { name: policy.frontmatter.title })).toContainText(/Accepted on \d{4}-\d{2}-\d{2}/);
    await page.goto('policy/');
    await expect(page.getByText(new RegExp(`You accepted version ${version.replace('.', '\\.')} on`))).toBeVisible();

    await page.goto('records/');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: exporterFor('bundle').label }).click()]);
    const file = (await download.path())!;
    const bundle = JSON.parse(readFileSync(file, 'utf8')) as { records: unknown[] };
    expect(bundle.records).toHaveLength(1);
    // The CLI verifies it as an acknowledgement against the built site's manifest.
    const out = execFileSync(process.execPath, ['bin/aga.mjs', 'verify', '--manifest', 'dist/records/manifest.json', file], { encoding: 'utf8' });
    expect(out).toMatch(/\t0\tvalid\t-\t/);

    // HR's page shows the acceptance in the roster, in its own browser (with the real clock).
    const hrContext = await browser.newContext({ baseURL });
    const hr = await hrContext.newPage();
    await hr.goto('hr/');
    const files = hr.getByLabel('Record files', { exact: true });
    await expect(files).toBeEnabled();
    await files.setInputFiles(file);
    await expect(hr.getByText(/^Imported 1 of 1 files?: 1 valid record/)).toBeVisible();
    const roster = hr.getByRole('table', { name: 'Training status per employee' });
    const headers = (await roster.getByRole('columnheader').allInnerTexts()).map((h) => h.replace(/[↕▲▼]/g, '').trim());
    const column = headers.indexOf(`Policy ${version} acknowledged`);
    expect(column, headers.join(' | ')).toBeGreaterThan(0);
    const row = roster.getByRole('row').filter({ has: hr.getByRole('rowheader', { name: learner.employeeId, exact: true }) });
    await expect(row.locator('th, td').nth(column)).toHaveText('2026-12-02');
    await hrContext.close();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`axe clean while counting down, ${colorScheme} scheme`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto('policy/');
      await saveProfile(page);
      await expect(page.getByRole('timer')).toHaveText(/You can accept in \d+ seconds/);
      await expectNoAxeViolations(page);
    });
  }

  test('the page reads without JavaScript and says that accepting needs it', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
    const page = await context.newPage();
    await page.goto('policy/');
    await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
    await expect(page.getByText('Accepting needs JavaScript in this browser.')).toBeVisible();
    await context.close();
  });
});
