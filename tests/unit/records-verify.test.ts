import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { base64url } from 'jose';
import { b64json, newKey, payloadFor, signedRecord, sortDeep, testManifest } from '../../bench/fixtures-records';
import { buildPayload } from '../../src/lib/records/build';
import { canonicalJson } from '../../src/lib/records/jcs';
import { recordsInFile } from '../../src/lib/records/parse';
import { generateKeyPair, signPayload, signingKeyFrom, thumbprint, type SigningKey } from '../../src/lib/records/sign';
import { REASON_CODES, REASON_TEXT, verifyRecord, type ReasonCode } from '../../src/lib/records/verify';
import { manifestSchema } from '../../src/schemas/manifest';
import { completionPayloadSchema, type RecordJws, type RecordPayload } from '../../src/schemas/record';

const manifest = testManifest();
let key: SigningKey;
let other: SigningKey;
let good: RecordJws;

before(async () => {
  key = await newKey();
  other = await newKey();
  good = await signedRecord(manifest, key);
});

async function reasonOf(record: unknown): Promise<ReasonCode | 'valid'> {
  const v = await verifyRecord(record, manifest);
  return v.ok ? 'valid' : v.reason;
}

/** Re-encodes a changed payload in canonical form without re-signing. */
function withPayload(jws: RecordJws, change: (p: RecordPayload) => void): RecordJws {
  const p = b64json.decode(jws.payload) as unknown as RecordPayload;
  change(p);
  return { ...jws, payload: base64url.encode(canonicalJson(p)) };
}

function withHeader(jws: RecordJws, change: (h: Record<string, unknown>) => void): RecordJws {
  const h = b64json.decode(jws.protected);
  change(h);
  return { ...jws, protected: b64json.encode(h) };
}

/** Signs arbitrary header and payload text with a key, as an attacker's tool would. */
async function signRaw(header: unknown, payloadText: string, signer: SigningKey): Promise<RecordJws> {
  const protectedB64 = b64json.encode(header);
  const payloadB64 = base64url.encode(payloadText);
  const sig = await crypto.subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, signer.privateKey, new TextEncoder().encode(`${protectedB64}.${payloadB64}`));
  return { protected: protectedB64, payload: payloadB64, signature: base64url.encode(new Uint8Array(sig)) };
}

function headerOf(k: SigningKey): Record<string, unknown> {
  return { alg: 'ES256', typ: 'aga-completion+jws', jwk: k.publicJwk, kid: k.kid };
}

describe('buildPayload', () => {
  it('lists every question in bank order, sorted and de-duplicated, and grades', () => {
    const entry = manifest.modules[1]!;
    const p = buildPayload({
      recordId: '00000000-0000-4000-8000-000000000001',
      site: { origin: 'https://x.example', build: 'b' },
      module: { id: entry.id, version: entry.version, contentHash: entry.contentHash },
      learner: { name: 'Zoe\u0301', email: 'z@example.com', employeeId: 'E9' },
      attempt: { n: 1, startedAt: '2026-01-01T00:00:00.000Z', completedAt: '2026-01-01T00:10:00.000Z' },
      answers: [{ q: 'a3', selected: [0] }, { q: 'a2', selected: [2, 0, 2] }],
      key: entry.questions,
      passMarkPercent: entry.passMarkPercent,
    });
    assert.deepEqual(p.answers, [{ q: 'a1', selected: [] }, { q: 'a2', selected: [0, 2] }, { q: 'a3', selected: [0] }]);
    assert.deepEqual(p.score, { correct: 2, total: 3, passMarkPercent: 60, passed: true });
    assert.equal(p.learner.name, 'Zo\u00e9');
    assert.ok(completionPayloadSchema.safeParse(p).success);
    assert.equal(p.v, 2);
    assert.deepEqual(p.identity, { method: 'self-declared' });
  });

  it('throws on times that are not toISOString() output', () => {
    assert.throws(() => payloadFor(manifest, { completedAt: '2026-01-01' }), RangeError);
  });
});

