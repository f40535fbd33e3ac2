import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { b64json, bundle, newKey, signedRecord, testManifest } from '../../bench/fixtures-records';
import { identityNonce, newNonceSalt } from '../../src/lib/identity/nonce';
import type { Manifest } from '../../src/schemas/manifest';
import { aga, type Run } from '../support/aga-cli';
import { craftedCases } from '../support/crafted';
import { idpKey, idToken, jwksOf } from '../support/identity-fixtures';

// Issue 17: `aga verify` spreads files over worker threads; its output must not depend on how many.
const ISSUER = 'https://login.example.com/threads';
let dir: string;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'aga-threads-'));
  const manifest = testManifest();
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  const records = join(dir, 'records');
  mkdirSync(join(records, 'sub'), { recursive: true });
  // A large junk file first: a thread still busy with it must not let later files print before it.
  writeFileSync(join(records, 'a-junk.json'), `[${Array(30_000).fill('{"protected":"a"}').join(',')}]`);
  const [k1, k2] = await Promise.all([newKey(), newKey()]);
  for (let f = 0; f < 8; f++) {
    const list = await Promise.all(Array.from({ length: 6 }, (_, i) => signedRecord(manifest, i % 2 ? k1 : k2, { employeeId: `E${f}`, pass: i !== 3, n: i + 1 })));
    // A changed score in every other file; a record repeated in another file (a warning).
    if (f % 2) list[1] = { ...list[1]!, payload: b64json.encode({ ...b64json.decode(list[1]!.payload), score: { correct: 0, total: 3, passMarkPercent: 60, passed: false } }) };
    if (f === 5) list.push((await signedRecord(manifest, k1, { employeeId: 'E0', n: 1 })));
    writeFileSync(join(records, f < 4 ? `bundle-${f}.json` : join('sub', `bundle-${f}.json`)), bundle(list));
  }
  for (const [i, c] of (await craftedCases(manifest)).entries()) writeFileSync(join(records, `crafted-${String(i).padStart(2, '0')}.json`), JSON.stringify(c.record));
  writeFileSync(join(records, 'empty.json'), '');
  writeFileSync(join(records, 'not-json.json'), '{"records": [');
  writeFileSync(join(records, 'z-valid.json'), bundle([await signedRecord(manifest, k2, { employeeId: 'E9' })]));

  // Format v2 records signed in with the identity provider, in several files: every thread needs the keys.
  const idp = await idpKey('RS256', 'threads-1');
  const sso: Manifest = { ...manifest, v: 2, policies: [], identity: { issuer: ISSUER, clientId: 'academy', emailClaim: 'email' }, modules: manifest.modules.map((m) => ({ ...m, draw: m.questions.length })) };
  writeFileSync(join(dir, 'manifest-sso.json'), JSON.stringify(sso));
  writeFileSync(join(dir, 'jwks.json'), JSON.stringify(jwksOf(idp)));
  mkdirSync(join(dir, 'sso'));
  for (let f = 0; f < 4; f++) {
    const device = await newKey();
    const nonceSalt = newNonceSalt();
    const token = await idToken(idp, { iss: ISSUER, aud: 'academy', sub: `u${f}`, iat: Date.parse('2025-12-31T00:00:00.000Z') / 1000, nonce: await identityNonce(device.kid, nonceSalt), email: `e${f}@example.com` });
    const list = await Promise.all([0, 1].map((i) => signedRecord(sso, device, { employeeId: `S${f}`, email: `e${f}@example.com`, n: i + 1, identity: { method: 'oidc', idToken: token, nonceSalt } })));
    writeFileSync(join(dir, 'sso', `sso-${f}.json`), bundle(list));
  }
});
after(() => rmSync(dir, { recursive: true, force: true }));

const TRACE = /^aga: (running from|verifying|verified at|roster of) .*\n/gm;
const withThreads = (threads: number, args: string[]) => aga(['verify', ...args], { AGA_VERIFY_THREADS: String(threads), AGA_CLI_TRACE: '1', AGA_NOW: '2026-07-01T00:00:00.000Z' });

function assertSameRun(one: Run, many: Run, threads: number): void {
  assert.match(many.stderr, new RegExp(`^aga: verifying \\d+ files on ${threads} threads$`, 'm'));
  assert.match(one.stderr, /^aga: verifying \d+ files on 1 thread$/m);
  assert.equal(many.stdout, one.stdout);
  assert.equal(many.stderr.replace(TRACE, ''), one.stderr.replace(TRACE, ''));
  assert.equal(many.code, one.code);
}

describe('aga verify on several threads prints what one thread prints', () => {
  it('valid, changed, crafted, junk, empty and non-JSON files: same lines, order, stderr and exit code', async () => {
    const args = ['--manifest', join(dir, 'manifest.json'), join(dir, 'records')];
    const one = await withThreads(1, args);
    assert.equal(one.code, 1, one.stderr);
    const lines = one.stdout.trimEnd().split('\n').map((l) => l.split('\t'));
    // The run is worth comparing: many files, both verdicts, several reasons, a capped file.
    assert.ok(new Set(lines.map((l) => l[0])).size > 20);
    assert.ok(new Set(lines.map((l) => l[3])).size >= 5, [...new Set(lines.map((l) => l[3]))].join(' '));
    assert.ok(lines.some((l) => l[2] === 'valid') && lines.some((l) => l[1] === '25000'));
    assert.match(one.stderr, /^note: /m);
    assert.match(one.stderr, /^warning: /m);
    for (const threads of [2, 3]) assertSameRun(one, await withThreads(threads, args), threads);
  });

  it('--json and --csv: the same array and the same roster file', async () => {
    const run = async (threads: number) => {
      // One path for both runs: stderr names it.
      const csv = join(dir, 'roster.csv');
      const r = await withThreads(threads, ['--manifest', join(dir, 'manifest.json'), '--json', '--csv', csv, join(dir, 'records')]);
      return { r, csv: readFileSync(csv, 'utf8') };
    };
    const one = await run(1);
    const many = await run(2);
    assert.ok((JSON.parse(one.r.stdout) as unknown[]).length > 40);
    assertSameRun(one.r, many.r, 2);
    assert.equal(many.csv, one.csv);
    assert.ok(one.csv.split('\n').length > 9);
  });

  it('--jwks reaches every thread: SSO records in several files verify on two threads as on one', async () => {
    const args = ['--manifest', join(dir, 'manifest-sso.json'), '--jwks', join(dir, 'jwks.json'), '--json', join(dir, 'sso')];
    const one = await withThreads(1, args);
    assert.equal(one.code, 0, one.stderr);
    assert.deepEqual((JSON.parse(one.stdout) as Array<{ verdict: string }>).map((l) => l.verdict), Array(8).fill('valid'));
    assertSameRun(one, await withThreads(2, args), 2);
  });

  it('AGA_VERIFY_THREADS that is not a whole number is a usage error (exit 2)', async () => {
    const r = await aga(['verify', '--manifest', join(dir, 'manifest.json'), join(dir, 'records')], { AGA_VERIFY_THREADS: 'many' });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /AGA_VERIFY_THREADS must be a whole number from 1 to 999, not "many"/);
    assert.equal(r.stdout, '');
  });
});
