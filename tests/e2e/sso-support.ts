/** Helpers for the single sign-on browser tests: the real test identity provider and a learner's sign-in. */
import { basename, join } from 'node:path';
import type { Page } from '@playwright/test';
import { REASON_TEXT, type ReasonCode } from '../../src/lib/records/verify';
import { aga } from '../support/aga-cli';
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

/** The site manifest of the SSO build: the one the HR page of dist-sso/ fetches. */
export const ssoManifestFile = join(sso.outDir, 'records', 'manifest.json');

/** `aga verify` of `files` against the SSO build's manifest with HR's key files; stdout split into tab-separated lines. */
export async function verifyCli(files: string[], jwks: string[]): Promise<{ code: number; lines: string[][]; stderr: string }> {
  const run = await aga(['verify', '--manifest', ssoManifestFile, ...jwks.flatMap((j) => ['--jwks', j]), ...files]);
  return { code: run.code, stderr: run.stderr, lines: run.stdout.trim().split('\n').map((l) => l.split('\t')) };
}

/** `aga jwks fetch` of the test provider's current keys into `out`, as HR archives them. */
export async function fetchJwksFile(out: string): Promise<void> {
  const run = await aga(['jwks', 'fetch', sso.issuer, '--out', out]);
  if (run.code !== 0) throw new Error(`aga jwks fetch exited ${run.code}: ${run.stderr}`);
}

/** Opens the HR page, ready for files. */
export async function openHr(page: Page): Promise<void> {
  await page.goto('hr/');
  await expect(page.getByLabel('Record files', { exact: true })).toBeEnabled();
}

/** Loads identity provider key files on the HR page and waits until it says they are loaded. */
export async function loadHrKeys(page: Page, files: string[]): Promise<void> {
  const section = page.getByRole('region', { name: 'Identity provider keys' });
  await section.getByLabel('Identity provider keys', { exact: true }).setInputFiles(files);
  await expect(section.getByRole('status').filter({ hasText: 'Identity provider keys loaded:' })).toContainText(`from ${files.map((f) => basename(f)).join(', ')}`);
}

/** Loads record files on the HR page and waits for the import's summary. */
export async function loadHrRecords(page: Page, files: string[]): Promise<void> {
  await page.getByLabel('Record files', { exact: true }).setInputFiles(files);
  await expect(page.getByText(/^Imported \d+ of \d+ files?:/)).toBeVisible();
}

/** An employee's row of the HR roster. */
export function hrRosterRow(page: Page, employeeId: string) {
  const roster = page.getByRole('table', { name: 'Training status per employee' });
  return roster.getByRole('row').filter({ has: page.getByRole('rowheader', { name: employeeId, exact: true }) });
}

/** Expects the HR page's failure table to list `file`'s first record with `reason`, by its text and code. */
export async function expectHrFailure(page: Page, file: string, reason: ReasonCode): Promise<void> {
  const row = page.getByRole('table', { name: 'Records that failed verification' }).getByRole('row').filter({ hasText: file });
  await expect(row).toHaveCount(1);
  await expect(row.getByRole('cell').nth(2)).toContainText(REASON_TEXT[reason]);
  await expect(row.getByRole('cell').nth(3)).toHaveText(reason);
}
