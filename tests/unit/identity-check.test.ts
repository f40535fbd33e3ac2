import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { before, describe, it } from 'node:test';
import { exportJWK, generateKeyPair, SignJWT, type JSONWebKeySet, type JWK, type JWTPayload } from 'jose';
import { checkIdentity, type IdentityCheckInput, type IdentityReason } from '../../src/lib/identity/check';
import { readJwksFile } from '../../src/lib/identity/jwks-file';
import { identityNonce, newNonceSalt } from '../../src/lib/identity/nonce';
import { manifestIdentityFor, recordIdentitySchema, ssoSchema } from '../../src/schemas/identity';

const ISSUER = 'https://login.example.com/tenant';
const CLIENT = 'aga-site';
const KID = 'device-key-thumbprint-abc';
const COMPLETED = '2026-12-02T10:00:00.000Z';
const T = Date.parse(COMPLETED) / 1000;
const identity = { issuer: ISSUER, clientId: CLIENT, emailClaim: 'email', employeeIdClaim: 'employee_id' };

interface Signer { alg: string; kid: string; privateKey: CryptoKey; jwk: JWK }
async function signer(alg: 'RS256' | 'ES256' | 'PS256', kid: string): Promise<Signer> {
  const { privateKey, publicKey } = await generateKeyPair(alg, { extractable: true });
  return { alg, kid, privateKey, jwk: { ...(await exportJWK(publicKey)), kid, alg, use: 'sig' } };
}

function token(s: Signer, claims: JWTPayload): Promise<string> {
  return new SignJWT(claims).setProtectedHeader({ alg: s.alg, kid: s.kid, typ: 'JWT' }).sign(s.privateKey);
}

let rsa: Signer;
let ec: Signer;
let stranger: Signer;
let salt: string;
let nonce: string;

before(async () => {
  [rsa, ec, stranger] = await Promise.all([signer('RS256', 'rsa-1'), signer('ES256', 'ec-1'), signer('RS256', 'rsa-1')]);
  salt = newNonceSalt();
  nonce = await identityNonce(KID, salt);
});

const claims = (over: JWTPayload = {}): JWTPayload => ({
  iss: ISSUER, aud: CLIENT, sub: 'u1', iat: T - 60, exp: T - 1, nonce, email: 'ada@example.com', employee_id: 'E-1', ...over,
});

function input(idToken: string, keys: readonly JSONWebKeySet[], over: Partial<IdentityCheckInput> = {}): IdentityCheckInput {
  return { idToken, nonceSalt: salt, kid: KID, email: 'ada@example.com', employeeId: 'E-1', time: COMPLETED, manifestIdentity: identity, keys, ...over };
}

async function reasonOf(i: IdentityCheckInput): Promise<IdentityReason | 'ok'> {
  const r = await checkIdentity(i);
  return r.ok ? 'ok' : r.reason;
}

describe('identity nonce', () => {
  it('is base64url(SHA-256(kid "." salt)) and salts are 32 random bytes', async () => {
    const expected = createHash('sha256').update(`${KID}.${salt}`, 'utf8').digest('base64url');
    assert.equal(nonce, expected);
    assert.match(salt, /^[A-Za-z0-9_-]{43}$/);
    assert.notEqual(newNonceSalt(), salt);
  });
});

