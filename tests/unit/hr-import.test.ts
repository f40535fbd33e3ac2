import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { payloadFor, testManifest, type RecordSpec } from '../../bench/fixtures-records';
import { MAX_FAILURES_LISTED_PER_FILE, MAX_RECORDS_PER_FILE } from '../../src/lib/records/limits';
import { buildRoster, type ValidRecord } from '../../src/lib/records/roster';
import type { Picked } from '../../src/browser/hr/intake';
import type { FileResult } from '../../src/browser/hr/pool';
import { ImportSession } from '../../src/browser/hr/session';
import { buildAcknowledgement } from '../../src/lib/records/build-acknowledgement';
import { cellText, defaultView, visibleRows, type RosterView } from '../../src/lib/hr/roster-view';

const manifest = testManifest();
const now = new Date('2026-06-15T00:00:00.000Z');
const rec = (spec: RecordSpec, kid = 'K1'): ValidRecord => ({ payload: payloadFor(manifest, spec), kid });
const view = (over: Partial<RosterView> = {}): RosterView => ({ ...defaultView(), ...over });

describe('HR roster view: filters and sort', () => {
  const roster = buildRoster(
    [
      rec({ employeeId: 'E1', name: 'Zoe', completedAt: '2026-06-01T00:00:00.000Z' }),
      rec({ employeeId: 'E2', name: 'Adam', pass: false }),
      rec({ employeeId: 'E10', name: 'Mia', completedAt: '2025-07-01T00:00:00.000Z' }),
      rec({ employeeId: 'E3', name: 'Bea', module: 'beta', completedAt: '2026-06-01T00:00:00.000Z' }),
    ],
    manifest,
    now,
  );
  const ids = (v: Partial<RosterView>) => visibleRows(roster, view(v), now).map((r) => r.employeeId);

  it('sorts employee ids numerically, both ways, and by name', () => {
    assert.deepEqual(ids({}), ['E1', 'E2', 'E3', 'E10']);
    assert.deepEqual(ids({ direction: 'descending' }), ['E10', 'E3', 'E2', 'E1']);
    assert.deepEqual(ids({ sort: 'name' }), ['E2', 'E3', 'E10', 'E1']);
  });
  it('sorts a module column best result first', () => {
    assert.deepEqual(ids({ sort: 'alpha' }), ['E1', 'E10', 'E2', 'E3']);
  });
  it('filters by status in any module or in one module', () => {
    assert.deepEqual(ids({ status: 'failed' }), ['E2']);
    assert.deepEqual(ids({ status: 'not-started' }), ['E1', 'E2', 'E3', 'E10']);
    assert.deepEqual(ids({ status: 'not-started', module: 'beta' }), ['E1', 'E2', 'E10']);
    assert.deepEqual(ids({ status: 'passed', module: 'alpha' }), ['E1', 'E10']);
  });
  it('"due within N days" includes what is due soon, never a result without a due date', () => {
    assert.deepEqual(ids({ dueWithinDays: 30 }), ['E10']);
    assert.deepEqual(ids({ dueWithinDays: 0 }), []);
    assert.deepEqual(ids({ dueWithinDays: 400 }), ['E1', 'E3', 'E10']);
  });
  it('says each cell in words', () => {
    assert.deepEqual(cellText({ status: 'failed', attempts: 2 }), { label: 'Failed', detail: '2 attempts', due: '' });
    assert.deepEqual(cellText({ status: 'passed', attempts: 1, date: '2026-06-01T00:00:00.000Z', dueDate: '2027-06-01T00:00:00.000Z' }), {
      label: 'Passed',
      detail: '2026-06-01',
      due: 're-training due 2027-06-01',
    });
    assert.equal(cellText({ status: 'passed-older', attempts: 1, version: '1.0.0', date: '2026-01-01T00:00:00.000Z' }).detail, 'version 1.0.0 on 2026-01-01');
    assert.equal(cellText({ status: 'not-started', attempts: 0 }).label, 'Not started');
  });
});

