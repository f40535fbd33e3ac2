/**
 * Issue 15 at scale: a 3,000-person employee list (Windows-1252, semicolons) and 7,500 signed records.
 * The overview's figures are checked against a count made from the plan in the test, then the roster
 * is filtered to the overdue, the reminder list is exported, a person is found by name, and a reload
 * finds the session still there.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { parseCsv } from '../../src/lib/export/csv';
import { siteManifest } from '../fixtures/hr/make-hr-fixtures';
import { DEPARTMENTS, writeScale, type ScalePlan, type Status } from '../fixtures/hr/make-hr-scale';
import { writeBenchRecords } from '../../bench/fixtures-records';
import { expect, expectNoAxeViolationsIn, test } from './fixtures';

let plan: ScalePlan;
let scratch: string;
const PEOPLE = 3000;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  scratch = mkdtempSync(join(tmpdir(), 'aga-hr-scale-'));
  plan = await writeScale(join(scratch, 'records'), siteManifest(), PEOPLE, 7500);
});
test.afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const COLUMN: Record<Status, string> = { passed: 'Passed', expired: 'Expired', failed: 'Failed', 'not-started': 'Not started' };
const figure = (n: number, total: number) => `${n.toLocaleString('en-US')} (${Math.round((100 * n) / total)}%)`;

/** The text of the cell in `row` under the column headed `column` of `table`. */
async function cellOf(table: Locator, row: string, column: string): Promise<string> {
  const headers = (await table.getByRole('columnheader').allInnerTexts()).map((h) => h.trim());
  const col = headers.indexOf(column);
  expect(col, `column ${column} in ${headers.join(' | ')}`).toBeGreaterThan(0);
  const tr = table.getByRole('row').filter({ has: table.page().getByRole('rowheader', { name: row, exact: true }) });
  return (await tr.locator('th, td').nth(col).innerText()).trim();
}

function roster(page: Page): Locator {
  return page.getByRole('table', { name: 'Training status per employee' });
}

