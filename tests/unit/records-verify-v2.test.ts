import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { base64url, type JWTPayload } from 'jose';
import { b64json, newKey } from '../../bench/fixtures-records';
import { identityNonce, newNonceSalt } from '../../src/lib/identity/nonce';
import { buildPayload } from '../../src/lib/records/build';
import { canonicalJson } from '../../src/lib/records/jcs';
import { protectedHeaderFor, signPayload, type SigningKey } from '../../src/lib/records/sign';
import { verifyAcknowledgement } from '../../src/lib/records/verify-acknowledgement';
import { REASON_CODES, REASON_TEXT, verifyRecord, type ReasonCode, type VerifyOptions } from '../../src/lib/records/verify';
import type { AcknowledgementPayload } from '../../src/schemas/acknowledgement';
import type { RecordIdentity } from '../../src/schemas/identity';
import type { Manifest, ManifestV2 } from '../../src/schemas/manifest';
import type { CompletionV2Payload, RecordJws } from '../../src/schemas/record';
import { idpKey, idToken, jwksOf as jwks, type IdpKey as Idp } from '../support/identity-fixtures';

const ISSUER = 'https://login.example.com/tenant';
const CLIENT = 'aga-site';
const hash = (c: string) => `sha256:${c.repeat(64)}`;
const COMPLETED = '2026-12-02T10:00:00.000Z';
const T = Date.parse(COMPLETED) / 1000;
const LEARNER = { name: 'Ada Lovelace', email: 'ada@example.com', employeeId: 'E-1' };

/** A v2 manifest: module "pool" draws 2 of its 4 questions; "plain" presents all 2; one policy; SSO. */
function manifestV2(withSso = true): ManifestV2 {
  return {
    v: 2,
    build: 'test-build-2',
    modules: [
      { id: 'pool', version: '1.0.0', title: 'Pool', contentHash: hash('d'), passMarkPercent: 50, retrainMonths: 12, current: true, draw: 2,
        questions: [
          { id: 'p1', type: 'single', correct: [0] }, { id: 'p2', type: 'single', correct: [1] },
          { id: 'p3', type: 'multiple', correct: [0, 2] }, { id: 'p4', type: 'true-false', correct: [1] },
        ] },
      { id: 'plain', version: '1.0.0', title: 'Plain', contentHash: hash('e'), passMarkPercent: 100, retrainMonths: 12, current: true, draw: 2,
        questions: [{ id: 'x1', type: 'single', correct: [0] }, { id: 'x2', type: 'single', correct: [0] }] },
    ],
    policies: [{ version: '2026.1', title: 'AI-use policy', contentHash: hash('f'), minReadingSeconds: 60, current: true }],
    ...(withSso ? { identity: { issuer: ISSUER, clientId: CLIENT, emailClaim: 'email', employeeIdClaim: 'employee_id' } } : {}),
  };
}

const manifest = manifestV2();
let device: SigningKey;
let otherDevice: SigningKey;
let idp: Idp;
let oldIdp: Idp;
let stranger: Idp;
let options: VerifyOptions;
let salt: string;

before(async () => {
  [device, otherDevice] = await Promise.all([newKey(), newKey()]);
  [idp, oldIdp, stranger] = await Promise.all([idpKey('RS256', 'rsa-now'), idpKey('ES256', 'ec-old'), idpKey('RS256', 'rsa-now')]);
  options = { jwks: [jwks(idp)] };
  salt = newNonceSalt();
});

/** Claims the provider would sign for `kid`'s sign-in with `nonceSalt`. */
async function claimsFor(kid: string, nonceSalt: string, over: JWTPayload = {}): Promise<JWTPayload> {
  return { iss: ISSUER, aud: CLIENT, sub: 'user-1', iat: T - 600, exp: T - 300, nonce: await identityNonce(kid, nonceSalt), email: LEARNER.email, employee_id: LEARNER.employeeId, ...over };
}

async function oidc(over: JWTPayload = {}, signer: Idp = idp, kid = device.kid): Promise<RecordIdentity> {
  return { method: 'oidc', idToken: await idToken(signer, await claimsFor(kid, salt, over)), nonceSalt: salt };
}

