import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { bundle, newKey, signedRecord } from '../../bench/fixtures-records';
import { readContent } from '../../src/build/content';
import { contentManifest } from '../../src/build/manifest';
import { identityNonce, newNonceSalt } from '../../src/lib/identity/nonce';
import { signPayload, type SigningKey } from '../../src/lib/records/sign';
import type { ManifestV2 } from '../../src/schemas/manifest';
import { aga } from '../support/aga-cli';
import { copyContent, edit } from '../support/content-copy';
import { idpKey, idToken, jwksOf, type IdpKey } from '../support/identity-fixtures';
import { scratchDir } from '../support/scratch';

const ISSUER = 'https://login.example.com/tenant';
const COMPLETED = '2026-06-01T10:00:00.000Z';
let content: string;
let dir: string;
let manifest: ManifestV2;
let device: SigningKey;
let now: IdpKey;
let old: IdpKey;

/** A record of employee E1 signed in with the provider key `signer`. */
async function ssoRecord(signer: IdpKey, claims: Record<string, unknown> = {}) {
  const nonceSalt = newNonceSalt();
  const token = await idToken(signer, {
    iss: ISSUER, aud: 'academy', sub: 'u1', iat: Date.parse(COMPLETED) / 1000 - 60, nonce: await identityNonce(device.kid, nonceSalt), email: 'alice@example.com', ...claims,
  });
  return signedRecord(manifest, device, { module: manifest.modules[0]!.id, completedAt: COMPLETED, identity: { method: 'oidc', idToken: token, nonceSalt } });
}

before(async () => {
  content = copyContent();
  edit(content, 'org.yaml', (t) => `${t}\nsso:\n  issuer: ${ISSUER}\n  clientId: academy\n`);
  manifest = await contentManifest(readContent(content));
  dir = scratchDir('aga-cli-v2-');
  device = await newKey();
  [now, old] = await Promise.all([idpKey('RS256', 'now'), idpKey('ES256', 'old')]);
  writeFileSync(join(dir, 'jwks-now.json'), JSON.stringify(jwksOf(now)));
  writeFileSync(join(dir, 'jwks-old.json'), JSON.stringify({ issuer: ISSUER, fetchedAt: '2026-01-01T00:00:00.000Z', ...jwksOf(old) }));
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  const recordsDir = join(dir, 'records');
  mkdirSync(recordsDir);
  writeFileSync(join(recordsDir, 'bundle.json'), bundle([
    await ssoRecord(now),
    await ssoRecord(old),
    await signedRecord(manifest, device, { module: manifest.modules[0]!.id }),
    await ssoRecord(now, { aud: 'another-app' }),
  ]));
});

describe('aga verify --jwks (format v2 identity)', () => {
  const run = (...extra: string[]) => aga(['verify', '--manifest', join(dir, 'manifest.json'), ...extra, '--json', join(dir, 'records')]);

  it('with the archived and the current key file: SSO records verify; a token for another client fails identity-claims', async () => {
    const r = await run('--jwks', join(dir, 'jwks-old.json'), '--jwks', join(dir, 'jwks-now.json'));
    assert.equal(r.code, 1, r.stderr);
    assert.deepEqual((JSON.parse(r.stdout) as Array<{ reason: string | null }>).map((l) => l.reason), [null, null, null, 'identity-claims']);
  });

  it('names the identity on each valid line: SSO (issuer) or self-declared', async () => {
    const r = await aga(['verify', '--manifest', join(dir, 'manifest.json'), '--jwks', join(dir, 'jwks-old.json'), `--jwks=${join(dir, 'jwks-now.json')}`, join(dir, 'records')]);
    const lines = r.stdout.trim().split('\n').map((l) => l.split('\t'));
    assert.match(lines[0]![4]!, new RegExp(`SSO \\(${ISSUER.replace(/[./]/g, '\\$&')}\\)$`));
    assert.match(lines[2]![4]!, /self-declared$/);
    assert.equal(lines[3]![3], 'identity-claims');
  });

  it('without the archived key, the record signed in before the rotation fails identity-token', async () => {
    const r = await run('--jwks', join(dir, 'jwks-now.json'));
    assert.deepEqual((JSON.parse(r.stdout) as Array<{ reason: string | null }>).map((l) => l.reason), [null, 'identity-token', null, 'identity-claims']);
  });

  it('without any key file, SSO records fail identity-token and the self-declared one still verifies', async () => {
    const r = await run();
    assert.deepEqual((JSON.parse(r.stdout) as Array<{ reason: string | null }>).map((l) => l.reason), ['identity-token', 'identity-token', null, 'identity-token']);
  });

  it('a key file that is not one is a usage error naming it (exit 2)', async () => {
    writeFileSync(join(dir, 'not-keys.json'), '{"hello": 1}');
    const r = await run('--jwks', join(dir, 'not-keys.json'));
    assert.equal(r.code, 2);
    assert.match(r.stderr, /not-keys\.json: not a key file/);
    const missing = await run('--jwks');
    assert.equal(missing.code, 2);
  });

  it('an acknowledgement is checked as one: a policy version the site never locked is unknown-policy', async () => {
    const ack = await signPayload({
      type: 'aga.acknowledgement', v: 2, recordId: crypto.randomUUID(), site: { origin: 'https://academy.example', build: manifest.build },
      policy: { version: '1999.9', contentHash: `sha256:${'a'.repeat(64)}` }, learner: { name: 'Alice', email: 'alice@example.com', employeeId: 'E1' },
      identity: { method: 'self-declared' }, readingSeconds: 120, acknowledgedAt: COMPLETED,
    }, device);
    writeFileSync(join(dir, 'ack.json'), JSON.stringify(ack));
    const r = await aga(['verify', '--manifest', join(dir, 'manifest.json'), join(dir, 'ack.json')]);
    assert.equal(r.code, 1);
    assert.equal(r.stdout.split('\t')[3], 'unknown-policy');
  });

  it('without --manifest, the manifest built from content/ carries the SSO identity', async () => {
    const r = await aga(['verify', '--jwks', join(dir, 'jwks-old.json'), '--jwks', join(dir, 'jwks-now.json'), '--json', join(dir, 'records')], { AGA_CONTENT_DIR: content });
    assert.deepEqual((JSON.parse(r.stdout) as Array<{ reason: string | null }>).map((l) => l.reason), [null, null, null, 'identity-claims']);
  });
});
