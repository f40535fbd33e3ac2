/**
 * Issue 16: the certificate prints on exactly one A4 and one US Letter page and breaks no word on a
 * phone; the checker shows a plain "Allowed" in green, keeps its badges on one line and names a
 * value in its link that the registry does not know.
 */
import type { Page } from '@playwright/test';
import { readContent } from '../../src/build/content';
import { decide } from '../../src/lib/policy/decide';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { learner, modules, passModule, printCertificateOf } from './quiz-support';

const first = modules[0]!;
const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;

/** Passes the first module, opens My records and shows its certificate (the print dialog stubbed). */
async function openCertificate(page: Page) {
  await page.addInitScript(() => {
    window.print = () => undefined;
  });
  return printCertificateOf(page, first);
}

test('the certificate names the organisation, module, version, date, score, record id, verification and key codes, on one A4 and one Letter page', async ({ page }) => {
  const cert = await openCertificate(page);
  const org = readContent().org.name;
  for (const text of [org, first.title, `version ${first.version}`, learner.name, 'Score', 'Record id', 'Verification code', 'Key code']) {
    await expect(cert).toContainText(text);
  }
  for (const format of ['A4', 'Letter'] as const) {
    // Each print is a click: the page goes back to printing as a whole after one print.
    await page.getByRole('row').filter({ hasText: first.title }).getByRole('button', { name: /Print certificate/ }).click();
    const pdf = await page.pdf({ format, printBackground: true });
    expect(pdfPages(pdf), `${format} pages`).toBe(1);
  }
});

test('without the certificate view, printing My records is the whole page (more than one page)', async ({ page }) => {
  await passModule(page, first);
  await page.goto('records/');
  await expect(page.getByRole('row').filter({ hasText: first.title })).toContainText('Verified');
  expect(pdfPages(await page.pdf({ format: 'A4' }))).toBeGreaterThan(1);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

  for (const scheme of ['light', 'dark'] as const) {
    test(`the certificate breaks no word across lines (codes may wrap) and passes axe (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      const cert = await openCertificate(page);
      // A word split over two lines has two boxes; codes (record id, key code) are allowed to wrap.
      const split = await cert.evaluate((root) => {
        const broken: string[] = [];
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          if (n.parentElement?.closest('code')) continue;
          const text = n.textContent ?? '';
          for (const m of text.matchAll(/\S+/g)) {
            const range = document.createRange();
            range.setStart(n, m.index!);
            range.setEnd(n, m.index! + m[0].length);
            const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
            if (lines.size > 1) broken.push(m[0]);
          }
        }
        return broken;
      });
      expect(split).toEqual([]);
      await expectNoAxeViolations(page);
    });
  }
});

test.describe('the checker', () => {
  test('a combination allowed with no conditions shows a green "Allowed"', async ({ page }) => {
    // Today's registry attaches conditions to every approved platform, so the page is served with the
    // first approved platform's conditions and exceptions removed: the case a registry may well have.
    const content = readContent();
    const plain = content.platforms.find((p) => p.status === 'approved')!;
    const dataClass = content.dataClasses[0]!;
    const bare = { ...plain, conditions: [], excludes: [] };
    expect(decide(bare, dataClass.id, content.dataClasses).verdict).toBe('allowed');
    await page.route('**/guidelines/check/*', async (route) => {
      const response = await route.fetch();
      const html = (await response.text()).replace(/data-policy="([^"]*)"/, (_all, attr: string) => {
        const policy = JSON.parse(attr.replaceAll('&#34;', '"').replaceAll('&quot;', '"').replaceAll('&#39;', "'").replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&'));
        for (const p of policy.platforms) if (p.id === plain.id) Object.assign(p, { conditions: [], excludes: [] });
        return `data-policy="${JSON.stringify(policy).replaceAll('&', '&amp;').replaceAll('"', '&quot;')}"`;
      });
      await route.fulfill({ response, body: html });
    });
    await page.goto(`guidelines/check/?platform=${plain.id}&data=${dataClass.id}`);
    const heading = page.getByRole('heading', { level: 2, name: /Allowed/ });
    await expect(heading).toHaveText('✓ Allowed');
    const colours = await heading.evaluate((h) => {
      const box = getComputedStyle(h.closest('section')!);
      const probe = document.createElement('div');
      probe.style.color = getComputedStyle(document.documentElement).getPropertyValue('--aga-ok-bg').trim();
      document.body.append(probe);
      const ok = getComputedStyle(probe).color;
      probe.remove();
      return { background: box.backgroundColor, ok };
    });
    expect(colours.background, 'the verdict box has the green of --aga-ok-bg').toBe(colours.ok);
  });

  test('an unknown platform or data class in the link is named in a message', async ({ page }) => {
    await page.goto('guidelines/check/?platform=no-such-tool&data=top-secret');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('platform “no-such-tool”');
    await expect(alert).toContainText('data class “top-secret”');
    await expectNoAxeViolations(page);
  });

  test('verdict badges stay on one line on a phone', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto('guidelines/check/');
    const badges = page.getByRole('cell').getByText(/^\S?\s?(Allowed|Allowed with conditions|Not allowed)$/);
    expect(await badges.count()).toBeGreaterThan(0);
    // One line of a badge is about 1.5 of its font size high; two lines would be 3.
    const wrapped = await badges.evaluateAll((els) => els.filter((e) => e.getBoundingClientRect().height > 2.2 * parseFloat(getComputedStyle(e).fontSize)).map((e) => e.textContent));
    expect(wrapped).toEqual([]);
  });
});
