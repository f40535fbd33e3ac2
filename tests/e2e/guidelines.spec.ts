import { readContent } from '../../src/build/content';
import { decide, STATUS_LABELS, VERDICT_LABELS } from '../../src/lib/policy/decide';
import { DATA_CLASS_IDS } from '../../src/schemas/data-classes';
import type { Platform } from '../../src/schemas/platforms';
import { expect, expectNoAxeViolations, test } from './fixtures';

// Expected answers come from the registry itself and the decision function, never from vendor names.
const { platforms, dataClasses: classes, modules, lock } = readContent();
const verdictOf = (p: Platform, classId: string) => VERDICT_LABELS[decide(p, classId, classes).verdict];

/** A case for each kind of answer, picked from whatever the registry holds. */
function pick() {
  const prohibited = platforms.find((p) => p.status === 'prohibited');
  const restricted = platforms.find((p) => p.status !== 'prohibited' && p.maxDataClass && DATA_CLASS_IDS.indexOf(p.maxDataClass) < classes.length - 1);
  const approved = platforms.find((p) => p.status === 'approved');
  return {
    prohibited: prohibited && { platform: prohibited, cls: classes[0]!.id },
    // A class above the platform's highest class: refused though the platform is usable.
    restricted: restricted && { platform: restricted, cls: classes[classes.length - 1]!.id },
    approved: approved && { platform: approved, cls: approved.maxDataClass! },
  };
}
const cases = pick();

test.describe('the checker', () => {
  for (const [label, c] of Object.entries(cases)) {
    test(`${label} platform: choosing gives the verdict, the rule and the links`, async ({ page }) => {
      test.skip(!c, `the registry has no ${label} platform`);
      const { platform, cls } = c!;
      const decision = decide(platform, cls, classes);
      await page.goto('/guidelines/check/');
      await page.getByLabel('Platform', { exact: true }).selectOption(platform.id);
      await page.getByLabel('Data class', { exact: true }).selectOption(cls);
      const verdict = page.getByRole('region', { name: VERDICT_LABELS[decision.verdict] });
      await expect(verdict).toBeVisible();
      await expect(verdict).toContainText(decision.ruleText);
      for (const condition of decision.conditions) await expect(verdict.getByRole('listitem').filter({ hasText: condition })).toHaveCount(1);
      if (label === 'prohibited' || label === 'restricted') expect(decision.verdict).toBe('not-allowed');
      await expect(verdict.getByRole('link', { name: `Registry entry: ${platform.name}` })).toBeVisible();
      const hrefs = await verdict.getByRole('link').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
      for (const href of hrefs) expect((await page.request.get(href)).status(), href).toBe(200);
      await expect(page).toHaveURL(new RegExp(`\\?platform=${platform.id}&data=${cls}$`));
      await expectNoAxeViolations(page);
    });
  }

  test('a deep link restores the choice and the verdict', async ({ page }) => {
    const p = platforms[platforms.length - 1]!;
    const cls = classes[1]!;
    await page.goto(`/guidelines/check/?platform=${p.id}&data=${cls.id}`);
    await expect(page.getByLabel('Platform', { exact: true })).toHaveValue(p.id);
    await expect(page.getByLabel('Data class', { exact: true })).toHaveValue(cls.id);
    await expect(page.getByRole('heading', { level: 2, name: verdictOf(p, cls.id) })).toBeVisible();
    await expect(page.getByText(`${p.name} with ${cls.name} data`)).toBeVisible();
  });

  test('an unknown id in the link leaves the choice open', async ({ page }) => {
    await page.goto(`/guidelines/check/?platform=no-such-tool&data=${classes[0]!.id}`);
    await expect(page.getByLabel('Platform', { exact: true })).toHaveValue('');
    await expect(page.getByText('Choose a platform and a data class')).toBeVisible();
  });

  test('works with the keyboard alone', async ({ page }) => {
    const p = platforms[0]!;
    await page.goto('/guidelines/check/');
    const select = page.getByLabel('Platform', { exact: true });
    await select.focus();
    // Typing on a focused select picks the option that starts with the typed text.
    await page.keyboard.type(p.name.slice(0, 6));
    await expect(select).toHaveValue(platforms.find((x) => x.name.toLowerCase().startsWith(p.name.slice(0, 6).toLowerCase()))!.id);
    await page.keyboard.press('Tab');
    await expect(page.getByLabel('Data class', { exact: true })).toBeFocused();
    await page.keyboard.type(classes[0]!.name.slice(0, 3));
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Check' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 2, name: verdictOf(platforms.find((x) => x.name.toLowerCase().startsWith(p.name.slice(0, 6).toLowerCase()))!, classes[0]!.id) })).toBeVisible();
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the checker shows the full matrix computed by the same rule', async ({ page }) => {
    await page.goto('/guidelines/check/');
    const matrix = page.getByRole('table', { name: 'Verdict for each platform and data class' });
    await expect(matrix.getByRole('row')).toHaveCount(platforms.length + 1);
    for (const p of platforms) {
      const row = matrix.getByRole('row').filter({ has: page.getByRole('rowheader', { name: p.name, exact: true }) });
      const cells = row.getByRole('cell');
      await expect(cells).toHaveCount(classes.length);
      for (const [i, c] of classes.entries()) await expect(cells.nth(i)).toHaveText(new RegExp(`${verdictOf(p, c.id)}$`));
    }
  });

  test('the registry table is complete and the filters stay hidden', async ({ page }) => {
    await page.goto('/guidelines/platforms/');
    await expect(page.getByRole('table').getByRole('row')).toHaveCount(platforms.length + 1);
    await expect(page.getByLabel('Status')).toBeHidden();
  });
});

