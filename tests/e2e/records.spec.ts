import { readFileSync } from 'node:fs';
import { verifyRecord } from '../../src/lib/records/verify';
import type { Manifest } from '../../src/schemas/manifest';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { learner, modules, passModule, printCertificateOf, quizForm, answerAll, submitAndWait } from './quiz-support';

const [first, second] = modules;
if (!first || !second) throw new Error('the records tests need at least two modules');
const manifest = JSON.parse(readFileSync('dist/records/manifest.json', 'utf8')) as Manifest;
const today = () => new Date().toISOString().slice(0, 10);

interface Bundle {
  type: string;
  v: number;
  exportedAt: string;
  records: Array<{ protected: string; payload: string; signature: string }>;
}

test.describe('My records', () => {
  test('a passed quiz is listed as verified; the downloaded bundle verifies in Node; CSV and xAPI export', async ({ page }) => {
    await passModule(page, first);
    await page.goto('records/');
    const row = page.getByRole('row').filter({ hasText: first.title });
    await expect(row).toHaveCount(1);
    await expect(row).toContainText('Verified, self-declared');
    await expect(row).toContainText('Passed');
    await expect(row).toContainText(`${first.draw} of ${first.draw}`);
    await expect(page.getByLabel('Name', { exact: true })).toHaveValue(learner.name);
    const kid = page.locator('[data-kid]');
    await expect(kid).toHaveText(/^[A-Za-z0-9_-]{43}$/);
    await expect(page.getByText('Last downloaded: not yet on this device')).toBeVisible();
    await expectNoAxeViolations(page);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the file for HR' }).click()]);
    expect(download.suggestedFilename()).toBe(`aga-records-${learner.employeeId}-${today()}.json`);
    const bundle = JSON.parse(readFileSync((await download.path())!, 'utf8')) as Bundle;
    expect(bundle.type).toBe('aga.export');
    expect(bundle.v).toBe(1);
    expect(bundle.exportedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    expect(bundle.records).toHaveLength(1);
    const v = await verifyRecord(bundle.records[0], manifest);
    expect(v.ok, v.ok ? '' : v.message).toBe(true);
    if (!v.ok) return;
    expect(v.payload.learner).toEqual(learner);
    expect(v.payload.module.id).toBe(first.id);
    expect(v.payload.site.origin).toBe(new URL(page.url()).origin);
    expect(v.payload.site.build).toBe(manifest.build);
    expect(v.payload.score.passed).toBe(true);
    expect(v.kid).toBe(await kid.textContent());
    await expect(page.getByText(`Last downloaded: ${today()}`)).toBeVisible();

    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
    expect(csv.suggestedFilename()).toBe(`aga-records-${learner.employeeId}-${today()}.csv`);
    const csvText = readFileSync((await csv.path())!, 'utf8');
    expect(csvText.startsWith('\uFEFF')).toBe(true);
    expect(csvText).toContain(v.payload.recordId);

    const [xapi] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export xAPI' }).click()]);
    const statements = JSON.parse(readFileSync((await xapi.path())!, 'utf8')) as Array<{ id: string; verb: { id: string }; actor: { account: { name: string } } }>;
    expect(statements).toHaveLength(1);
    expect(statements[0]!.id).toBe(v.payload.recordId);
    expect(statements[0]!.verb.id).toBe('http://adlnet.gov/expapi/verbs/passed');
    expect(statements[0]!.actor.account.name).toBe(learner.employeeId);

    // A changed employee ID after the first record starts a new identity, and the page says so.
    const details = page.getByRole('form', { name: 'Your details' });
    await details.getByLabel('Employee ID').fill('E2000');
    await details.getByRole('button', { name: 'Save my details' }).click();
    await expect(details.getByRole('status')).toContainText('start a new identity under E2000');
  });

  test('delete my data after a confirmation that suggests exporting, then import the own bundle back; a changed record is refused', async ({ page }) => {
    await passModule(page, first);
    await page.goto(`modules/${second.id}/`);
    const form = quizForm(page, second.title);
    await answerAll(form, second.questions, () => false);
    await submitAndWait(page, form);
    await page.goto('records/');
    await expect(page.getByRole('row').filter({ hasText: 'Verified' })).toHaveCount(2);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the file for HR' }).click()]);
    const path = (await download.path())!;
    const bundle = JSON.parse(readFileSync(path, 'utf8')) as Bundle;

    await page.getByRole('button', { name: 'Delete my data on this device' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete everything on this device?' });
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText('Export your signed records first');
    await expectNoAxeViolations(page);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('row').filter({ hasText: 'Verified' })).toHaveCount(2);
    await page.getByRole('button', { name: 'Delete my data on this device' }).click();
    await dialog.getByRole('button', { name: 'Delete everything' }).click();
    await expect(page.getByText('were deleted from this browser')).toBeVisible();
    await expect(page.getByText('No results on this device yet')).toBeVisible();
    await expect(page.getByLabel('Name', { exact: true })).toHaveValue('');
    await page.goto('./');
    await expect(page.locator(`[data-status-for="${first.id}"]`)).toHaveText('Not started');

    await page.goto('records/');
    await page.getByLabel('Records file to import (.json)').setInputFiles(path);
    await expect(page.getByText('2 records added.')).toBeVisible();
    await expect(page.getByRole('row').filter({ hasText: 'Verified' })).toHaveCount(2);
    await page.getByLabel('Records file to import (.json)').setInputFiles(path);
    await expect(page.getByText('0 records added, 2 already on this device.')).toBeVisible();

    // A record whose score was changed after signing is refused with the reason.
    const [record] = bundle.records;
    const payload = JSON.parse(Buffer.from(record!.payload, 'base64url').toString('utf8')) as { recordId: string; score: { correct: number } };
    payload.recordId = '00000000-0000-4000-8000-000000000000';
    payload.score.correct += 1;
    const tampered = { ...bundle, records: [{ ...record!, payload: Buffer.from(JSON.stringify(payload)).toString('base64url') }] };
    await page.getByLabel('Records file to import (.json)').setInputFiles({ name: 'changed.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(tampered)) });
    await expect(page.getByText('Record 1 of the file was refused: Bad signature')).toBeVisible();
    await page.getByLabel('Records file to import (.json)').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"type": "aga.exp') });
    await expect(page.getByText(/The file was refused: /)).toBeVisible();
    await expect(page.getByRole('row').filter({ hasText: 'Verified' })).toHaveCount(2);
  });

  test('a passed record prints as a one-page certificate with the verification code', async ({ page }) => {
    await page.addInitScript(() => {
      (window as unknown as { __printed: number }).__printed = 0;
      window.print = () => {
        (window as unknown as { __printed: number }).__printed++;
      };
    });
    const cert = await printCertificateOf(page, first);
    await expect(cert).toContainText(learner.name);
    await expect(cert).toContainText(first.title);
    await expect(cert).toContainText(`version ${first.version}`);
    await expect(cert).toContainText(today());
    const kid = await page.locator('[data-kid]').textContent();
    await expect(cert).toContainText(kid!);
    await expect(cert).toContainText(/[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}/);
    await expect(cert).toContainText('HR verifies this certificate');
    expect(await page.evaluate(() => (window as unknown as { __printed: number }).__printed)).toBe(1);
    await expectNoAxeViolations(page);
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
    await expect(cert).toBeVisible();
  });
});
