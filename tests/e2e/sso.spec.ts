import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { answerAll, modules, quizForm, submitAndWait } from './quiz-support';
import { writeTamperedExports, type ExportBundle } from '../support/sso-tamper';
import { details, expectHrFailure, fetchJwksFile, hrRosterRow, idpControl, loadHrKeys, loadHrRecords, openHr, orgName, signIn, sso, TEST_USER, verifyCli } from './sso-support';

/**
 * Single sign-on against a real OpenID Provider (tests/support/oidc-provider.ts), on dist-sso/
 * served with the deployment headers. The fixture allows requests to exactly one other origin, the
 * provider's. Serial: some tests take the provider down or rotate its keys, and the HR tests read
 * the export the first test downloads (tampered copies of it are made in Node: tests/support/sso-tamper.ts).
 */
test.describe.configure({ mode: 'serial' });

const first = modules[0]!;
let scratch: string;
test.beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'aga-sso-'));
});
test.afterAll(() => rmSync(scratch, { recursive: true, force: true }));
/** The learner's real export, downloaded by the first test; the HR tests below read it. */
const exportFile = () => join(scratch, 'aga-records-sso-export.json');

test('a learner signs in instead of typing details, then passes a module and exports', async ({ page }) => {
  await page.goto(`modules/${first.id}/`);
  const section = details(page);
  await expect(section.getByRole('status')).toContainText('You are not signed in yet');
  await expect(section.getByLabel('Name', { exact: true })).toBeHidden();
  // Submitting before the sign-in grades nothing and says what to do.
  const form = quizForm(page, first.title);
  await answerAll(form, first.questions, () => true);
  await form.getByRole('button', { name: 'Submit answers' }).click();
  await expect(form.getByRole('alert')).toHaveText(`Please sign in with ${orgName} above before submitting; your answers are kept.`);

  await signIn(page);
  await expect(page).toHaveURL(new RegExp(`/modules/${first.id}/$`));
  for (const [label, value] of [['Name', TEST_USER.name], ['Work email', TEST_USER.email], ['Employee ID', TEST_USER.employee_id]] as const) {
    const field = section.getByLabel(label, { exact: true });
    await expect(field).toHaveValue(value);
    await expect(field).not.toBeEditable();
  }
  await expectNoAxeViolations(page);
  // The answers in progress survived the trip to the provider.
  const result = await submitAndWait(page, form);
  await expect(result.getByRole('heading')).toHaveText('Your result: Passed');

  await page.goto('records/');
  const row = page.getByRole('row').filter({ hasText: first.title });
  await expect(row).toContainText(`Verified, SSO (${sso.issuer})`);
  await expect(details(page).getByLabel('Work email')).toHaveValue(TEST_USER.email);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the file for HR' }).click()]);
  const bundle = JSON.parse(readFileSync((await download.path())!, 'utf8')) as ExportBundle;
  expect(bundle.records).toHaveLength(1);
  writeFileSync(exportFile(), JSON.stringify(bundle));
});

test('HR: the export shows "SSO" with the saved key file, on the HR page and in the CLI; tampered copies fail with their reason', async ({ page }) => {
  const jwks = join(scratch, 'idp-keys-before-rotation.json');
  await fetchJwksFile(jwks);
  const cli = await verifyCli([exportFile()], [jwks]);
  expect(cli.code, cli.stderr).toBe(0);
  expect(cli.lines).toEqual([[exportFile(), '0', 'valid', '-', expect.stringMatching(new RegExp(`SSO \\(${sso.issuer}\\)$`))]]);

  const cases = await writeTamperedExports(JSON.parse(readFileSync(exportFile(), 'utf8')) as ExportBundle, scratch, sso);
  const tampered = await verifyCli(cases.map((c) => join(scratch, c.file)), [jwks]);
  expect(tampered.code).toBe(1);
  expect(tampered.lines.map(([file, index, verdict, reason]) => [file, index, verdict, reason])).toEqual(
    cases.map((c) => [join(scratch, c.file), '0', c.reason === 'valid' ? 'valid' : 'invalid', c.reason === 'valid' ? '-' : c.reason]),
  );

  await openHr(page);
  await loadHrKeys(page, [jwks]);
  await loadHrRecords(page, [exportFile(), ...cases.map((c) => join(scratch, c.file))]);
  await expect(hrRosterRow(page, TEST_USER.employee_id)).toContainText(`SSO (${sso.issuer})`);
  for (const c of cases) if (c.reason !== 'valid') await expectHrFailure(page, c.file, c.reason);
  await expect(page.getByRole('table', { name: 'Records that failed verification' }).getByRole('row')).toHaveCount(cases.length);
  await expectNoAxeViolations(page);
});

