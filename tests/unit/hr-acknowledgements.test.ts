/** Issue 15 on HR's side: acknowledgements of the current policy version in the roster, overview, CSV, xAPI and the CLI. */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import xapiValidation from 'xapi-validation';
import { bundle, newKey, payloadFor, testManifest } from '../../bench/fixtures-records';
import { exporterFor } from '../../src/lib/export/exporters';
import { parseCsv } from '../../src/lib/export/csv';
import { rosterToCsv } from '../../src/lib/export/roster-csv';
import { manifestXapiOptions, toAcknowledgementStatement } from '../../src/lib/export/xapi';
import { employeeDetail } from '../../src/lib/hr/detail';
import { overview } from '../../src/lib/hr/overview';
import { policyCellText, policyColumnText, policyOverviewText } from '../../src/lib/hr/policy-text';
import { buildAcknowledgement } from '../../src/lib/records/build-acknowledgement';
import type { ValidAcknowledgement } from '../../src/lib/records/acknowledgements';
import { buildRoster } from '../../src/lib/records/roster';
import { signPayload, type SigningKey } from '../../src/lib/records/sign';
import { verifyAny } from '../../src/lib/records/verify-any';
import type { ManifestV2 } from '../../src/schemas/manifest';
import { aga } from '../support/aga-cli';

const validate = (xapiValidation as unknown as { default?: typeof xapiValidation }).default ?? xapiValidation;
const hash = (c: string) => `sha256:${c.repeat(64)}`;
const base = testManifest();
const manifest: ManifestV2 = {
  v: 2,
  build: base.build,
  modules: base.modules.map((m) => ({ ...m, draw: m.questions.length })),
  policies: [
    { version: '2026.1', title: 'AI-use policy', contentHash: hash('e'), minReadingSeconds: 0, current: false },
    { version: '2026.2', title: 'AI-use policy', contentHash: hash('f'), minReadingSeconds: 60, current: true },
  ],
};
const now = new Date('2026-06-15T00:00:00.000Z');

function ackPayload(employeeId: string, version: string, acknowledgedAt: string, readingSeconds = 75) {
  const policy = manifest.policies.find((p) => p.version === version)!;
  return buildAcknowledgement({
    recordId: crypto.randomUUID(), site: { origin: 'https://academy.example', build: manifest.build },
    policy: { version, contentHash: policy.contentHash }, learner: { name: `Name ${employeeId}`, email: `${employeeId.toLowerCase()}@example.com`, employeeId },
    readingSeconds, acknowledgedAt,
  });
}
const ack = (employeeId: string, version: string, at: string): ValidAcknowledgement => ({ payload: ackPayload(employeeId, version, at), kid: `K-${employeeId}`, file: 'f.json', index: 0 });

describe('acknowledgements in the roster', () => {
  const records = [{ payload: payloadFor(manifest, { employeeId: 'E1' }), kid: 'K-E1' }, { payload: payloadFor(manifest, { employeeId: 'E2' }), kid: 'K-E2' }];
  const acks = [
    ack('E1', '2026.2', '2026-05-03T10:00:00.000Z'),
    ack('E1', '2026.2', '2026-05-01T10:00:00.000Z'),
    ack('E2', '2026.1', '2026-01-01T10:00:00.000Z'),
    ack('E3', '2026.2', '2026-05-02T10:00:00.000Z'),
  ];
  const roster = buildRoster(records, manifest, now, undefined, undefined, acks);

  it('the current version, the first date each employee acknowledged it; an older version does not count', () => {
    assert.deepEqual(roster.policy, { version: '2026.2', title: 'AI-use policy' });
    assert.deepEqual(roster.rows.map((r) => [r.employeeId, r.acknowledgedAt]), [
      ['E1', '2026-05-01T10:00:00.000Z'], ['E2', undefined], ['E3', '2026-05-02T10:00:00.000Z'],
    ]);
    assert.equal(policyColumnText('2026.2'), 'Policy 2026.2 acknowledged');
    assert.deepEqual(roster.rows.map(policyCellText), ['2026-05-01', 'no', '2026-05-02']);
  });

  it('someone who only acknowledged is a row with no module started, their key and identity', () => {
    const e3 = roster.rows.find((r) => r.employeeId === 'E3')!;
    assert.equal(e3.name, 'Name E3');
    assert.deepEqual(e3.keys, ['K-E3']);
    assert.equal(e3.identity, 'self-declared');
    assert.ok(Object.values(e3.cells).every((c) => c.status === 'not-started'));
  });

  it('a manifest without a current policy (format v1) has no policy column', () => {
    const v1 = buildRoster(records, base, now, undefined, undefined, []);
    assert.equal(v1.policy, undefined);
    assert.ok(!parseCsv(rosterToCsv(v1).replace(/^\uFEFF/, ''))[0]!.cells.some((c) => c.startsWith('policy')));
  });

  it('the overview counts who acknowledged the current version', () => {
    const o = overview(roster, now, 30);
    assert.deepEqual(o.policy, { version: '2026.2', acknowledged: 2 });
    assert.equal(policyOverviewText(o), 'Policy 2026.2 acknowledged by 2 of 3 people (67%).');
  });

  it('the roster CSV: "policy <v> acknowledged" holds the date or "no"', () => {
    const rows = parseCsv(rosterToCsv(roster).replace(/^\uFEFF/, '')).map((r) => r.cells);
    assert.equal(rows[0]!.at(-1), 'policy 2026.2 acknowledged');
    assert.deepEqual(rows.slice(1).map((r) => r.at(-1)), ['2026-05-01', 'no', '2026-05-02']);
  });

  it('the detail view lists the acknowledgements and the identity of every record', () => {
    const row = roster.rows[0]!;
    const d = employeeDetail(row, roster, records, new Map(), (id) => id, acks);
    assert.ok(d.facts.includes('Policy 2026.2 acknowledged: 2026-05-01'), d.facts.join('\n'));
    assert.ok(d.facts.includes('Identity: self-declared'));
    assert.equal(d.records.length, 3);
    assert.match(d.records[0]!, /Identity: self-declared\.$/);
    assert.match(d.records[1]!, /policy version 2026\.2 acknowledged on 2026-05-03 after reading 75 s/);
  });
});

