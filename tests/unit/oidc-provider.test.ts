import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { newKey, signedRecord, testManifest } from '../../bench/fixtures-records';
import { checkIdentity } from '../../src/lib/identity/check';
import { readJwksFile } from '../../src/lib/identity/jwks-file';
import { identityNonce, newNonceSalt } from '../../src/lib/identity/nonce';
import { verifyRecord } from '../../src/lib/records/verify';
import type { Manifest } from '../../src/schemas/manifest';
import { idpSignIn } from '../support/idp-sign-in';
import { startTestIdp, TEST_USER, type TestIdp } from '../support/oidc-provider';

const SITE = 'http://localhost:4399';
const REDIRECT = `${SITE}/sso/callback/`;
let idp: TestIdp;

before(async () => {
  idp = await startTestIdp({ siteOrigins: [SITE] });
});
after(() => idp.close());

/** A full sign-in at the test provider for a device key `kid`: discovery, code + PKCE, token exchange. */
async function signInFor(kid: string, nonceSalt: string) {
  const nonce = await identityNonce(kid, nonceSalt);
  const { as, cors, idToken, claims } = await idpSignIn({ issuer: idp.issuer, clientId: idp.clientId, redirectUri: REDIRECT, user: TEST_USER.sub, nonce, origin: SITE });
  return { as, nonce, cors, claims, idToken };
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
    const { as, nonce, cors, claims, idToken } = await signInFor(kid, nonceSalt);
    assert.equal(as.issuer, idp.issuer);
    assert.ok(as.code_challenge_methods_supported?.includes('S256'));
    assert.equal(cors, SITE, 'the token endpoint allows the site origin');
    assert.equal(claims?.nonce, nonce);
    assert.equal(claims?.email, TEST_USER.email);
    assert.equal(claims?.employee_id, TEST_USER.employee_id);
    assert.equal(claims?.name, TEST_USER.name);

    const check = await checkIdentity({
      idToken, nonceSalt, kid, email: TEST_USER.email, employeeId: TEST_USER.employee_id,
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