/** A v2 completion of `module` presenting `presented` (default: the first `draw` questions), answered right. */
function completion(identity: RecordIdentity | undefined, module = 'pool', presented?: string[]): CompletionV2Payload {
  const entry = manifest.modules.find((m) => m.id === module)!;
  const ids = presented ?? entry.questions.slice(0, entry.draw).map((q) => q.id);
  return buildPayload({
    recordId: crypto.randomUUID(),
    site: { origin: 'https://academy.example', build: manifest.build },
    module: { id: entry.id, version: entry.version, contentHash: entry.contentHash },
    learner: LEARNER,
    attempt: { n: 1, startedAt: '2026-12-02T09:50:00.000Z', completedAt: COMPLETED },
    answers: entry.questions.map((q) => ({ q: q.id, selected: q.correct })),
    key: entry.questions,
    passMarkPercent: entry.passMarkPercent,
    presented: ids,
    ...(identity ? { identity } : {}),
  });
}

async function reasonOf(payload: CompletionV2Payload | Record<string, unknown>, m: Manifest = manifest, o: VerifyOptions = options, signer = device): Promise<ReasonCode | 'valid'> {
  const v = await verifyRecord(await signPayload(payload as CompletionV2Payload, signer), m, o);
  return v.ok ? 'valid' : v.reason;
}

describe('reason codes of format v2', () => {
  it('identity checks come after signature and before unknown-module; acknowledgement codes are in the list', () => {
    const at = (c: ReasonCode) => REASON_CODES.indexOf(c);
    assert.deepEqual(REASON_CODES.slice(at('signature'), at('unknown-module') + 1), ['signature', 'identity-token', 'identity-binding', 'identity-claims', 'unknown-module']);
    for (const c of ['unknown-policy', 'content-hash', 'reading-time'] as const) assert.ok(at(c) > at('identity-claims'), c);
    for (const c of REASON_CODES) assert.ok(REASON_TEXT[c].length > 10, c);
  });
});

describe('v2 completions: presented questions', () => {
  const cases: Array<[string, string[] | undefined, ReasonCode | 'valid']> = [
    ['the first two of four, in bank order', ['p1', 'p2'], 'valid'],
    ['a later pair, in bank order', ['p2', 'p4'], 'valid'],
    ['a question not in the bank', ['p1', 'zz'], 'regrade'],
    ['out of bank order', ['p3', 'p1'], 'regrade'],
    ['the same question twice', ['p2', 'p2'], 'regrade'],
    ['fewer than draw', ['p1'], 'regrade'],
    ['more than draw', ['p1', 'p2', 'p3'], 'regrade'],
  ];
  for (const [name, presented, expected] of cases) {
    it(`${name} -> ${expected}`, async () => {
      const p = completion(undefined, 'pool', ['p1', 'p2']);
      // Written as a hostile signer would, past buildPayload's own ordering and checks.
      const entry = manifest.modules[0]!;
      p.answers = presented!.map((q) => ({ q, selected: entry.questions.find((k) => k.id === q)?.correct ?? [0] }));
      p.score = { ...p.score, correct: presented!.length, total: presented!.length, passed: true };
      assert.equal(await reasonOf(p), expected);
    });
  }

  it('grades against the presented questions: total is their number', async () => {
    const p = completion(undefined, 'pool', ['p4', 'p2']);
    assert.deepEqual(p.answers.map((a) => a.q), ['p2', 'p4']);
    assert.deepEqual(p.score, { correct: 2, total: 2, passMarkPercent: 50, passed: true });
    assert.equal(await reasonOf(p), 'valid');
    p.score = { ...p.score, total: 4 };
    assert.equal(await reasonOf(p), 'regrade');
  });

  it('a v2 record against a v1 manifest presents every question', async () => {
    const { v: _v, policies: _p, identity: _i, ...rest } = manifest;
    const v1: Manifest = { ...rest, v: 1, modules: manifest.modules.map(({ draw: _d, ...m }) => m) };
    assert.equal(await reasonOf(completion(undefined, 'pool', ['p1', 'p2']), v1), 'regrade');
    assert.equal(await reasonOf(completion(undefined, 'pool', ['p1', 'p2', 'p3', 'p4']), v1), 'valid');
  });

  it('a v1 record (every question, no identity) still verifies, self-declared; one missing question fails regrade', async () => {
    const { identity: _i, ...p } = completion(undefined, 'plain');
    const v = await verifyRecord(await signPayload({ ...p, v: 1 }, device), manifest, options);
    assert.ok(v.ok, JSON.stringify(v));
    assert.deepEqual(v.identity, { method: 'self-declared' });
    const short = { ...p, v: 1 as const, answers: p.answers.slice(0, 1), score: { ...p.score, correct: 1, total: 1 } };
    assert.equal(await reasonOf(short), 'regrade');
  });
});