test.describe('the platform registry', () => {
  test('filters by status and by data class, and says how many are shown', async ({ page }) => {
    await page.goto('/guidelines/platforms/');
    const rows = page.getByRole('table').getByRole('rowgroup').nth(1).getByRole('row');
    await expect(rows).toHaveCount(platforms.length);
    for (const status of ['approved', 'conditional', 'prohibited'] as const) {
      await page.getByLabel('Status').selectOption(status);
      const n = platforms.filter((p) => p.status === status).length;
      await expect(rows.filter({ visible: true })).toHaveCount(n);
      if (n > 0) await expect(rows.filter({ visible: true }).first()).toContainText(STATUS_LABELS[status]);
      await expect(page.getByText(n === platforms.length ? `${n} platforms.` : `Showing ${n} of ${platforms.length} platforms.`)).toBeVisible();
    }
    await page.getByLabel('Status').selectOption('');
    const top = classes[classes.length - 1]!;
    await page.getByLabel('Allows data up to at least').selectOption({ label: top.name });
    await expect(rows.filter({ visible: true })).toHaveCount(platforms.filter((p) => p.maxDataClass === top.id).length);
    await page.getByLabel('Allows data up to at least').selectOption('');
    const first = platforms[0]!;
    await page.getByLabel('Name or vendor').fill(first.name);
    await expect(rows.filter({ visible: true }).first()).toContainText(first.name);
    await expectNoAxeViolations(page);
  });

  test('sorts by a column from the keyboard, with aria-sort', async ({ page }) => {
    await page.goto('/guidelines/platforms/');
    const header = page.getByRole('columnheader', { name: 'Last reviewed' });
    await header.getByRole('button').focus();
    await page.keyboard.press('Enter');
    await expect(header).toHaveAttribute('aria-sort', 'ascending');
    const dates = async () => page.locator('tbody time').allTextContents();
    const asc = await dates();
    expect(asc).toEqual([...asc].sort());
    await page.keyboard.press('Enter');
    await expect(header).toHaveAttribute('aria-sort', 'descending');
    expect(await dates()).toEqual([...asc].sort().reverse());
    const status = page.getByRole('columnheader', { name: 'Status' });
    await status.getByRole('button').click();
    await expect(status).toHaveAttribute('aria-sort', 'ascending');
    await expect(header).not.toHaveAttribute('aria-sort', /.+/);
    const order = { approved: 0, conditional: 1, prohibited: 2 } as const;
    const shown = (await page.locator('tbody tr').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.status))) as Array<keyof typeof order>;
    expect(shown.map((s) => order[s])).toEqual(shown.map((s) => order[s]).sort());
    await expectNoAxeViolations(page);
  });

  for (const p of platforms) {
    test(`${p.id}: its page shows the full entry`, async ({ page }) => {
      await page.goto(`/guidelines/platforms/${p.id}/`);
      await expect(page.getByRole('heading', { level: 1, name: p.name })).toBeVisible();
      const main = page.getByRole('main');
      await expect(main).toContainText(p.reason);
      await expect(main).toContainText(p.owner);
      await expect(main).toContainText(p.reviewed.toISOString().slice(0, 10));
      for (const c of p.conditions) await expect(main).toContainText(c);
      await expect(page.locator('script')).toHaveCount(0);
    });
  }
});

test('data classes: each class with its examples and rule', async ({ page }) => {
  await page.goto('/guidelines/data-classes/');
  for (const c of classes) {
    const section = page.getByRole('region', { name: c.name, exact: true });
    await expect(section).toContainText(c.meaning);
    await expect(section).toContainText(c.aiRule);
    for (const e of c.examples) await expect(section).toContainText(e);
  }
});

test('changelog: the policy version and every locked module version with its date', async ({ page }) => {
  const org = readContent().org;
  await page.goto('/changelog/');
  await expect(page.getByRole('main')).toContainText(`version ${org.policyVersion}`);
  const history = page.getByRole('list').filter({ hasText: 'version' }).last();
  for (const m of modules) {
    for (const v of lock?.modules[m.id] ?? []) {
      await expect(history.getByRole('listitem').filter({ hasText: `${m.frontmatter.title} version ${v.version}` }).first()).toContainText(v.lockedAt.slice(0, 10));
    }
  }
});