test('HR: "Fetch current keys" from the provider is enough for the HR page to show "SSO"', async ({ page }) => {
  await openHr(page);
  await page.getByRole('button', { name: `Fetch current keys from ${sso.issuer}` }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Identity provider keys loaded:' })).toContainText(`from current keys of ${sso.issuer}`);
  await loadHrRecords(page, [exportFile()]);
  await expect(hrRosterRow(page, TEST_USER.employee_id)).toContainText(`SSO (${sso.issuer})`);

  // The Identity filter finds the SSO row; the xAPI actor is the person the token names (issue 12).
  await page.getByLabel('Identity', { exact: true }).selectOption({ label: 'SSO' });
  await expect(hrRosterRow(page, TEST_USER.employee_id)).toHaveCount(1);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export xAPI' }).click()]);
  const statements = JSON.parse(readFileSync((await download.path())!, 'utf8')) as Array<{ actor: Record<string, unknown> }>;
  expect(statements.map((st) => st.actor['mbox'])).toContain(`mailto:${TEST_USER.email}`);
});

test('HR: without the provider keys the HR page fails the record on identity-token', async ({ page }) => {
  await openHr(page);
  await loadHrRecords(page, [exportFile()]);
  await expectHrFailure(page, basename(exportFile()), 'identity-token');
});

test('HR: a format v1 bundle still verifies and shows "self-declared" on the HR page of the SSO build', async ({ page }) => {
  const v1 = join('tests', 'fixtures', 'record-v1');
  // The v1 sample was signed against its own made-up manifest, not this site's (tests/fixtures/record-v1/README.md).
  await page.route('**/records/manifest.json', (route) => route.fulfill({ path: join(v1, 'manifest.json'), contentType: 'application/json' }));
  await openHr(page);
  await loadHrRecords(page, [join(v1, 'bundle.json')]);
  await expect(page.getByText(/^Imported 1 of 1 file: 3 valid records/)).toBeVisible();
  await expect(hrRosterRow(page, 'E1001')).toContainText('self-declared');
  await expect(page.getByRole('table', { name: 'Training status per employee' })).not.toContainText('SSO (');
});

test('the provider refusing the sign-in is said in plain words, with a way to try again', async ({ page }) => {
  await page.goto(`modules/${first.id}/`);
  await signIn(page, 'Refuse');
  await expect(page.getByRole('alert')).toHaveText(/refused the sign-in/);
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('heading', { name: 'Test identity provider' })).toBeVisible();
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  // The retry comes back to the training path once the sign-in is stored.
  await expect(page).toHaveURL(/localhost:\d+\/$/);
  await page.goto(`modules/${first.id}/`);
  await expect(details(page).getByRole('status')).toHaveText(`Signed in with ${orgName} as ${TEST_USER.name} (${TEST_USER.email}).`);
});

test.describe('with the provider down', () => {
  // The browser logs the failed requests to the provider; that is the point of these tests.
  test.use({ allowConsoleErrors: [[/blocked by CORS policy/, /net::ERR_FAILED/, /status of 503/], { scope: 'test' }] });

test('the provider down: plain words, a retry, and the stored sign-in is kept', async ({ page }) => {
  await page.goto(`modules/${first.id}/`);
  await signIn(page);
  await idpControl('outage', 'on');
  try {
    await details(page).getByRole('button', { name: `Sign in with ${orgName} again` }).click();
    await expect(details(page).getByRole('alert')).toHaveText(/cannot be reached just now/);
    await expect(details(page).getByRole('button', { name: `Sign in with ${orgName} again` })).toBeEnabled();
    await page.reload();
    await expect(details(page).getByRole('status')).toHaveText(`Signed in with ${orgName} as ${TEST_USER.name} (${TEST_USER.email}).`);
  } finally {
    await idpControl('outage', 'off');
  }
  await signIn(page);
});
});

test.describe('after the provider rotates its signing keys', () => {
  const archived = () => join(scratch, 'idp-keys-before-rotation.json');
  const current = () => join(scratch, 'idp-keys-after-rotation.json');
  test.beforeAll(async () => {
    await idpControl('rotate');
    await fetchJwksFile(current());
    const kids = (f: string) => (JSON.parse(readFileSync(f, 'utf8')) as { keys: Array<{ kid: string }> }).keys.map((k) => k.kid);
    expect(kids(current()).filter((k) => kids(archived()).includes(k))).toEqual([]);
  });

  test('the CLI verifies a record signed before with the archived key file plus the new one, and not with the new one only', async () => {
    const both = await verifyCli([exportFile()], [archived(), current()]);
    expect(both.code, both.stderr).toBe(0);
    expect(both.lines[0]?.slice(2, 4)).toEqual(['valid', '-']);
    const newOnly = await verifyCli([exportFile()], [current()]);
    expect(newOnly.code).toBe(1);
    expect(newOnly.lines).toEqual([[exportFile(), '0', 'invalid', 'identity-token', expect.any(String)]]);
  });

  test('the HR page shows "SSO" with both key files', async ({ page }) => {
    await openHr(page);
    await loadHrKeys(page, [archived(), current()]);
    await loadHrRecords(page, [exportFile()]);
    await expect(hrRosterRow(page, TEST_USER.employee_id)).toContainText(`SSO (${sso.issuer})`);
  });

  test('the HR page fails the record on identity-token with the new key file only', async ({ page }) => {
    await openHr(page);
    await loadHrKeys(page, [current()]);
    await loadHrRecords(page, [exportFile()]);
    await expectHrFailure(page, basename(exportFile()), 'identity-token');
  });
});
