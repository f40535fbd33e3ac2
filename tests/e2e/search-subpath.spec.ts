import { readContent } from '../../src/build/content';
import { expect, test } from './fixtures';

// Runs in the "subpath" project: the site built with base /academy/. The bundle and the result links must stay under it.
const { platforms } = readContent();

test('under /academy/: search loads its bundle from the sub-path and links into it', async ({ page }) => {
  const p = platforms[0]!;
  const requested: string[] = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await page.goto(`search/?q=${encodeURIComponent(p.name)}`);
  await expect(page.getByRole('status')).toHaveText(/\d+ results? for/);
  const first = page.getByRole('list', { name: 'Search results' }).getByRole('heading').first().getByRole('link');
  await expect(first).toHaveAttribute('href', `/academy/guidelines/platforms/${p.id}/`);
  expect(requested.filter((u) => u.includes('/pagefind/')).every((u) => u.startsWith('/academy/pagefind/'))).toBe(true);
  expect(requested.some((u) => u.startsWith('/academy/pagefind/'))).toBe(true);
  await first.click();
  await expect(page.getByRole('heading', { level: 1, name: p.name })).toBeVisible();
});