describe('checkIdentity', () => {
  it('follows docs/record-format.md: token, then binding, then claims; exp is not checked', async () => {
    const keys = [{ keys: [rsa.jwk, ec.jwk] }];
    const cases: Array<[string, () => Promise<IdentityCheckInput>, IdentityReason | 'ok']> = [
      ['RS256 token, expired long ago', async () => input(await token(rsa, claims()), keys), 'ok'],
      ['ES256 token', async () => input(await token(ec, claims()), keys), 'ok'],
      ['employee id as a number', async () => input(await token(ec, claims({ employee_id: 42 })), keys, { employeeId: '42' }), 'ok'],
      ['aud as a list with the client', async () => input(await token(rsa, claims({ aud: ['other', CLIENT] })), keys), 'ok'],
      ['iat within five minutes after completion', async () => input(await token(rsa, claims({ iat: T + 299 })), keys), 'ok'],
      ['not a JWS', async () => input('not.a-token', keys), 'identity-token'],
      ['unknown key', async () => input(await token(rsa, claims()), [{ keys: [ec.jwk] }]), 'identity-token'],
      ['no keys supplied', async () => input(await token(rsa, claims()), []), 'identity-token'],
      ['same kid, other key: bad signature', async () => input(await token(stranger, claims()), keys), 'identity-token'],
      ['HS256 is refused', async () => input(await new SignJWT(claims()).setProtectedHeader({ alg: 'HS256' }).sign(new Uint8Array(32)), keys), 'identity-token'],
      ['bad token wins over bad nonce', async () => input(await token(stranger, claims({ nonce: 'x' })), keys), 'identity-token'],
      ['nonce for another key', async () => input(await token(rsa, claims()), keys, { kid: 'another-kid' }), 'identity-binding'],
      ['nonce for another salt', async () => input(await token(rsa, claims()), keys, { nonceSalt: newNonceSalt() }), 'identity-binding'],
      ['no nonce', async () => input(await token(rsa, claims({ nonce: undefined })), keys), 'identity-binding'],
      ['bad nonce wins over bad claims', async () => input(await token(rsa, claims({ nonce: 'x', iss: 'https://evil.example' })), keys), 'identity-binding'],
      ['other issuer', async () => input(await token(rsa, claims({ iss: `${ISSUER}/` })), keys), 'identity-claims'],
      ['other client', async () => input(await token(rsa, claims({ aud: 'someone-else' })), keys), 'identity-claims'],
      ['issued after completion + 5 min', async () => input(await token(rsa, claims({ iat: T + 301 })), keys), 'identity-claims'],
      ['no iat', async () => input(await token(rsa, claims({ iat: undefined })), keys), 'identity-claims'],
      ['other email', async () => input(await token(rsa, claims()), keys, { email: 'eve@example.com' }), 'identity-claims'],
      ['other employee id', async () => input(await token(rsa, claims()), keys, { employeeId: 'E-2' }), 'identity-claims'],
      ['employee id not checked when no claim is named', async () => input(await token(rsa, claims()), keys, { employeeId: 'E-2', manifestIdentity: { issuer: ISSUER, clientId: CLIENT, emailClaim: 'email' } }), 'ok'],
      ['manifest without SSO', async () => input(await token(rsa, claims()), keys, { manifestIdentity: undefined }), 'identity-claims'],
    ];
    for (const [name, make, expected] of cases) assert.equal(await reasonOf(await make()), expected, name);
  });

  it('verifies records signed before a key rotation with the archived set plus the new one', async () => {
    const next = await signer('RS256', 'rsa-2');
    const before = await token(rsa, claims());
    const after = await token(next, claims());
    const archived = { keys: [rsa.jwk] };
    const current = { keys: [next.jwk] };
    assert.equal(await reasonOf(input(before, [current])), 'identity-token');
    const both = [archived, current, { keys: [rsa.jwk] }];
    assert.equal(await reasonOf(input(before, both)), 'ok');
    assert.equal(await reasonOf(input(after, both)), 'ok');
  });

  it('checks a token once per key set: many records with one token cost little', async () => {
    const keys = [{ keys: [rsa.jwk] }];
    const idToken = await token(rsa, claims());
    const started = performance.now();
    for (let i = 0; i < 2000; i += 1) assert.equal(await reasonOf(input(idToken, keys)), 'ok');
    assert.ok(performance.now() - started < 2000, 'cached checks should be fast');
  });
});

describe('identity schemas', () => {
  it('fills sso defaults and refuses what cannot work', () => {
    const sso = ssoSchema.parse({ issuer: ISSUER, clientId: CLIENT });
    assert.deepEqual(sso, { issuer: ISSUER, clientId: CLIENT, scopes: 'openid email profile', emailClaim: 'email' });
    assert.deepEqual(manifestIdentityFor(sso), { issuer: ISSUER, clientId: CLIENT, emailClaim: 'email' });
    const rows: Array<[unknown, boolean]> = [
      [{ issuer: 'http://127.0.0.1:9000', clientId: 'c' }, true],
      [{ issuer: 'http://login.example.com', clientId: 'c' }, false],
      [{ issuer: 'https://login.example.com?x=1', clientId: 'c' }, false],
      [{ issuer: ISSUER, clientId: 'c', scopes: 'email profile' }, false],
      [{ issuer: ISSUER, clientId: '' }, false],
      [{ issuer: ISSUER, clientId: 'c', extra: 1 }, false],
    ];
    for (const [value, ok] of rows) assert.equal(ssoSchema.safeParse(value).success, ok, JSON.stringify(value));
  });

  it('accepts the two identity members of a v2 record', () => {
    assert.ok(recordIdentitySchema.safeParse({ method: 'self-declared' }).success);
    assert.ok(recordIdentitySchema.safeParse({ method: 'oidc', idToken: 'a.b.c', nonceSalt: salt }).success);
    assert.ok(!recordIdentitySchema.safeParse({ method: 'oidc', idToken: 'a.b.c', nonceSalt: 'short' }).success);
    assert.ok(!recordIdentitySchema.safeParse({ method: 'password' }).success);
  });
});

describe('readJwksFile', () => {
  it('reads a plain JWKS and the saved archive format, and refuses others', () => {
    const plain = readJwksFile('a.json', JSON.stringify({ keys: [rsa.jwk] }));
    assert.ok(plain.ok && plain.jwks.keys.length === 1 && plain.issuer === undefined);
    const saved = readJwksFile('b.json', `\uFEFF${JSON.stringify({ issuer: ISSUER, fetchedAt: COMPLETED, keys: [ec.jwk] })}`);
    assert.ok(saved.ok && saved.issuer === ISSUER && saved.fetchedAt === COMPLETED);
    for (const text of ['nope', '[]', '{"keys": 1}', '{"keys": [{"kty": "oct", "k": "secret"}]}', '{"keys": [{}]}']) {
      const r = readJwksFile('c.json', text);
      assert.ok(!r.ok && r.message.startsWith('c.json: '), text);
    }
  });
});
