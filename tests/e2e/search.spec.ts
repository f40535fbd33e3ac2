import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { readContent } from '../../src/build/content';
import { expect, expectNoAxeViolations, test } from './fixtures';

const { platforms, modules } = readContent();

/** The pages Pagefind indexed, decoded from the fragments the build wrote (gzip, then a signature, then JSON). */
function indexedPages(dist = 'dist'): Array<{ url: string; content: string; filters: Record<string, string[]> }> {
  const dir = join(dist, 'pagefind', 'fragment');
  return readdirSync(dir).map((f) => {
    const text = gunzipSync(readFileSync(join(dir, f))).toString('utf8');
    return JSON.parse(text.slice(text.indexOf('{'))) as { url: string; content: string; filters: Record<string, string[]> };
  });
}

/** Searches from the search page's own box and waits for the count in the live region. */
async function search(page: import('@playwright/test').Page, query: string) {
  await page.goto(`/search/?q=${encodeURIComponent(query)}`);
  const escaped = query.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  await expect(page.getByRole('status')).toHaveText(new RegExp(`(\\d+ results?|No results) for “${escaped}”`));
  return page.getByRole('list', { name: 'Search results' }).getByRole('listitem').filter({ has: page.getByRole('heading') });
}

test.describe('the index', () => {
  const pages = indexedPages();

  test('holds module bodies and guideline pages, with a kind on each', () => {
    const urls = pages.map((p) => p.url);
    for (const m of modules) expect(urls).toContain(`/modules/${m.id}/`);
    for (const p of platforms) expect(urls).toContain(`/guidelines/platforms/${p.id}/`);
    expect(urls).toContain('/guidelines/data-classes/');
    expect(urls).not.toContain('/search/');
    for (const p of pages) expect(p.filters.kind?.length, p.url).toBe(1);
  });

  test('leaves navigation, footer and quiz answers out', () => {
    const all = pages.map((p) => p.content).join('\n');
    expect(all).not.toContain('Skip to content');
    expect(all).not.toContain('Nothing is sent anywhere');
    // Long option texts and explanations are specific enough not to occur in the module text itself.
    const answers = modules.flatMap((m) => m.quiz.questions.flatMap((q) => [...q.options.map((o) => o.text), q.explanation])).filter((t) => t.length >= 30);
    for (const text of answers) expect(all, text).not.toContain(text);
  });
});

test.describe('searching', () => {
  for (const p of platforms) {
    test(`the name "${p.name}" finds its registry entry first`, async ({ page }) => {
      const results = await search(page, p.name);
      await expect(results.first().getByRole('heading').getByRole('link')).toHaveAttribute('href', `/guidelines/platforms/${p.id}/`);
      await expect(results.first()).toContainText(`Platform · ${p.name}`);
    });
  }

  test('the header box is a plain form to /search/?q= and the results come up', async ({ page }) => {
    await page.goto('/guidelines/');
    const box = page.getByRole('search', { name: 'Site search' }).getByRole('searchbox');
    await box.fill(platforms[0]!.name);
    await box.press('Enter');
    await expect(page).toHaveURL(new RegExp(`/search/\\?q=`));
    await expect(page.getByLabel('Search for')).toHaveValue(platforms[0]!.name);
    await expect(page.getByRole('list', { name: 'Search results' }).getByRole('listitem').first()).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('searches as you type and keeps the query in the URL', async ({ page }) => {
    await page.goto('/search/');
    await page.getByLabel('Search for').pressSequentially('data classes', { delay: 20 });
    await expect(page.getByRole('status')).toHaveText(/\d+ results? for “data classes”/);
    await expect(page).toHaveURL(/\?q=data\+classes$/);
  });

  test('filters by kind, in the URL too', async ({ page }) => {
    const everything = await search(page, 'data');
    const total = await everything.count();
    await page.getByRole('radio', { name: 'Platforms' }).check();
    await expect(page.getByRole('status')).toHaveText(/in platforms\.$/);
    await expect(page).toHaveURL(/kind=Platform/);
    const filtered = page.getByRole('list', { name: 'Search results' }).getByRole('listitem').filter({ has: page.getByRole('heading') });
    const n = await filtered.count();
    expect(n).toBeGreaterThan(0);
    expect(n).toBeLessThan(total);
    for (const text of await filtered.locator('.search-result__from').allTextContents()) expect(text).toMatch(/^Platform · /);
    await page.getByRole('radio', { name: 'Training modules' }).check();
    for (const href of await page.getByRole('list', { name: 'Search results' }).locator('h2 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))) {
      expect(href).toMatch(/^\/modules\//);
    }
    await page.reload();
    await expect(page.getByRole('radio', { name: 'Training modules' })).toBeChecked();
  });

  test('says so when nothing matches', async ({ page }) => {
    const results = await search(page, 'xyzzyplugh');
    await expect(results).toHaveCount(0);
    await expect(page.getByRole('status')).toHaveText('No results for “xyzzyplugh”.');
  });

  test('keyboard alone: type, arrow down to the first result, open it', async ({ page }) => {
    const p = platforms[0]!;
    await page.goto('/search/');
    await page.keyboard.press('Tab');
    // Skip link, brand, five navigation links, header search box and button, then the page's box.
    const box = page.getByLabel('Search for');
    for (let i = 0; i < 12 && !(await box.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    await expect(box).toBeFocused();
    await page.keyboard.type(p.name);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status')).toHaveText(/results? for/);
    await page.keyboard.press('ArrowDown');
    const first = page.getByRole('list', { name: 'Search results' }).getByRole('link').first();
    await expect(first).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`/guidelines/platforms/${p.id}/$`));
  });
});