describe('sign and verify', () => {
  it('round trip: a signed record verifies and returns its payload, kid and entry', async () => {
    const v = await verifyRecord(good, manifest);
    assert.ok(v.ok, JSON.stringify(v));
    assert.equal(v.kid, key.kid);
    assert.equal(v.entry.version, '1.1.0');
    assert.deepEqual(v.payload, b64json.decode(good.payload));
  });

  it('writes the header docs/record-format.md fixes and signs the JCS bytes', async () => {
    assert.deepEqual(b64json.decode(good.protected), { alg: 'ES256', typ: 'aga-completion+jws', jwk: key.publicJwk, kid: key.kid });
    const text = Buffer.from(good.payload, 'base64url').toString('utf8');
    assert.equal(text, canonicalJson(JSON.parse(text)));
    assert.equal(Buffer.from(good.signature, 'base64url').length, 64);
    assert.equal(key.kid, await thumbprint(key.publicJwk));
  });

  it('the private key is not extractable, the public key is', async () => {
    const pair = await generateKeyPair();
    assert.equal(pair.privateKey.extractable, false);
    await assert.rejects(crypto.subtle.exportKey('jwk', pair.privateKey));
    const k = await signingKeyFrom(pair);
    assert.deepEqual(Object.keys(k.publicJwk).sort(), ['crv', 'kty', 'x', 'y']);
  });

  it('an older locked version still verifies', async () => {
    const v = await verifyRecord(await signedRecord(manifest, key, { version: '1.0.0' }), manifest);
    assert.ok(v.ok);
    assert.equal(v.entry.current, false);
  });

  it('a failed attempt is a valid record too', async () => {
    const v = await verifyRecord(await signedRecord(manifest, key, { pass: false }), manifest);
    assert.ok(v.ok);
    assert.equal(v.payload.score.passed, false);
  });
});

describe('changing any single field of a signed payload fails the signature', () => {
  const changes: Array<[string, (p: RecordPayload) => void]> = [
    ['recordId', (p) => { p.recordId = '11111111-1111-4111-8111-111111111111'; }],
    ['site.origin', (p) => { p.site.origin = 'https://evil.example'; }],
    ['site.build', (p) => { p.site.build = 'other'; }],
    ['module.id', (p) => { p.module.id = 'beta'; }],
    ['module.version', (p) => { p.module.version = '1.0.0'; }],
    ['module.contentHash', (p) => { p.module.contentHash = `sha256:${'f'.repeat(64)}`; }],
    ['learner.name', (p) => { p.learner.name = 'Mallory'; }],
    ['learner.email', (p) => { p.learner.email = 'm@example.com'; }],
    ['learner.employeeId', (p) => { p.learner.employeeId = 'E666'; }],
    ['attempt.n', (p) => { p.attempt.n = 7; }],
    ['attempt.startedAt', (p) => { p.attempt.startedAt = '2020-01-01T00:00:00.000Z'; }],
    ['attempt.completedAt', (p) => { p.attempt.completedAt = '2030-01-01T00:00:00.000Z'; }],
    ['answers[0].selected', (p) => { p.answers[0]!.selected = [0]; }],
    ['score.correct', (p) => { p.score.correct = 0; }],
    ['score.total', (p) => { p.score.total = 9; }],
    ['score.passMarkPercent', (p) => { p.score.passMarkPercent = 1; }],
    ['score.passed', (p) => { p.score.passed = false; }],
  ];
  for (const [field, change] of changes) {
    it(field, async () => assert.equal(await reasonOf(withPayload(good, change)), 'signature'));
  }
  it('a field changed to a wrong kind is caught by shape first', async () => {
    assert.equal(await reasonOf(withPayload(good, (p) => { (p.score as { correct: unknown }).correct = 2.5; })), 'shape');
    assert.equal(await reasonOf(withPayload(good, (p) => { (p as unknown as Record<string, unknown>).extra = 1; })), 'shape');
  });
});

