import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { beyondCapText, MAX_FAILURES_LISTED_PER_FILE, FAILURES_PER_PAGE } from '../../src/lib/records/limits';
import { siteManifest } from '../fixtures/hr/make-hr-fixtures';
import { craftedCases, type CraftedCase } from '../support/crafted';
import { expect, expectNoAxeViolations, test } from './fixtures';

// Issue 18: hostile files on the HR page. Everything is generated here, never committed.
let scratch: string;
let cases: CraftedCase[];
let craftedFile: string;
const junkFiles: string[] = [];

test.beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'aga-hr-hostile-'));
  cases = await craftedCases(siteManifest());
  craftedFile = join(scratch, 'crafted.json');
  writeFileSync(craftedFile, JSON.stringify(cases.map((c) => c.record)));
  const junk = `[${Array(1_000_000).fill('{"protected":"a"}').join(',')}]`;
  for (const i of [1, 2, 3, 4, 5]) {
    const file = join(scratch, `junk${i}.json`);
    writeFileSync(file, junk);
    junkFiles.push(file);
  }
});
test.afterAll(() => rmSync(scratch, { recursive: true, force: true }));

async function importFiles(page: Page, files: string[]): Promise<void> {
  await page.goto('/hr/');
  const input = page.getByLabel('Record files', { exact: true });
  await expect(input).toBeEnabled();
  await input.setInputFiles(files);
  await expect(page.getByText(/^Imported \d+ of \d+ files?:/)).toBeVisible({ timeout: 120_000 });
  // The page is ready for the next import.
  await expect(input).toBeEnabled();
}

test.describe('HR page, hostile input', () => {
  test('gives every crafted record the verdict the CLI and verifyRecord give', async ({ page }) => {
    await importFiles(page, [craftedFile]);
    const valid = cases.filter((c) => c.reason === 'valid').length;
    await expect(page.getByText(/^Imported \d+ of \d+ files?:/)).toContainText(`${valid} valid records, ${cases.length - valid} records failed verification`);
    const table = page.getByRole('table', { name: 'Records that failed verification' });
    for (const [i, c] of cases.entries()) {
      if (c.reason === 'valid') continue;
      const row = table.getByRole('row').filter({ hasText: `record ${i + 1} of ${cases.length}` });
      await expect(row.getByRole('cell').nth(3), c.name).toHaveText(c.reason);
    }
  });

  test('five files of a million junk entries: a page of failures at a time, counts for the rest, back to ready', async ({ page }) => {
    test.setTimeout(240_000);
    await importFiles(page, junkFiles);
    const listed = junkFiles.length * MAX_FAILURES_LISTED_PER_FILE;
    const count = page.getByText(/^Showing (the first|all) [\d,]+ (of [\d,]+ )?failed records?\.$/);
    await expect(count).toHaveText(`Showing the first ${FAILURES_PER_PAGE} of ${listed} failed records.`);
    const table = page.getByRole('table', { name: 'Records that failed verification' });
    await expect(table.getByRole('row')).toHaveCount(FAILURES_PER_PAGE + 1);
    const notes = page.getByRole('region', { name: 'Records that failed verification' }).getByRole('listitem');
    await expect(notes.filter({ hasText: 'junk3.json' }).filter({ hasText: beyondCapText(975_000) })).toHaveCount(1);
    await expect(notes.filter({ hasText: '24,900 more failed records of this file are not listed one by one' })).toHaveCount(junkFiles.length);
    await page.getByRole('button', { name: `Show ${FAILURES_PER_PAGE} more failed records` }).click();
    await expect(count).toHaveText(`Showing the first ${2 * FAILURES_PER_PAGE} of ${listed} failed records.`);
    await expect(table.getByRole('row')).toHaveCount(2 * FAILURES_PER_PAGE + 1);
    await expectNoAxeViolations(page, '/hr/ after junk files (light)');
    await page.emulateMedia({ colorScheme: 'dark' });
    await expectNoAxeViolations(page, '/hr/ after junk files (dark)');
  });
});
