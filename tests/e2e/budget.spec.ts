import { readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { builtPages } from '../support/site-pages';
import { expect, test } from './fixtures';

/** Issue 4: a module page loads at most 12 KB of JavaScript, gzip-compressed, before interaction. */
const BUDGET = 12 * 1024;
const modulePages = builtPages('dist').filter((p) => p.startsWith('/modules/'));

const gzipBytes = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

/** Static imports of an ES module (`import x from "y"`, `import "y"`, `export * from "y"`); dynamic `import()` is not followed. */
function staticImports(code: string): string[] {
  const out: string[] = [];
  for (const m of code.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+\.js)["']/g)) out.push(m[1]!);
  return out;
}

/** Every JS file a page loads before interaction: its module scripts and their static imports, as dist paths. */
function firstLoadFiles(pagePath: string): string[] {
  const html = readFileSync(join('dist', pagePath, 'index.html'), 'utf8');
  const queue = [...html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)].map((m) => posix.normalize(m[1]!));
  const seen = new Set<string>();
  while (queue.length > 0) {
    const url = queue.shift()!;
    if (seen.has(url)) continue;
    seen.add(url);
    const code = readFileSync(join('dist', url), 'utf8');
    for (const spec of staticImports(code)) queue.push(spec.startsWith('/') ? spec : posix.join(dirname(url), spec));
  }
  return [...seen];
}

test.describe('JavaScript budget of module pages', () => {
  test('the module graph of every module page stays within 12 KB gzip, without zod or the signing code', () => {
    expect(modulePages.length).toBeGreaterThan(0);
    for (const path of modulePages) {
      const files = firstLoadFiles(path);
      const total = files.reduce((sum, f) => sum + gzipBytes(join('dist', f)), 0);
      console.log(`${path}: ${files.length} JS files, ${total} bytes gzip before interaction`);
      expect(total, `${path} first-load JS (gzip bytes)`).toBeLessThanOrEqual(BUDGET);
      const code = files.map((f) => readFileSync(join('dist', f), 'utf8')).join('\n');
      // zod's error map and jose's JWS code would show these strings if they were in the first load.
      expect(code).not.toContain('invalid_type');
      expect(code).not.toContain('ES256');
    }
  });

  test('the JavaScript the browser fetches on load stays within the budget', async ({ page }) => {
    const path = modulePages[0]!;
    const loaded: string[] = [];
    page.on('response', (res) => {
      const url = new URL(res.url());
      if (url.pathname.endsWith('.js')) loaded.push(url.pathname);
    });
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    expect(loaded.length).toBeGreaterThan(0);
    const total = loaded.reduce((sum, p) => sum + gzipBytes(join('dist', p)), 0);
    expect(total).toBeLessThanOrEqual(BUDGET);
    expect(loaded.some((p) => p.includes('submit'))).toBe(false);
  });
});