describe('header, key and signature changes', () => {
  const cases: Array<[string, () => Promise<unknown>, ReasonCode | 'valid']> = [
    ['alg none', async () => withHeader(good, (h) => { h.alg = 'none'; }), 'alg'],
    ['alg none with an empty signature', async () => ({ ...withHeader(good, (h) => { h.alg = 'none'; }), signature: '' }), 'alg'],
    ['alg HS256 signed with an HMAC key', async () => {
      const hmac = await crypto.subtle.generateKey({ name: 'HMAC', hash: 'SHA-256' }, true, ['sign']);
      const k = await crypto.subtle.exportKey('jwk', hmac);
      const protectedB64 = b64json.encode({ alg: 'HS256', typ: 'aga-completion+jws', jwk: { kty: 'oct', k: k.k }, kid: 'x' });
      const sig = await crypto.subtle.sign('HMAC', hmac, new TextEncoder().encode(`${protectedB64}.${good.payload}`));
      return { protected: protectedB64, payload: good.payload, signature: base64url.encode(new Uint8Array(sig)) };
    }, 'alg'],
    ['alg ES384', async () => withHeader(good, (h) => { h.alg = 'ES384'; }), 'alg'],
    ['alg es256 (case matters)', async () => withHeader(good, (h) => { h.alg = 'es256'; }), 'alg'],
    ['typ JWT', async () => withHeader(good, (h) => { h.typ = 'JWT'; }), 'typ'],
    ['typ missing', async () => withHeader(good, (h) => { delete h.typ; }), 'typ'],
    ['kid that is not the thumbprint', async () => withHeader(good, (h) => { h.kid = other.kid; }), 'kid'],
    ['jwk swapped for another key, kid unchanged', async () => withHeader(good, (h) => { h.jwk = other.publicJwk; }), 'kid'],
    ['jwk and kid swapped for another key (foreign key)', async () => withHeader(good, (h) => { h.jwk = other.publicJwk; h.kid = other.kid; }), 'signature'],
    ['re-signed with another key, header unchanged', async () => {
      const forged = await signPayload(b64json.decode(good.payload) as unknown as RecordPayload, other);
      return { ...forged, protected: good.protected };
    }, 'signature'],
    ['signature of another record', async () => ({ ...good, signature: (await signedRecord(manifest, key)).signature }), 'signature'],
    ['signature with one character changed', async () => ({ ...good, signature: (good.signature[0] === 'A' ? 'B' : 'A') + good.signature.slice(1) }), 'signature'],
    ['signature truncated', async () => ({ ...good, signature: good.signature.slice(0, 40) }), 'signature'],
    ['signature empty', async () => ({ ...good, signature: '' }), 'signature'],
    ['a P-384 key', async () => {
      const pair = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-384' }, false, ['sign', 'verify']);
      const jwk = await crypto.subtle.exportKey('jwk', pair.publicKey);
      const pub = { kty: 'EC', crv: 'P-384', x: jwk.x, y: jwk.y };
      return withHeader(good, (h) => { h.jwk = pub; h.kid = ''; });
    }, 'kid'],
    ['a P-384 key with its own thumbprint as kid', async () => {
      const pair = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-384' }, false, ['sign', 'verify']);
      const jwk = await crypto.subtle.exportKey('jwk', pair.publicKey);
      const pub = { kty: 'EC', crv: 'P-384', x: jwk.x!, y: jwk.y! };
      const kid = await thumbprint(pub);
      return withHeader(good, (h) => { h.jwk = pub; h.kid = kid; });
    }, 'signature'],
    ['header with an extra unprotected member', async () => ({ ...good, header: { kid: 'x' } }), 'shape'],
    ['header without jwk', async () => withHeader(good, (h) => { delete h.jwk; }), 'shape'],
    ['protected header that is not JSON', async () => ({ ...good, protected: base64url.encode('{"alg":') }), 'malformed'],
    ['payload that is not JSON', async () => ({ ...good, payload: base64url.encode('not json') }), 'malformed'],
    ['a number instead of a record', async () => 42, 'malformed'],
    ['null', async () => null, 'malformed'],
    ['an object without the JWS members', async () => ({ hello: 'world' }), 'shape'],
    // Producers must use JCS; a validly signed payload in another form is refused last, as shape.
    ['payload not in canonical form but validly signed', async () =>
      signRaw(headerOf(key), JSON.stringify(b64json.decode(good.payload), null, 2), key), 'shape'],
    ['payload with keys out of order but validly signed', async () => {
      const p = b64json.decode(good.payload);
      const reordered = Object.fromEntries(Object.entries(p).reverse());
      return signRaw(headerOf(key), JSON.stringify(reordered), key);
    }, 'shape'],
    ['a changed field re-encoded in another key order, not re-signed', async () => {
      const p = b64json.decode(good.payload) as Record<string, unknown>;
      const changed = Object.fromEntries(Object.entries({ ...p, recordId: crypto.randomUUID() }).reverse());
      return { ...good, payload: base64url.encode(JSON.stringify(changed)) };
    }, 'signature'],
    ['alg none over a payload in another key order: the algorithm is reported, not the form', async () => {
      const p = b64json.decode(good.payload) as Record<string, unknown>;
      const h = { ...b64json.decode(good.protected) as Record<string, unknown>, alg: 'none' };
      return { protected: base64url.encode(JSON.stringify(h)), payload: base64url.encode(JSON.stringify(Object.fromEntries(Object.entries(p).reverse()))), signature: '' };
    }, 'alg'],
    ['payload with a duplicate key but validly signed', async () => {
      const text = canonicalJson(b64json.decode(good.payload)).replace('{"answers"', '{"answers":[],"answers"');
      return signRaw(headerOf(key), text, key);
    }, 'shape'],
  ];
  for (const [name, make, reason] of cases) {
    it(`${name} -> ${reason}`, async () => assert.equal(await reasonOf(await make()), reason));
  }
});

