import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import * as oauth from 'oauth4webapi';
import { checkIdentity } from '../../src/lib/identity/check';
import { readJwksFile } from '../../src/lib/identity/jwks-file';
import { identityNonce, newNonceSalt } from '../../src/lib/identity/nonce';
import { startTestIdp, TEST_USER, type TestIdp } from '../support/oidc-provider';

const SITE = 'http://localhost:4399';
const REDIRECT = `${SITE}/sso/callback/`;
let idp: TestIdp;

before(async () => {
  idp = await startTestIdp({ siteOrigins: [SITE] });
});
after(() => idp.close());

/** Follows the provider's redirects and submits its login form like a browser, keeping cookies. */
async function signIn(authorizationUrl: URL): Promise<URL> {
  const jar = new Map<string, string>();
  let next: { url: string; init: RequestInit } = { url: authorizationUrl.href, init: {} };
  for (let hop = 0; hop < 10; hop += 1) {
    const cookie = [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
    const res = await fetch(next.url, { ...next.init, redirect: 'manual', headers: { ...(next.init.headers as Record<string, string>), cookie } });
    for (const c of res.headers.getSetCookie()) {
      const [pair = ''] = c.split(';');
      const eq = pair.indexOf('=');
      jar.set(pair.slice(0, eq), pair.slice(eq + 1));
    }
    const location = res.headers.get('location');
    if (location) {
      const target = new URL(location, next.url);
      if (target.href.startsWith(REDIRECT)) return target;
      next = { url: target.href, init: {} };
      continue;
    }
    const html = await res.text();
    const action = /<form method="post" action="([^"]+)"/.exec(html)?.[1];
    assert.ok(action, `expected the login form, got ${res.status}: ${html.slice(0, 200)}`);
    next = { url: new URL(action, next.url).href, init: { method: 'POST', body: `login=${TEST_USER.sub}`, headers: { 'content-type': 'application/x-www-form-urlencoded' } } };
  }
  throw new Error('too many redirects');
}

describe('test identity provider', () => {
  it('serves discovery and an auth code + PKCE flow whose ID token checkIdentity accepts', async () => {
    const issuer = new URL(idp.issuer);
    const options = { [oauth.allowInsecureRequests]: true };
    const as = await oauth.processDiscoveryResponse(issuer, await oauth.discoveryRequest(issuer, options));
    assert.equal(as.issuer, idp.issuer);
    assert.ok(as.code_challenge_methods_supported?.includes('S256'));

    const client: oauth.Client = { client_id: idp.clientId };
    const kid = 'device-key-thumbprint';
    const nonceSalt = newNonceSalt();
    const nonce = await identityNonce(kid, nonceSalt);
    const verifier = oauth.generateRandomCodeVerifier();
    const state = oauth.generateRandomState();
    const url = new URL(as.authorization_endpoint as string);
    url.search = new URLSearchParams({
      client_id: client.client_id, redirect_uri: REDIRECT, response_type: 'code', scope: 'openid email profile',
      state, nonce, code_challenge: await oauth.calculatePKCECodeChallenge(verifier), code_challenge_method: 'S256',
    }).toString();

    const back = await signIn(url);
    const params = oauth.validateAuthResponse(as, client, back, state);
    const response = await oauth.authorizationCodeGrantRequest(as, client, oauth.None(), params, REDIRECT, verifier, { ...options, headers: { origin: SITE } });
    assert.equal(response.headers.get('access-control-allow-origin'), SITE, 'the token endpoint allows the site origin');
    const result = await oauth.processAuthorizationCodeResponse(as, client, response, { expectedNonce: nonce, requireIdToken: true });
    const claims = oauth.getValidatedIdTokenClaims(result);
    assert.equal(claims?.nonce, nonce);
    assert.equal(claims?.email, TEST_USER.email);
    assert.equal(claims?.employee_id, TEST_USER.employee_id);
    assert.equal(claims?.name, TEST_USER.name);

    const saved = readJwksFile(idp.jwksFile, readFileSync(idp.jwksFile, 'utf8'));
    assert.ok(saved.ok);
    const check = await checkIdentity({
      idToken: result.id_token as string, nonceSalt, kid, email: TEST_USER.email, employeeId: TEST_USER.employee_id,
      time: new Date().toISOString(),
      manifestIdentity: { issuer: idp.issuer, clientId: idp.clientId, emailClaim: 'email', employeeIdClaim: 'employee_id' },
      keys: [saved.jwks],
    });
    assert.deepEqual(check.ok ? 'ok' : check.message, 'ok');
  });
});
