import { expect, expectNoAxeViolations, test } from './fixtures';
import { answerAll, modules, quizForm, submitAndWait } from './quiz-support';
import { details, idpControl, orgName, signIn, sso, TEST_USER } from './sso-support';

/**
 * Single sign-on against a real OpenID Provider (tests/support/oidc-provider.ts), on dist-sso/
 * served with the deployment headers. The fixture allows requests to exactly one other origin, the
 * provider's. Serial: some tests take the provider down or rotate its keys.
 */
test.describe.configure({ mode: 'serial' });

const first = modules[0]!;

test('a learner signs in instead of typing details, then passes a module', async ({ page }) => {
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
