/** Helpers for the single sign-on browser tests: the real test identity provider and a learner's sign-in. */
import type { Page } from '@playwright/test';
import { readContent } from '../../src/build/content';
import { TEST_USER } from '../support/oidc-provider';
import { ssoTestSetup } from '../support/sso-setup';
import { expect } from './fixtures';

export const sso = ssoTestSetup();
export const orgName = readContent().org.name;
export { TEST_USER };

/** Drives the provider's test controls: new signing keys, or an outage on / off. */
export async function idpControl(what: 'rotate' | 'outage', body = ''): Promise<void> {
  const res = await fetch(`${sso.issuer}/__test/${what}`, { method: 'POST', body });
  if (res.status !== 204) throw new Error(`test provider control ${what}: ${res.status}`);
}

/** The learner's details section, whichever page shows it. */
export function details(page: Page) {
  return page.getByRole('region', { name: 'Your details' });
}

/**
 * Signs in from the current page: "Sign in with <organisation>", the provider's login page,
 * its "Sign in" (or "Refuse"), and back. Waits for the page the sign-in returns to.
 */
export async function signIn(page: Page, answer: 'Sign in' | 'Refuse' = 'Sign in'): Promise<void> {
  // The provider's login page, or straight back to the callback while its session lasts.
  const away = page.waitForURL(/\/(interaction\/[\w-]+|sso\/callback\/\?.*)$/);
  await details(page).getByRole('button', { name: new RegExp(`^Sign in with ${orgName}`) }).click();
  await away;
  if (page.url().includes('/interaction/')) {
    await expect(page.getByRole('heading', { name: 'Test identity provider' })).toBeVisible();
    await page.getByRole('button', { name: answer, exact: true }).click();
  }
  if (answer === 'Sign in') await expect(details(page).getByRole('status')).toHaveText(`Signed in with ${orgName} as ${TEST_USER.name} (${TEST_USER.email}).`);
}
