import { defineConfig, type PlaywrightTestConfig } from '@playwright/test';
import base from './playwright.config';

/**
 * `npm run screenshots`: the pages a reviewer looks at (module page, quiz result, certificate) at a
 * laptop's and a phone's size in both schemes, into screenshots/ (ignored by git). Uses the built
 * site served as the browser tests serve it.
 */
export default defineConfig({
  ...base,
  testDir: 'tests/screenshots',
  testMatch: /\.shots\.ts$/,
  projects: [{ name: 'screenshots', use: { ...base.projects![0]!.use } }],
  // Only the site at the root: the first of the browser tests' servers.
  webServer: ([] as NonNullable<PlaywrightTestConfig['webServer']>[]).concat(base.webServer ?? []).flat().slice(0, 1),
});