test('HR overview at 3,000 people and 7,500 records: figures, overdue, reminders, search, reload', async ({ page }) => {
  test.setTimeout(420_000);
  const t0 = Date.now();
  const mark = (what: string) => console.log(`${what}: ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  await page.goto('/hr/');
  await expect(page.getByLabel('Record files', { exact: true })).toBeEnabled();

  await page.getByLabel('Employee list (CSV)', { exact: true }).setInputFiles({ name: 'staff.csv', mimeType: 'text/csv', buffer: plan.csv });
  await expect(page.getByText('Employee list staff.csv: 3,000 employees. The file was read as Windows-1252 (it is not UTF-8), separated by semicolons.')).toBeVisible();

  await page.getByLabel('Record folder', { exact: true }).setInputFiles(plan.dir);
  await expect(page.getByText(/^Imported 60 of 60 files: 7,500 valid records, 0 records failed verification\./)).toBeVisible({ timeout: 180_000 });

  mark('overview after the import');
  // What the figures count, said in words.
  const overview = page.getByRole('region', { name: 'Overview' });
  await expect(overview.getByText(/^Percentages are of the 3,000 people on the employee list\. Counted: 7,500 unique valid records from 60 files; 0 duplicate copies ignored; 0 records that failed verification not counted\./)).toBeVisible();

  // Per module, against the plan's own count.
  const modules = overview.getByRole('table', { name: 'Completion per module' });
  for (const m of plan.modules) {
    for (const status of Object.keys(COLUMN) as Status[]) {
      expect(await cellOf(modules, m.title, COLUMN[status]), `${m.title} ${status}`).toBe(figure(plan.perModule[m.id]![status], PEOPLE));
    }
    await expect(modules.getByRole('img', { name: new RegExp(`^${m.title}: \\d+% passed`) })).toHaveCount(1);
  }
  // Per department: people, and every module's cells.
  const departments = overview.getByRole('table', { name: 'Completion per department (every module)' });
  for (const d of DEPARTMENTS) {
    const expected = plan.perDepartment[d]!;
    const cells = expected.people * plan.modules.length;
    expect(await cellOf(departments, d, 'People')).toBe(expected.people.toLocaleString('en-US'));
    for (const status of Object.keys(COLUMN) as Status[]) expect(await cellOf(departments, d, COLUMN[status]), `${d} ${status}`).toBe(figure(expected.cells[status], cells));
  }
  mark('figures checked');
  // axe over the overview only: over 250 roster rows it takes minutes, and hr.spec.ts runs it on the whole page.
  await expectNoAxeViolationsIn(page, '[data-hr="overview-section"]', 'HR overview, light');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectNoAxeViolationsIn(page, '[data-hr="overview-section"]', 'HR overview, dark');
  await page.emulateMedia({ colorScheme: 'light' });

  mark('axe in both schemes');
  // Overdue and due soon, clickable into the roster.
  const overdueText = `Overdue: ${plan.overdue.length.toLocaleString('en-US')} people`;
  await expect(overview.getByRole('button', { name: `Due soon (within 30 days): ${plan.dueSoon.length.toLocaleString('en-US')} people` })).toBeVisible();
  await overview.getByRole('button', { name: overdueText }).click();
  await expect(page.getByLabel('Needs', { exact: true })).toHaveValue('overdue');
  await expect(page.getByText(`Showing the first 250 of ${plan.overdue.length.toLocaleString('en-US')} employees matching the filters (3,000 in all).`)).toBeVisible();
  const shown = await roster(page).getByRole('rowheader').allInnerTexts();
  expect(shown).toEqual(plan.overdue.slice(0, 250));

  // The reminder list for those overdue: one line per person, with modules and since when.
  await page.getByLabel('Remind those who are', { exact: true }).selectOption('overdue');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download reminder list (CSV)' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^aga-reminders-overdue-\d{4}-\d{2}-\d{2}\.csv$/);
  const rows = parseCsv(readFileSync(await download.path(), 'utf8')).map((r) => r.cells);
  expect(rows[0]).toEqual(['employeeId', 'name', 'email', 'department', 'manager', 'reason', 'modules', 'since']);
  expect(rows.slice(1).map((r) => r[0])).toEqual(plan.overdue);
  expect(rows[1]!.slice(5)).toEqual(['Overdue', expect.stringMatching(/^[^;]+ \(due since \d{4}-\d{2}-\d{2}\)$/), expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/)]);
  await expect(page.getByText(`Reminder list saved as ${download.suggestedFilename()}: ${plan.overdue.length.toLocaleString('en-US')} people overdue.`)).toBeVisible();

  // Search by name, with the letters the Windows-1252 file carried.
  await page.getByLabel('Needs', { exact: true }).selectOption('');
  await page.getByLabel('Search', { exact: true }).fill('zoë');
  await expect(roster(page).getByRole('rowheader')).toHaveText([plan.special.employeeId]);
  await expect(roster(page).getByRole('row').filter({ hasText: plan.special.name })).toHaveCount(1);
  // The detail view of that person.
  await roster(page).getByRole('button', { name: plan.special.employeeId, exact: true }).click();
  const detail = page.getByRole('dialog', { name: `${plan.special.employeeId}: ${plan.special.name}` });
  await expect(detail.getByRole('heading', { name: 'Records' })).toBeVisible();
  await expectNoAxeViolationsIn(page, '[data-hr="detail"]', 'HR detail view');
  await detail.getByRole('button', { name: 'Close' }).click();

  // A reload finds the session still there: checked again, same figures.
  await page.reload();
  mark('before the reload');
  await expect(page.getByText(/^Restored the session kept in this browser on /)).toBeVisible({ timeout: 180_000 });
  mark('restored after the reload');
  await expect(page.getByRole('region', { name: 'Overview' }).getByRole('button', { name: overdueText })).toBeVisible();
  const m0 = plan.modules[0]!;
  expect(await cellOf(page.getByRole('table', { name: 'Completion per module' }), m0.title, 'Passed')).toBe(figure(plan.perModule[m0.id]!.passed, PEOPLE));
  await page.getByLabel('Search', { exact: true }).fill(plan.special.name);
  await expect(roster(page).getByRole('rowheader')).toHaveText([plan.special.employeeId]);
});

/** True when the page itself does not scroll sideways (the roster and the overview's tables scroll inside their own boxes). */
const fitsWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);

test('on a 360 px phone the overview is drawn and passes axe', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/hr/');
  await expect(page.getByLabel('Record files', { exact: true })).toBeEnabled();
  // The file inputs are wider than a phone unless they shrink.
  expect(await fitsWidth(page), 'the HR page before an import fits 360 px').toBe(true);
  await page.getByLabel('Employee list (CSV)', { exact: true }).setInputFiles({ name: 'staff.csv', mimeType: 'text/csv', buffer: plan.csv });
  await page.getByLabel('Record files', { exact: true }).setInputFiles(join(plan.dir, 'aga-records-batch-000.json'));
  await expect(page.getByText(/^Imported 1 of 1 file:/)).toBeVisible({ timeout: 60_000 });
  await expect(page.getByRole('table', { name: 'Completion per module' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Completion per department (every module)' })).toBeVisible();
  await expectNoAxeViolationsIn(page, '[data-hr="overview-section"]', 'HR overview at 360 px');
  // Then records with shared keys: warnings that name 43-character key thumbprints, and the roster's filters.
  const shared = await writeBenchRecords(join(scratch, 'shared'), siteManifest(), 20, { keys: 2, employees: 10 });
  await page.getByLabel('Record files', { exact: true }).setInputFiles(shared);
  await expect(page.getByText(/^Imported 10 of 10 files:/)).toBeVisible({ timeout: 60_000 });
  await expect(page.getByRole('region', { name: 'Warnings' }).getByRole('listitem').filter({ hasText: /^Key \S{43} signed records of 5 employees/ })).toHaveCount(2);
  await expect(roster(page).getByRole('rowheader').first()).toBeVisible();
  expect(await fitsWidth(page), 'the HR page after an import fits 360 px').toBe(true);
});