describe('manifest checks after the signature (re-signed by the learner\'s own key)', () => {
  const cases: Array<[string, (p: RecordPayload) => void, ReasonCode]> = [
    ['unknown module', (p) => { p.module.id = 'gamma'; }, 'unknown-module'],
    ['unknown version', (p) => { p.module.version = '3.0.0'; }, 'unknown-version'],
    ['content hash of another version', (p) => { p.module.contentHash = manifest.modules[0]!.contentHash; }, 'content-hash'],
    ['claimed passed with wrong answers', (p) => { p.answers = p.answers.map((a) => ({ ...a, selected: [] })); }, 'regrade'],
    ['claimed a higher score', (p) => { p.score.correct = 3; p.answers[0]!.selected = [0]; }, 'regrade'],
    ['claimed failed with right answers', (p) => { p.score.passed = false; }, 'regrade'],
    ['another pass mark', (p) => { p.score.passMarkPercent = 50; }, 'regrade'],
    ['answers out of bank order', (p) => { p.answers.reverse(); }, 'regrade'],
    ['a question missing', (p) => { p.answers.pop(); p.score.total = 2; p.score.correct = 2; }, 'regrade'],
    ['selection not ascending', (p) => { p.answers[1]!.selected = [2, 0]; }, 'regrade'],
    ['selection with a duplicate', (p) => { p.answers[1]!.selected = [0, 2, 2]; }, 'regrade'],
  ];
  for (const [name, change, reason] of cases) {
    it(`${name} -> ${reason}`, async () => {
      const p = payloadFor(manifest);
      change(p);
      const v = await verifyRecord(await signPayload(p, key), manifest);
      assert.equal(v.ok ? 'valid' : v.reason, reason);
      assert.ok(!v.ok && v.recordId === p.recordId && v.message.startsWith(REASON_TEXT[reason]));
    });
  }
});

