import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

/** What a page did that a test must fail on: other origins, console errors, CSP violations. */
export interface PageWatch {
  foreignRequests: string[];
  consoleErrors: string[];
  cspViolations: string[];
}

/**
 * `page` here records every request, console error, uncaught exception and
 * `securitypolicyviolation` event, and the test fails after it ends if any occurred
 * (a request to another origin included: the site must never leak a byte; `allowedOrigins` names the
 * one exception, the identity provider of the SSO build).
 * Tests that provoke an error on purpose list the expected text in `allowConsoleErrors`.
 */
export const test = base.extend<{ watch: PageWatch; allowConsoleErrors: RegExp[]; allowedOrigins: string[] }>({
  allowConsoleErrors: [[], { option: true }],
  // Origins besides the site's that pages may reach: only the identity provider, in the SSO project.
  allowedOrigins: [[], { option: true }],
  // eslint-disable-next-line no-empty-pattern
  watch: async ({}, use) => {
    await use({ foreignRequests: [], consoleErrors: [], cspViolations: [] });
  },
  page: async ({ page, watch, baseURL, allowConsoleErrors, allowedOrigins }, use) => {
    const origins = new Set([new URL(baseURL ?? 'http://localhost').origin, ...allowedOrigins.map((o) => new URL(o).origin)]);
    page.on('request', (req) => {
      const u = req.url();
      if (u.startsWith('data:') || u.startsWith('blob:') || u.startsWith('about:')) return;
      if (!origins.has(new URL(u).origin)) watch.foreignRequests.push(u);
    });
    page.on('console', (msg) => {
      if (msg.type() !== 'error') return;
      const text = msg.text();
      if (allowConsoleErrors.some((re) => re.test(text))) return;
      watch.consoleErrors.push(text);
    });
    page.on('pageerror', (err) => watch.consoleErrors.push(`uncaught: ${err.message}`));
    await page.exposeFunction('__agaReportCsp', (text: string) => watch.cspViolations.push(text));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        const report = (window as unknown as { __agaReportCsp: (t: string) => void }).__agaReportCsp;
        report(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`);
      });
    });
    await use(page);
    expect(watch.foreignRequests, 'requests to another origin').toEqual([]);
    expect(watch.consoleErrors, 'console errors').toEqual([]);
    expect(watch.cspViolations, 'Content-Security-Policy violations').toEqual([]);
  },
});

/** Runs axe (WCAG 2.2 A/AA rules and best practices) and fails on any violation. */
export async function expectNoAxeViolations(page: Page, label = page.url()): Promise<void> {
  await expectNoAxeViolationsIn(page, null, label);
}

/** expectNoAxeViolations over the part of the page that `selector` picks (null: the whole page). */
export async function expectNoAxeViolationsIn(page: Page, selector: string | null, label = page.url()): Promise<void> {
  const builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']);
  const results = await (selector ? builder.include(selector) : builder).analyze();
  const summary = results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
  expect(summary, `axe violations on ${label}`).toEqual([]);
}

export { expect };
