import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages, mayShipJavaScript } from '../support/site-pages';
import { expect, expectNoAxeViolations, test } from './fixtures';

const pages = builtPages('dist').filter((p) => p !== '/404.html');

test.describe('every page', () => {
  for (const path of pages) {
    test(`${path} loads cleanly, stays on this origin and passes axe`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
      await expect(page.getByRole('main')).toBeVisible();
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await page.waitForLoadState('networkidle');
      await expectNoAxeViolations(page);
    });
  }

  test.describe('404', () => {
    // The browser logs the 404 status of the page itself as a console error; that one is expected.
    test.use({ allowConsoleErrors: [/status of 404/] });
    test('unknown addresses get the 404 page', async ({ page }) => {
    const response = await page.goto('/no-such-page/');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    await expectNoAxeViolations(page);
    });
  });

  test('the frame: skip link, navigation, footer with the policy version', async ({ page }) => {
    await page.goto('/');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await expect(skip).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('main')).toBeFocused();
    const nav = page.getByRole('navigation', { name: 'Main' });
    for (const label of ['Training', 'Guidelines', 'Search', 'My records', 'HR']) {
      await expect(nav.getByRole('link', { name: label, exact: true })).toBeVisible();
    }
    await expect(page.getByRole('contentinfo')).toContainText(/policy, version \S+/);
  });

  test('the training path lists every module in order with minutes and a status slot', async ({ page }) => {
    await page.goto('/');
    const items = page.getByRole('list', { name: 'Training path' }).getByRole('listitem');
    expect(await items.count()).toBeGreaterThanOrEqual(2);
    await expect(items.first()).toContainText(/About \d+ minutes/);
    await expect(items.first().locator('[data-status-for]')).toHaveCount(1);
  });
});

test('pages docs/architecture.md does not list as interactive ship no JavaScript', () => {
  const offenders: string[] = [];
  for (const path of builtPages('dist')) {
    if (mayShipJavaScript(path)) continue;
    const file = path.endsWith('.html') ? join('dist', path) : join('dist', path, 'index.html');
    const html = readFileSync(file, 'utf8');
    if (/<script\b/i.test(html)) offenders.push(path);
  }
  expect(offenders).toEqual([]);
});