describe('acknowledgements in xAPI', () => {
  const opts = manifestXapiOptions('https://academy.example/academy/', manifest);

  it('verb accept ("accepted"), the policy page at the version, the reading time; passes xapi-validation', () => {
    const a = ack('E1', '2026.2', '2026-05-01T10:00:00.000Z');
    const s = toAcknowledgementStatement(a.payload, opts, { method: 'oidc', issuer: 'https://login.example.com', email: 'e1@example.com' });
    assert.deepEqual(s, {
      id: a.payload.recordId,
      actor: { objectType: 'Agent', name: 'Name E1', mbox: 'mailto:e1@example.com' },
      verb: { id: 'http://activitystrea.ms/schema/1.0/accept', display: { 'en-US': 'accepted' } },
      object: { objectType: 'Activity', id: 'https://academy.example/academy/policy/?version=2026.2', definition: { name: { 'en-US': 'AI-use policy 2026.2' } } },
      result: { completion: true, duration: 'PT75S' },
      timestamp: '2026-05-01T10:00:00.000Z',
    });
    assert.deepEqual(validate(s), []);
  });

  it('the exporter adds one statement per acknowledgement, each copy once', () => {
    const a = ack('E1', '2026.2', '2026-05-01T10:00:00.000Z');
    const made = exporterFor('xapi').render({ exportedAt: now.toISOString(), records: [{ payload: payloadFor(manifest), kid: 'k' }], acknowledgements: [a, structuredClone(a)], xapi: opts });
    const verbs = (JSON.parse(made.text) as Array<{ verb: { display: { 'en-US': string } } }>).map((s) => s.verb.display['en-US']);
    assert.deepEqual(verbs, ['passed', 'accepted']);
    assert.equal(made.leftOut, 0);
  });
});

describe('verifyAny and aga verify', () => {
  let key: SigningKey;
  let dir: string;
  before(async () => {
    key = await newKey();
    dir = mkdtempSync(join(tmpdir(), 'aga-ack-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('sorts a file\'s entries into completions and acknowledgements with the lib\'s checks', async () => {
    const good = await signPayload(ackPayload('E1', '2026.2', '2026-05-01T10:00:00.000Z'), key);
    const brief = await signPayload(ackPayload('E1', '2026.2', '2026-05-01T10:00:00.000Z', 5), key);
    const done = await signPayload(payloadFor(manifest, { employeeId: 'E1' }), key);
    const kinds = await Promise.all([good, brief, done].map(async (r) => {
      const v = await verifyAny(r, manifest);
      return v.ok ? v.kind : v.reason;
    }));
    assert.deepEqual(kinds, ['acknowledgement', 'reading-time', 'completion']);
  });

  it('--csv and --xapi carry the acknowledgement, the same shared code as the HR page', async () => {
    const file = join(dir, 'e1.json');
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
    writeFileSync(file, bundle([
      await signPayload(payloadFor(manifest, { employeeId: 'E1' }), key),
      await signPayload(ackPayload('E1', '2026.2', '2026-05-01T10:00:00.000Z'), key),
    ]));
    const csv = join(dir, 'roster.csv');
    const xapi = join(dir, 'xapi.json');
    const r = await aga(['verify', '--manifest', join(dir, 'manifest.json'), '--csv', csv, '--xapi', xapi, '--site', 'https://academy.example/academy/', file], { AGA_NOW: now.toISOString() });
    assert.equal(r.code, 0, r.stderr);
    const rows = parseCsv(readFileSync(csv, 'utf8').replace(/^\uFEFF/, '')).map((x) => x.cells);
    assert.deepEqual([rows[0]!.at(-1), rows[1]!.at(-1)], ['policy 2026.2 acknowledged', '2026-05-01']);
    const statements = JSON.parse(readFileSync(xapi, 'utf8')) as Array<{ verb: { id: string }; object: { id: string } }>;
    assert.deepEqual(statements.map((s) => s.object.id), ['https://academy.example/academy/modules/alpha/', 'https://academy.example/academy/policy/?version=2026.2']);
    assert.match(r.stderr, /xAPI statements written to .*\(2 statements\)/);
  });

  it('--xapi without a site address is a usage error', async () => {
    const r = await aga(['verify', '--manifest', join(dir, 'manifest.json'), '--xapi', join(dir, 'x.json'), join(dir, 'e1.json')], { AGA_SITE_ORIGIN: '' });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /--xapi needs the site's address/);
  });
});
