import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { headingSlugs, readContent } from '../../src/build/content';
import { splitFrontmatter } from '../../src/build/read';
import { expect, expectNoAxeViolations, test } from './fixtures';

const { platforms, modules, dataClasses } = readContent();

/** Each module section as `/modules/<id>/#<slug>` with its heading and body text, from the MDX source. */
function moduleSections(): Array<{ href: string; heading: string; text: string }> {
  const out: Array<{ href: string; heading: string; text: string }> = [];
  for (const m of modules) {
    const body = splitFrontmatter(readFileSync(m.file, 'utf8'))!.body;
    const slugs = headingSlugs(body);
    let current: { href: string; heading: string; text: string } | undefined;
    let fence = false;
    let k = 0;
    for (const line of body.split(/\r?\n/)) {
      if (/^\s*(```|~~~)/.test(line)) fence = !fence;
      const h = fence ? null : /^#{1,6}\s+(.+)$/.exec(line);
      if (h) {
        current = { href: `/modules/${m.id}/#${slugs[k++]}`, heading: h[1]!, text: '' };
        out.push(current);
      } else if (current) current.text += `${line}\n`;
    }
  }
  return out;
}

/**
 * The right first answers for a phrase: the sections whose heading names it, or failing that,
 * the module sections and data classes whose text holds it.
 */
function rightSections(phrase: RegExp): { exact: string[]; prefixes: string[] } {
  const sections = moduleSections();
  const named = sections.filter((s) => phrase.test(s.heading)).map((s) => s.href);
  if (named.length > 0) return { exact: named, prefixes: [] };
  return {
    exact: sections.filter((s) => phrase.test(s.text)).map((s) => s.href),
    prefixes: dataClasses.filter((c) => phrase.test([c.meaning, c.aiRule, ...c.examples].join(' '))).map((c) => `/guidelines/data-classes/#${c.id}`),
  };
}

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
  // The first search loads Pagefind's runtime and wasm; on a busy shared machine that takes more than the default 5 s.
  await expect(page.getByRole('status')).toHaveText(new RegExp(`(\\d+ results?|No results) for “${escaped}”`), { timeout: 20_000 });
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

  test('indexes the policy tables once, on their guideline pages, not again inside modules', () => {
    const moduleText = pages.filter((p) => p.url.startsWith('/modules/')).map((p) => p.content).join('\n');
    for (const caption of ['Data classes, least to most sensitive', 'AI platform registry']) {
      expect(moduleText.includes(caption), `a module's indexed text holds the table "${caption}"`).toBe(false);
    }
    // Each data class's examples are still found, on the data-class page.
    const classes = pages.find((p) => p.url === '/guidelines/data-classes/')!.content;
    for (const c of dataClasses) for (const example of c.examples) expect(classes, example).toContain(example);
  });
});

test.describe('searching', () => {
  for (const [query, phrase] of [['stack trace', /stack traces?/i], ['API key', /API keys?/i]] as const) {
    test(`"${query}" lands on the section that answers it first`, async ({ page }) => {
      const right = rightSections(phrase);
      expect(right.exact.length + right.prefixes.length, 'the content has a section about it').toBeGreaterThan(0);
      const results = await search(page, query);
      const href = (await results.first().getByRole('heading').getByRole('link').getAttribute('href')) ?? '';
      expect(href, `first result; expected one of ${[...right.exact, ...right.prefixes].join(', ')}`).toContain('#');
      expect(right.exact.includes(href) || right.prefixes.some((p) => href.startsWith(p)), `${href} is not a section about "${query}"`).toBe(true);
      // The section's heading is shown as the result's title, and the source page beside it.
      await expect(results.first().locator('.search-result__from')).toHaveText(/^(Training module|Data class) · /);
      await expectNoAxeViolations(page);
    });
  }

  for (const p of platforms) {
    test(`the name "${p.name}" finds its registry entry first`, async ({ page }) => {
      const results = await search(page, p.name);
      await expect(results.first().getByRole('heading').getByRole('link')).toHaveAttribute('href', new RegExp(`^/guidelines/platforms/${p.id}/(#.*)?$`));
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
    await search(page, 'data');
    const count = async () => Number(/^(\d+)/.exec((await page.getByRole('status').textContent()) ?? '')?.[1]);
    const total = await count();
    await page.getByRole('radio', { name: 'Platforms' }).check();
    await expect(page.getByRole('status')).toHaveText(/in platforms\.$/);
    await expect(page).toHaveURL(/kind=Platform/);
    const filtered = page.getByRole('list', { name: 'Search results' }).getByRole('listitem').filter({ has: page.getByRole('heading') });
    const n = await count();
    expect(n).toBe(platforms.length);
    expect(n).toBeLessThan(total);
    expect(await filtered.count()).toBe(Math.min(n, 10));
    for (const text of await filtered.locator('.search-result__from').allTextContents()) expect(text).toMatch(/^Platform · /);
    await page.getByRole('radio', { name: 'Training modules' }).check();
    await expect(page.getByRole('status')).toHaveText(/in training modules\.$/);
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
