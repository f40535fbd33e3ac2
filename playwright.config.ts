import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './tests/support/chromium';

const port = Number(process.env.AGA_TEST_PORT ?? 4399);
const subPort = port + 1;
const headersPort = port + 2;

/**
 * Browser tests run against the built site served by `astro preview`, once at the root and once
 * under the sub-path /academy/ (to prove every link respects Astro's `base`). `npm run test:e2e`
 * builds both first: the specs list the pages of the built output when they are collected. They drive Debian's
 * Chromium: Playwright cannot download its own browser on these machines.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: [['list']],
  timeout: 60_000,
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
      testIgnore: /(subpath|headers)\.spec\.ts/,
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
  ],
});