describe('HR import session', () => {
  const file = (name: string, text: string, fromFolder = false): Picked => ({ file: new File([text], name), label: fromFolder ? `folder/${name}` : name, fromFolder });
  const ok = (hash: string, n: number): FileResult => ({
    kind: 'verified',
    hash,
    size: 4,
    outcome: { ok: true, records: Array.from({ length: n }, (_, i) => ({ ok: true as const, kind: 'completion' as const, payload: payloadFor(manifest, { employeeId: `E${i}` }), kid: 'K' })), beyond: 0 },
  });

  it('skips non-JSON names from folders, and reports files too large or past the import limit by name, in the order picked', () => {
    const s = new ImportSession();
    const t = s.triage([file('a.json', '{}'), file('notes.txt', 'x', true), file('picked.txt', 'x'), file('big.json', ''), file('late.json', '')]);
    assert.deepEqual(t.toRead.map((p) => p.label), ['a.json', 'picked.txt', 'big.json', 'late.json']);
    assert.equal(t.skipped, 1);
    const summary = s.add(t.toRead, [ok('h1', 1), undefined, { kind: 'too-large', size: 21 * 1024 * 1024 }, { kind: 'over-batch', size: 1 }], t.skipped);
    assert.deepEqual(s.problems, [
      { file: 'picked.txt', message: 'could not be read.' },
      { file: 'big.json', message: 'too large to read (21.0 MB; the limit is 20.0 MB). It was not opened.' },
      { file: 'late.json', message: 'not read: this import already reads 200.0 MB, as much as one import takes. Load it in another import; nothing loaded is lost.' },
    ]);
    assert.deepEqual(summary, { files: 4, imported: 1, valid: 1, invalid: 0, problems: 3, skipped: 1 });
  });

  it('keeps verified acknowledgements apart from completions, with their identity', () => {
    const s = new ImportSession();
    const payload = buildAcknowledgement({
      recordId: crypto.randomUUID(), site: { origin: 'https://academy.example', build: 'b' }, policy: { version: '2026.1', contentHash: `sha256:${'f'.repeat(64)}` },
      learner: { name: 'Ann', email: 'ann@example.com', employeeId: 'E1' }, readingSeconds: 90, acknowledgedAt: '2026-05-01T10:00:00.000Z',
    });
    const identity = { method: 'oidc' as const, issuer: 'https://login.example.com' };
    const summary = s.add([file('a.json', 'A')], [{
      kind: 'verified',
      hash: 'h',
      size: 1,
      outcome: { ok: true, beyond: 0, records: [{ ok: true, kind: 'completion', payload: payloadFor(manifest), kid: 'K' }, { ok: true, kind: 'acknowledgement', payload, kid: 'K', identity }] },
    }], 0);
    assert.equal(summary.valid, 2);
    assert.equal(s.valid.length, 1);
    assert.deepEqual(s.acknowledgements, [{ payload, kid: 'K', file: 'a.json', index: 1, identity }]);
  });

  it('adds batches, reports a duplicate (same name, size, content) and keeps what was loaded', () => {
    const s = new ImportSession();
    const a = file('a.json', 'AAAA');
    assert.deepEqual(s.add([a], [ok('h1', 2)], 0), { files: 1, imported: 1, valid: 2, invalid: 0, problems: 0, skipped: 0 });
    const again = file('a.json', 'AAAA', true);
    const sameContentOtherName = file('b.json', 'AAAA');
    const summary = s.add([again, sameContentOtherName], [ok('h1', 2), ok('h1', 2)], 0);
    assert.equal(summary.imported, 1);
    assert.equal(s.problems.length, 1);
    assert.equal(s.problems[0]!.file, 'folder/a.json');
    assert.match(s.problems[0]!.message, /^duplicate of a\.json/);
    assert.equal(s.valid.length, 4);
    assert.equal(s.fileCount, 2);
  });

  it('a malformed file is reported by name with its reason and code; records that fail are located', () => {
    const s = new ImportSession();
    s.add(
      [file('bad.json', 'x'), file('mixed.json', 'y')],
      [
        { kind: 'verified', hash: 'h2', size: 1, outcome: { ok: false, reason: 'malformed', text: 'Malformed: not JSON', message: 'not JSON: Unexpected token' } },
        {
          kind: 'verified',
          hash: 'h3',
          size: 1,
          outcome: {
            ok: true,
            records: [
              { ok: true, kind: 'completion', payload: payloadFor(manifest), kid: 'K' },
              { ok: false, reason: 'signature', text: 'Bad signature', message: 'Bad signature (detail)', recordId: 'r-1' },
            ],
            beyond: 0,
          },
        },
      ],
      0,
    );
    assert.deepEqual(s.problems, [{ file: 'bad.json', message: 'Not JSON: Unexpected token. Malformed: not JSON (malformed).' }]);
    assert.deepEqual(s.failures, [{ file: 'mixed.json', position: 2, count: 2, reason: 'signature', text: 'Bad signature', message: 'Bad signature (detail)', recordId: 'r-1' }]);
    assert.equal(s.valid[0]!.file, 'mixed.json');
    assert.equal(s.valid[0]!.index, 0);
    assert.equal(s.hasData, true);
  });

  it('a junk file (issue 18 #3): the first 100 failures are kept one by one, the rest and the unread entries are counted', () => {
    const s = new ImportSession();
    const junk = Array.from({ length: MAX_RECORDS_PER_FILE }, () => ({ ok: false as const, reason: 'malformed' as const, text: 'Malformed', message: 'Malformed (x)' }));
    const summary = s.add([file('junk.json', 'x')], [{ kind: 'verified', hash: 'h', size: 1, outcome: { ok: true, records: junk, beyond: 975_000 } }], 0);
    assert.equal(summary.invalid, MAX_RECORDS_PER_FILE);
    assert.equal(s.failures.length, MAX_FAILURES_LISTED_PER_FILE);
    assert.deepEqual(s.notes.map((n) => n.message), [
      '24,900 more failed records of this file are not listed one by one (the first 100 are): malformed 24,900.',
      '975,000 more entries after the first 25,000 of this file were not read: no real export holds that many records.',
    ]);
  });

});