describe('v2 completions: identity', () => {
  it('a record signed in with the provider verifies, shown as SSO with the issuer and email', async () => {
    const v = await verifyRecord(await signPayload(completion(await oidc()), device), manifest, options);
    assert.ok(v.ok, JSON.stringify(v));
    assert.deepEqual(v.identity, { method: 'oidc', issuer: ISSUER, subject: 'user-1', email: LEARNER.email });
  });

  it('a self-declared v2 record under an SSO manifest is valid, shown as self-declared', async () => {
    const v = await verifyRecord(await signPayload(completion({ method: 'self-declared' }), device), manifest, options);
    assert.ok(v.ok);
    assert.deepEqual(v.identity, { method: 'self-declared' });
  });

  const cases: Array<[string, () => Promise<CompletionV2Payload>, ReasonCode, VerifyOptions?]> = [
    ['a token signed by a key not in HR\'s JWKS', async () => completion(await oidc({}, stranger)), 'identity-token'],
    ['no JWKS given', async () => completion(await oidc()), 'identity-token', {}],
    ['a token that is not a JWS', async () => completion({ method: 'oidc', idToken: 'not-a-token', nonceSalt: salt }), 'identity-token'],
    ['a token signed with HMAC', async () => completion({ method: 'oidc', idToken: await idToken({ alg: 'HS256', kid: 'rsa-now', privateKey: new Uint8Array(32) }, await claimsFor(device.kid, salt)), nonceSalt: salt }), 'identity-token'],
    ['another device\'s token (other nonce)', async () => completion(await oidc({}, idp, otherDevice.kid)), 'identity-binding'],
    ['the token with another salt in the record', async () => ({ ...completion(await oidc()), identity: { ...(await oidc()) as { method: 'oidc'; idToken: string }, nonceSalt: newNonceSalt() } }), 'identity-binding'],
    ['a token for another client', async () => completion(await oidc({ aud: 'other-app' })), 'identity-claims'],
    ['a token of another issuer', async () => completion(await oidc({ iss: 'https://evil.example.com' })), 'identity-claims'],
    ['a token issued after the attempt (beyond five minutes)', async () => completion(await oidc({ iat: T + 301 })), 'identity-claims'],
    ['another email than the token\'s', async () => completion(await oidc({ email: 'grace@example.com' })), 'identity-claims'],
    ['another employee id than the token\'s', async () => completion(await oidc({ employee_id: 'E-2' })), 'identity-claims'],
  ];
  for (const [name, make, expected, o] of cases) {
    it(`${name} -> ${expected}`, async () => {
      const p = await make();
      const v = await verifyRecord(await signPayload(p, device), manifest, o ?? options);
      assert.equal(v.ok ? 'valid' : v.reason, expected);
      assert.ok(!v.ok && v.recordId === p.recordId && v.message.startsWith(REASON_TEXT[expected]), !v.ok ? v.message : '');
    });
  }

  it('the token\'s exp is not checked; iat within five minutes after completion is accepted', async () => {
    assert.equal(await reasonOf(completion(await oidc({ iat: T + 299, exp: T - 3600 }))), 'valid');
  });

  it('an oidc record against a manifest without SSO fails identity-claims', async () => {
    assert.equal(await reasonOf(completion(await oidc()), manifestV2(false)), 'identity-claims');
  });

  it('signature comes first: an edited email with a good token fails signature', async () => {
    const jws = await signPayload(completion(await oidc()), device);
    const p = b64json.decode(jws.payload) as unknown as CompletionV2Payload;
    p.learner.email = 'grace@example.com';
    const edited: RecordJws = { ...jws, payload: base64url.encode(canonicalJson(p)) };
    const v = await verifyRecord(edited, manifest, options);
    assert.equal(v.ok ? 'valid' : v.reason, 'signature');
  });

  it('identity comes before unknown-module', async () => {
    const p = completion(await oidc({}, stranger));
    p.module = { ...p.module, id: 'gone' };
    assert.equal(await reasonOf(p), 'identity-token');
  });

  it('key rotation: a token of an archived key verifies with the archive plus today\'s set, not with today\'s alone', async () => {
    const p = completion(await oidc({}, oldIdp));
    assert.equal(await reasonOf(p, manifest, { jwks: [jwks(oldIdp), jwks(idp)] }), 'valid');
    assert.equal(await reasonOf(p, manifest, { jwks: [jwks(idp)] }), 'identity-token');
  });
});

