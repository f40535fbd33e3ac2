/**
 * Builds the site WITH single sign-on for the browser tests: a copy of content/ (.sso-content/) whose org.yaml
 * gains an `sso` block pointing at the test identity provider (tests/support/sso-setup.ts), built
 * into dist-sso/. The normal builds (dist/, dist-subpath/) stay SSO-free.
 * Usage: tsx tests/support/sso-build.ts (AGA_TEST_PORT picks the provider's port).
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ssoBlockYaml, ssoTestSetup } from './sso-setup';

const setup = ssoTestSetup();
// Beside content/, at the same depth: the modules import their MDX components by relative path.
const content = '.sso-content';
rmSync(content, { recursive: true, force: true });
cpSync('content', content, { recursive: true });
appendFileSync(join(content, 'org.yaml'), `\n${ssoBlockYaml(setup)}`);
const result = spawnSync('npm', ['run', '--silent', 'build'], {
  stdio: 'inherit',
  // Its own content cache: Astro's would otherwise keep this copy's paths for the next normal build.
  env: { ...process.env, AGA_CONTENT_DIR: content, AGA_OUT_DIR: setup.outDir, AGA_CACHE_DIR: './node_modules/.astro-sso' },
});
process.exit(result.status ?? 1);
