/** Issue 12 on HR's side: who vouches for each employee in the roster, its filter, the CSV and the xAPI actor. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import xapiValidation from 'xapi-validation';
import { payloadFor, testManifest } from '../../bench/fixtures-records';
import { exporterFor } from '../../src/lib/export/exporters';
import { parseCsv } from '../../src/lib/export/csv';
import { rosterToCsv } from '../../src/lib/export/roster-csv';
import { manifestXapiOptions, toXapiStatement, xapiActor } from '../../src/lib/export/xapi';
import { defaultView, isFiltered, visibleRows } from '../../src/lib/hr/roster-view';
import { identityMatches, identitySummary } from '../../src/lib/records/identity-summary';
import { buildRoster, type ValidRecord } from '../../src/lib/records/roster';
import type { VerifiedIdentity } from '../../src/lib/records/verify';

const validate = (xapiValidation as unknown as { default?: typeof xapiValidation }).default ?? xapiValidation;
const manifest = testManifest();
const now = new Date('2026-06-15T00:00:00.000Z');
const ISSUER = 'https://login.example.com/tenant';
const SELF: VerifiedIdentity = { method: 'self-declared' };
const SSO: VerifiedIdentity = { method: 'oidc', issuer: ISSUER, subject: 'sub-7', email: 'ada@example.com' };
const SSO_NO_EMAIL: VerifiedIdentity = { method: 'oidc', issuer: ISSUER, subject: 'sub-8' };

function rec(employeeId: string, identity: VerifiedIdentity | undefined, module = 'alpha'): ValidRecord {
  return { payload: payloadFor(manifest, { employeeId, module, recordId: crypto.randomUUID() }), kid: `K-${employeeId}`, ...(identity ? { identity } : {}) };
}

describe('identitySummary', () => {
  it('SSO, self-declared (a missing identity counts as one), mixed, none', () => {
    assert.deepEqual(identitySummary([SSO, SSO_NO_EMAIL]), { kind: 'sso', label: `SSO (${ISSUER})` });
    assert.deepEqual(identitySummary([SELF, undefined]), { kind: 'self-declared', label: 'self-declared' });
    assert.deepEqual(identitySummary([SELF, SSO]), { kind: 'mixed', label: `mixed: SSO (${ISSUER}); self-declared` });
    assert.deepEqual(identitySummary([]), { kind: 'none', label: '' });
  });

  it('the filter: a mixed row shows under both kinds, a row without records under neither', () => {
    assert.ok(identityMatches('mixed', 'sso') && identityMatches('mixed', 'self-declared'));
    assert.ok(identityMatches('sso', 'sso') && !identityMatches('sso', 'self-declared'));
    assert.ok(!identityMatches('none', 'sso') && identityMatches('none', ''));
  });
});

describe('the roster with identities', () => {
  const records = [rec('E1', SSO), rec('E2', SELF), rec('E3', SSO), rec('E3', undefined, 'beta')];
  const roster = buildRoster(records, manifest, now, [{ employeeId: 'E4', name: 'Dee', email: 'dee@example.com', department: '', manager: '' }]);

  it('each row says who vouches for its records', () => {
    assert.deepEqual(roster.rows.map((r) => [r.employeeId, r.identityKind, r.identity]), [
      ['E1', 'sso', `SSO (${ISSUER})`],
      ['E2', 'self-declared', 'self-declared'],
      ['E3', 'mixed', `mixed: SSO (${ISSUER}); self-declared`],
      ['E4', 'none', ''],
    ]);
  });

  it('the Identity filter: all, SSO, self-declared', () => {
    const ids = (identity: '' | 'sso' | 'self-declared') => visibleRows(roster, { ...defaultView(), identity }, now).map((r) => r.employeeId);
    assert.deepEqual(ids(''), ['E1', 'E2', 'E3', 'E4']);
    assert.deepEqual(ids('sso'), ['E1', 'E3']);
    assert.deepEqual(ids('self-declared'), ['E2', 'E3']);
    assert.ok(isFiltered({ ...defaultView(), identity: 'sso' }));
  });

  it('the roster CSV carries the identity column', () => {
    const rows = parseCsv(rosterToCsv(roster).replace(/^\uFEFF/, '')).map((r) => r.cells);
    const col = rows[0]!.indexOf('identity');
    assert.ok(col > 0);
    assert.deepEqual(rows.slice(1).map((r) => r[col]), [`SSO (${ISSUER})`, 'self-declared', `mixed: SSO (${ISSUER}); self-declared`, '']);
  });
});

describe('xAPI actors', () => {
  const opts = manifestXapiOptions('https://academy.example/academy/', manifest);
  const learner = { name: 'Ada Lovelace', employeeId: 'E1' };

  it('SSO with an email: mbox; SSO without: the provider account; self-declared: the site account', () => {
    assert.deepEqual(xapiActor(learner, SSO, opts.homePage), { objectType: 'Agent', name: 'Ada Lovelace', mbox: 'mailto:ada@example.com' });
    assert.deepEqual(xapiActor(learner, SSO_NO_EMAIL, opts.homePage), { objectType: 'Agent', name: 'Ada Lovelace', account: { homePage: ISSUER, name: 'sub-8' } });
    for (const id of [SELF, undefined]) {
      assert.deepEqual(xapiActor(learner, id, opts.homePage), { objectType: 'Agent', name: 'Ada Lovelace', account: { homePage: 'https://academy.example', name: 'E1' } });
    }
  });

  it('statements with each actor pass xapi-validation; module URLs keep the base path', () => {
    for (const id of [SSO, SSO_NO_EMAIL, SELF]) {
      const s = toXapiStatement(payloadFor(manifest), opts, id);
      assert.deepEqual(validate(s), [], JSON.stringify(id));
      assert.equal(s.object.id, 'https://academy.example/academy/modules/alpha/');
    }
  });

  it('the xAPI exporter uses each record\'s verified identity', () => {
    const made = exporterFor('xapi').render({ exportedAt: now.toISOString(), records: [rec('E1', SSO), rec('E2', SELF)], xapi: opts });
    const actors = (JSON.parse(made.text) as Array<{ actor: Record<string, unknown> }>).map((s) => s.actor['mbox'] ?? s.actor['account']);
    assert.deepEqual(actors, ['mailto:ada@example.com', { homePage: 'https://academy.example', name: 'E2' }]);
  });
});
