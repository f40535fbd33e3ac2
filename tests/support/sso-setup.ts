/**
 * Where the browser tests' single sign-on lives, derived from AGA_TEST_PORT so parallel runs do
 * not collide: the test identity provider (tests/support/oidc-provider.ts) on port + 5, the site
 * built WITH an `sso` block pointing at it into dist-sso/ and served with its _headers on port + 3,
 * and the provider's public keys in a JWKS file the tests read (as HR would keep it).
 * One source for playwright.config.ts, the dist-sso build (tests/support/sso-build.ts) and the specs.
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The public client the test provider registers for the built site. */
export const TEST_CLIENT_ID = 'aga-test-site';

export interface SsoTestSetup {
  /** Port of the site built with SSO (dist-sso/, served with the deployment headers). */
  sitePort: number;
  /** Port of the test identity provider. */
  idpPort: number;
  /** The provider's issuer identifier, exactly as the ID tokens' `iss`. */
  issuer: string;
  /** The public client registered at the provider for the site. */
  clientId: string;
  /** Where the provider writes its public signing keys when it starts. */
  jwksFile: string;
  /** Output folder of the SSO build. */
  outDir: string;
}

export function ssoTestSetup(port = Number(process.env.AGA_TEST_PORT ?? 4399)): SsoTestSetup {
  const idpPort = port + 5;
  return {
    sitePort: port + 3,
    idpPort,
    issuer: `http://127.0.0.1:${idpPort}`,
    clientId: TEST_CLIENT_ID,
    jwksFile: join(tmpdir(), `aga-test-idp-${idpPort}`, 'jwks.json'),
    outDir: 'dist-sso',
  };
}

/** The `sso` block the SSO build appends to its copy of content/org.yaml. */
export function ssoBlockYaml(setup: SsoTestSetup): string {
  return ['sso:', `  issuer: ${setup.issuer}`, `  clientId: ${setup.clientId}`, '  employeeIdClaim: employee_id', ''].join('\n');
}
