/**
 * A phone at 360 x 740: no page scrolls sideways, the header takes at most 15 % of the screen,
 * and the navigation, folded into a menu that needs no script, opens and leads on.
 */
import { builtPages } from '../support/site-pages';
import { expect, test } from './fixtures';

const pages = builtPages('dist').filter((p) => p !== '/404.html');

test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

test.describe('on a 360 px phone', () => {
  for (const scheme of ['light', 'dark'] as const) {
    test(`no page scrolls sideways and the header stays short (${scheme})`, async ({ page }) => {
      test.slow();
      await page.emulateMedia({ colorScheme: scheme });
      const problems: string[] = [];
      for (const path of pages) {
        await page.goto(path.replace(/^\//, ''));
        await expect(page.getByRole('main')).toBeVisible();
        const m = await page.evaluate(() => ({
          scroll: document.documentElement.scrollWidth,
          width: window.innerWidth,
          header: document.querySelector('header')?.getBoundingClientRect().height ?? 0,
          height: window.innerHeight,
        }));
        if (m.scroll > m.width) problems.push(`${path}: ${m.scroll} px wide in a ${m.width} px screen`);
        if (m.header > 0.15 * m.height) problems.push(`${path}: header ${Math.round(m.header)} px of ${m.height}`);
      }
      expect(problems).toEqual([]);
    });
  }

  test('the menu opens without a script and its links lead on', async ({ page }) => {
    await page.goto('./');
    const nav = page.getByRole('navigation', { name: 'Main' });
    await expect(nav).toBeHidden();
    await page.getByText('Menu', { exact: true }).click();
    await expect(nav).toBeVisible();
    await expect(page.getByRole('search', { name: 'Site search' })).toBeVisible();
    await nav.getByRole('link', { name: 'Guidelines', exact: true }).click();
    await expect(page).toHaveURL(/guidelines\/$/);
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  });
});