describe('v2 acknowledgements', () => {
  function ack(over: Partial<AcknowledgementPayload> = {}): AcknowledgementPayload {
    return {
      type: 'aga.acknowledgement', v: 2, recordId: crypto.randomUUID(), site: { origin: 'https://academy.example', build: manifest.build },
      policy: { version: '2026.1', contentHash: hash('f') }, learner: LEARNER, identity: { method: 'self-declared' },
      readingSeconds: 75, acknowledgedAt: COMPLETED, ...over,
    };
  }
  async function ackReason(p: AcknowledgementPayload, m: Manifest = manifest): Promise<ReasonCode | 'valid'> {
    const v = await verifyAcknowledgement(await signPayload(p, device), m, options);
    return v.ok ? 'valid' : v.reason;
  }

  it('is signed with typ aga-acknowledgement+jws and verifies', async () => {
    const jws = await signPayload(ack(), device);
    assert.equal(b64json.decode(jws.protected).typ, 'aga-acknowledgement+jws');
    const v = await verifyAcknowledgement(jws, manifest, options);
    assert.ok(v.ok, JSON.stringify(v));
    assert.equal(v.policy.version, '2026.1');
  });

  const cases: Array<[string, () => Promise<AcknowledgementPayload>, ReasonCode, Manifest?]> = [
    ['a policy version never published', async () => ack({ policy: { version: '1999.1', contentHash: hash('f') } }), 'unknown-policy'],
    ['a v1 manifest (no policies)', async () => ack(), 'unknown-policy', { v: 1, build: 'b', modules: [] }],
    ['another content hash', async () => ack({ policy: { version: '2026.1', contentHash: hash('0') } }), 'content-hash'],
    ['read for less than the minimum', async () => ack({ readingSeconds: 59 }), 'reading-time'],
    ['another device\'s token', async () => ack({ identity: await oidc({}, idp, otherDevice.kid) }), 'identity-binding'],
    ['a token issued after acknowledging', async () => ack({ identity: await oidc({ iat: T + 3600 }) }), 'identity-claims'],
    ['an unknown policy, but a bad token first', async () => ack({ identity: await oidc({}, stranger), policy: { version: 'x', contentHash: hash('f') } }), 'identity-token'],
  ];
  for (const [name, make, expected, m] of cases) {
    it(`${name} -> ${expected}`, async () => assert.equal(await ackReason(await make(), m), expected));
  }

  it('signed in with the provider: valid, shown as SSO', async () => {
    const v = await verifyAcknowledgement(await signPayload(ack({ identity: await oidc() }), device), manifest, options);
    assert.ok(v.ok && v.identity.method === 'oidc');
  });

  it('a payload of the other kind fails shape; a completion under the acknowledgement typ fails typ', async () => {
    const asCompletion = await verifyRecord(await signPayload(ack(), device), manifest, options);
    assert.equal(asCompletion.ok ? 'valid' : asCompletion.reason, 'shape');
    const asAck = await verifyAcknowledgement(await signPayload(completion(undefined), device), manifest, options);
    assert.equal(asAck.ok ? 'valid' : asAck.reason, 'shape');
    const protectedB64 = protectedHeaderFor(device, 'aga-acknowledgement+jws');
    const payloadB64 = base64url.encode(canonicalJson(completion(undefined)));
    const sig = await crypto.subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, device.privateKey, new TextEncoder().encode(`${protectedB64}.${payloadB64}`));
    const v = await verifyRecord({ protected: protectedB64, payload: payloadB64, signature: base64url.encode(new Uint8Array(sig)) }, manifest, options);
    assert.equal(v.ok ? 'valid' : v.reason, 'typ');
  });
});
