import { builtPages } from '../support/site-pages';
import { expect, test } from './fixtures';

// The same site built with base /academy/: every internal link and asset must stay under it.
const pages = builtPages('dist-subpath').filter((p) => p !== '/404.html');

for (const path of pages) {
  test(`under /academy/: ${path} links only inside the sub-path`, async ({ page, request }) => {
    const response = await page.goto(path.replace(/^\//, ''));
    expect(response?.status()).toBe(200);
    const hrefs = await page.locator('a[href], link[href], script[src]').evaluateAll((els) =>
      els.map((el) => el.getAttribute('href') ?? el.getAttribute('src') ?? ''),
    );
    const internal = hrefs.filter((h) => h.startsWith('/'));
    const outside = internal.filter((h) => !h.startsWith('/academy/'));
    expect(outside, 'root-relative links that ignore the base').toEqual([]);
    for (const href of new Set(internal.map((h) => h.split('#')[0]!.split('?')[0]!))) {
      const r = await request.get(href);
      expect(r.status(), href).toBe(200);
    }
  });
}
