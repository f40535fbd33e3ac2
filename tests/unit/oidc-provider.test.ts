import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import * as oauth from 'oauth4webapi';
import { newKey, signedRecord, testManifest } from '../../bench/fixtures-records';
import { checkIdentity } from '../../src/lib/identity/check';
import { readJwksFile } from '../../src/lib/identity/jwks-file';
import { identityNonce, newNonceSalt } from '../../src/lib/identity/nonce';
import { verifyRecord } from '../../src/lib/records/verify';
import type { Manifest } from '../../src/schemas/manifest';
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

/** A full sign-in at the test provider for a device key `kid`: discovery, code + PKCE, token exchange. */
async function signInFor(kid: string, nonceSalt: string) {
  const issuer = new URL(idp.issuer);
  const options = { [oauth.allowInsecureRequests]: true };
  const as = await oauth.processDiscoveryResponse(issuer, await oauth.discoveryRequest(issuer, options));
  const client: oauth.Client = { client_id: idp.clientId };
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
  const cors = response.headers.get('access-control-allow-origin');
  const result = await oauth.processAuthorizationCodeResponse(as, client, response, { expectedNonce: nonce, requireIdToken: true });
  return { as, nonce, cors, result, idToken: result.id_token as string };
}

const ssoIdentity = () => ({ issuer: idp.issuer, clientId: idp.clientId, emailClaim: 'email', employeeIdClaim: 'employee_id' });
const savedKeys = () => {
  const saved = readJwksFile(idp.jwksFile, readFileSync(idp.jwksFile, 'utf8'));
  assert.ok(saved.ok);
  return [saved.jwks];
};

describe('test identity provider', () => {
  it('serves discovery and an auth code + PKCE flow whose ID token checkIdentity accepts', async () => {
    const kid = 'device-key-thumbprint';
    const nonceSalt = newNonceSalt();
    const { as, nonce, cors, result } = await signInFor(kid, nonceSalt);
    assert.equal(as.issuer, idp.issuer);
    assert.ok(as.code_challenge_methods_supported?.includes('S256'));
    assert.equal(cors, SITE, 'the token endpoint allows the site origin');
    const claims = oauth.getValidatedIdTokenClaims(result);
    assert.equal(claims?.nonce, nonce);
    assert.equal(claims?.email, TEST_USER.email);
    assert.equal(claims?.employee_id, TEST_USER.employee_id);
    assert.equal(claims?.name, TEST_USER.name);

    const check = await checkIdentity({
      idToken: result.id_token as string, nonceSalt, kid, email: TEST_USER.email, employeeId: TEST_USER.employee_id,
      time: new Date().toISOString(),
      manifestIdentity: ssoIdentity(),
      keys: savedKeys(),
    });
    assert.deepEqual(check.ok ? 'ok' : check.message, 'ok');
  });

  it('a v2 record carrying its token verifies with the saved JWKS; on another device key it fails identity-binding', async () => {
    const [device, other] = await Promise.all([newKey(), newKey()]);
    const nonceSalt = newNonceSalt();
    const { idToken } = await signInFor(device.kid, nonceSalt);
    const manifest: Manifest = { ...testManifest(), v: 2, policies: [], identity: ssoIdentity(), modules: testManifest().modules.map((m) => ({ ...m, draw: m.questions.length })) };
    const spec = { employeeId: TEST_USER.employee_id, email: TEST_USER.email, completedAt: new Date().toISOString(), identity: { method: 'oidc' as const, idToken, nonceSalt } };
    const options = { jwks: savedKeys() };
    const v = await verifyRecord(await signedRecord(manifest, device, spec), manifest, options);
    assert.ok(v.ok, JSON.stringify(v));
    assert.equal(v.identity.method, 'oidc');
    const swapped = await verifyRecord(await signedRecord(manifest, other, spec), manifest, options);
    assert.equal(swapped.ok ? 'valid' : swapped.reason, 'identity-binding');
  });
});
