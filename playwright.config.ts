import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './tests/support/chromium';
import { ssoTestSetup } from './tests/support/sso-setup';

const port = Number(process.env.AGA_TEST_PORT ?? 4399);
const subPort = port + 1;
const headersPort = port + 2;
// The site built with single sign-on (dist-sso/) and the real test identity provider it signs in with.
const sso = ssoTestSetup(port);

/**
 * Browser tests run against the built site served by `astro preview`, once at the root and once
 * under the sub-path /academy/ (to prove every link respects Astro's `base`), and a third build with
 * an `sso` block against a real OpenID Provider (tests/support/oidc-provider.ts) on its own port. `npm run test:e2e`
 * builds them first: the specs list the pages of the built output when they are collected. They drive Debian's
 * Chromium: Playwright cannot download its own browser on these machines.
 */
export default defineConfig<{ allowedOrigins: string[] }>({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: [['list']],
  // Removes the test identity provider's key folder, which its webServer cannot (tests/support/e2e-teardown.ts).
  globalTeardown: './tests/support/e2e-teardown.ts',
  timeout: 60_000,
  // What a page announces can take a while on a busy 2-core CI machine (signing, IndexedDB, workers):
  // waits are on announcements, so a longer ceiling costs nothing when the machine is idle.
  expect: { timeout: 15_000 },
  use: {
    baseURL: `http://localhost:${port}`,
    trace: 'off',
    launchOptions: {
      executablePath: chromiumPath,
      args: chromiumArgs,
    },
  },
  projects: [
    {
      name: 'root',
      use: { ...devices['Desktop Chrome'], baseURL: `http://localhost:${port}` },
      testIgnore: /(subpath|headers|sso)\.spec\.ts/,
    },
    {
      name: 'subpath',
      use: { ...devices['Desktop Chrome'], baseURL: `http://localhost:${subPort}/academy/` },
      testMatch: /subpath\.spec\.ts/,
    },
    {
      // dist/ served as a real host would: the _headers file's headers, wasm and .pf_* types.
      name: 'headers',
      use: { ...devices['Desktop Chrome'], baseURL: `http://localhost:${headersPort}` },
      testMatch: /headers\.spec\.ts/,
    },
    {
      // dist-sso/ with the deployment headers, signing in at the test identity provider.
      name: 'sso',
      use: { ...devices['Desktop Chrome'], baseURL: `http://localhost:${sso.sitePort}`, allowedOrigins: [sso.issuer] },
      testMatch: /sso\.spec\.ts/,
    },
  ],
  webServer: [
    {
      command: `npx astro preview --port ${port} --host localhost`,
      url: `http://localhost:${port}/`,
      timeout: 300_000,
      reuseExistingServer: false,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      command: `npx astro preview --port ${subPort} --host localhost`,
      url: `http://localhost:${subPort}/academy/`,
      env: { AGA_BASE: '/academy/', AGA_OUT_DIR: 'dist-subpath' },
      timeout: 300_000,
      reuseExistingServer: false,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      command: `npx tsx tests/support/static-server.ts --dir dist --port ${headersPort}`,
      url: `http://localhost:${headersPort}/`,
      timeout: 60_000,
      reuseExistingServer: false,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      command: `npx tsx tests/support/static-server.ts --dir ${sso.outDir} --port ${sso.sitePort}`,
      url: `http://localhost:${sso.sitePort}/`,
      timeout: 60_000,
      reuseExistingServer: false,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      command: `npx tsx tests/support/oidc-provider.ts --port ${sso.idpPort} --jwks ${sso.jwksFile}`,
      url: `${sso.issuer}/.well-known/openid-configuration`,
      timeout: 60_000,
      reuseExistingServer: false,
      stdout: 'ignore',
      stderr: 'pipe',
    },
  ],
});
