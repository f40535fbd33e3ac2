/**
 * Playwright's globalTeardown (playwright.config.ts). The test identity provider runs as a
 * webServer and writes its public keys under the OS temp dir (tests/support/sso-setup.ts) for the
 * whole run; Playwright stops that server with SIGKILL, so it cannot clean up after itself, and a
 * worker cannot either: the file must outlive every worker. The runner calls this once all the
 * tests are done, before it stops the servers.
 */
import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { ssoTestSetup } from './sso-setup';

export default function removeIdpKeysFolder(): void {
  rmSync(dirname(ssoTestSetup().jwksFile), { recursive: true, force: true });
}