describe('REASON_TEXT', () => {
  it('has plain text for every code', () => {
    for (const code of REASON_CODES) assert.ok(REASON_TEXT[code].length > 10, code);
    assert.match(REASON_TEXT.signature, /changed after it was signed/);
  });
});

describe('recordsInFile', () => {
  const cases: Array<[string, string, number | string]> = [
    ['an export bundle', JSON.stringify({ type: 'aga.export', v: 1, exportedAt: '2026-01-01T00:00:00.000Z', records: [{ protected: 'a', payload: 'b', signature: 'c' }, 1] }), 2],
    ['an empty bundle', JSON.stringify({ type: 'aga.export', v: 1, exportedAt: '2026-01-01T00:00:00.000Z', records: [] }), 0],
    ['a bare JWS', JSON.stringify({ protected: 'a', payload: 'b', signature: 'c' }), 1],
    ['an array of JWS', JSON.stringify([{ protected: 'a', payload: 'b', signature: 'c' }, { protected: 'd' }]), 2],
    ['with a byte order mark', `\ufeff${JSON.stringify({ protected: 'a', payload: 'b', signature: 'c' })}`, 1],
    ['empty text', '', 'empty file'],
    ['only whitespace', ' \n', 'empty file'],
    ['truncated JSON', '{"type":"aga.export","records":[{"prot', 'not JSON'],
    ['not JSON at all', 'hello', 'not JSON'],
    ['JSON of something else', '{"name":"report"}', 'JSON, but not a record file'],
    ['a bundle of another version', '{"type":"aga.export","v":2,"records":[]}', 'JSON, but not a record file'],
    ['a bundle without records', '{"type":"aga.export","v":1}', 'JSON, but not a record file'],
    ['an array of numbers', '[1,2]', 'JSON, but not a record file'],
    ['a string', '"x"', 'JSON, but not a record file'],
    ['null', 'null', 'JSON, but not a record file'],
  ];
  for (const [name, text, expected] of cases) {
    it(name, () => {
      const r = recordsInFile(text);
      if (typeof expected === 'number') {
        assert.ok(r.ok);
        assert.equal(r.records.length, expected);
      } else {
        assert.ok(!r.ok);
        assert.equal(r.reason, 'malformed');
        assert.ok(r.message.startsWith(expected), r.message);
      }
    });
  }
});

describe('the independent format v1 sample (tests/fixtures/record-v1)', () => {
  // Made by another implementation of docs/record-format.md; a missing copy fails, never skips.
  const dir = join('tests', 'fixtures', 'record-v1');
  it('every record verifies against its manifest', async () => {
    const sample = manifestSchema.parse(JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')));
    const file = recordsInFile(readFileSync(join(dir, 'bundle.json'), 'utf8'));
    assert.ok(file.ok);
    assert.ok(file.records.length > 0);
    for (const record of file.records) {
      const v = await verifyRecord(record, sample);
      assert.ok(v.ok, JSON.stringify(v));
    }
  });
});

describe('sortDeep helper gives JCS for ASCII keys', () => {
  it('matches canonicalJson', () => {
    const p = payloadFor(manifest);
    assert.equal(JSON.stringify(sortDeep(p)), canonicalJson(p));
  });
});

describe('signed records with impossible times', () => {
  const manifest = testManifest();
  for (const [name, attempt] of [
    ['a date that matches the pattern but does not exist', { startedAt: '2026-06-01T09:50:00.000Z', completedAt: '2026-13-45T99:99:99.999Z' }],
    ['completed before it started', { startedAt: '2026-06-01T10:00:00.000Z', completedAt: '2026-06-01T09:00:00.000Z' }],
  ] as const) {
    it(`${name}: shape, signed or not`, async () => {
      const key = await newKey();
      const p = payloadFor(manifest);
      const v = await verifyRecord(await signPayload({ ...p, attempt: { ...p.attempt, ...attempt } }, key), manifest);
      assert.equal(v.ok ? 'valid' : v.reason, 'shape');
    });
  }
});
