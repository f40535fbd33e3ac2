import { readFileSync } from 'node:fs';
import { parseHeadersFile } from '../support/static-server';
import { builtPages } from '../support/site-pages';
import { expect, expectNoAxeViolations, test } from './fixtures';

// The site as a host serves it: with the headers of public/_headers on every response.
const rules = parseHeadersFile(readFileSync('public/_headers', 'utf8'));
const required = rules.find((r) => r.pattern === '/*')!.headers;

test.describe('served with the deployment headers', () => {
  // One page of each type: every page is already visited at the root in pages.spec.ts.
  const all = builtPages('dist');
  const samples = [
    '/',
    all.find((p) => p.startsWith('/modules/'))!,
    '/records/',
    '/hr/',
    '/search/',
    '/guidelines/',
    '/guidelines/platforms/',
    all.find((p) => /^\/guidelines\/platforms\/[^/]+\/$/.test(p))!,
    '/guidelines/data-classes/',
    '/guidelines/check/',
    '/changelog/',
  ];
  for (const path of samples) {
    test(`${path} works under the host headers`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      const got = await response!.allHeaders();
      for (const [name, value] of required) expect(got[name.toLowerCase()], name).toBe(value);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await page.waitForLoadState('networkidle');
    });
  }

  test('hashed assets are cached for a year; the 404 page keeps the headers', async ({ page, request }) => {
    await page.goto('/');
    const css = await page.locator('link[rel="stylesheet"]').first().getAttribute('href');
    const asset = await request.get(css!);
    expect(asset.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
    const missing = await request.get('/no-such-page/');
    expect(missing.status()).toBe(404);
    expect(missing.headers()['x-content-type-options']).toBe('nosniff');
    await expectNoAxeViolations(page);
  });
});
