import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { siteManifest, writeHrFixtures, type HrFixtures } from '../fixtures/hr/make-hr-fixtures';
import { expect, test } from './fixtures';

// Runs in the "subpath" project (its name ends in subpath.spec.ts): the site served under /academy/.
let fx: HrFixtures;
let scratch: string;

test.beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'aga-hr-sub-'));
  fx = await writeHrFixtures(join(scratch, 'records'), siteManifest(join('dist-subpath', 'records', 'manifest.json')));
});
test.afterAll(() => rmSync(scratch, { recursive: true, force: true }));

test('under /academy/: the HR page loads its manifest and workers from the sub-path and exports sub-path URLs', async ({ page, baseURL }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await page.goto('hr/');
  await expect(page.getByLabel('Record files', { exact: true })).toBeEnabled();
  await page.waitForLoadState('networkidle');
  expect(requests.filter((p) => !p.startsWith('/academy/')), 'requests outside the sub-path').toEqual([]);
  expect(requests).toContain('/academy/records/manifest.json');

  await page.getByLabel('Record files', { exact: true }).setInputFiles(join(fx.dir, 'mixed', 'henry-mixed.json'));
  await expect(page.getByText(/^Imported 1 of 1 file: 1 valid record, 6 records failed verification/)).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export xAPI' }).click()]);
  const statements = JSON.parse(readFileSync(await download.path(), 'utf8')) as Array<{ object: { id: string } }>;
  const origin = new URL(baseURL ?? '').origin;
  expect(statements.map((s) => s.object.id)).toEqual([`${origin}/academy/modules/${fx.modules[1].id}/`]);
});
