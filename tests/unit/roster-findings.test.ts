import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { payloadFor, testManifest, type RecordSpec } from '../../bench/fixtures-records';
import { attemptGaps, findings, type Finding } from '../../src/lib/records/findings';
import { buildRoster, type Employee, type ValidRecord } from '../../src/lib/records/roster';
import { warningText } from '../../src/lib/records/warnings';

const manifest = testManifest();
const now = new Date('2026-06-15T00:00:00.000Z');
const SITE = 'https://academy.example';
const rec = (spec: RecordSpec & { origin?: string }, kid = 'K1'): ValidRecord => {
  const payload = payloadFor(manifest, spec);
  if (spec.origin) payload.site.origin = spec.origin;
  return { payload, kid };
};
const person = (employeeId: string, name: string, email: string): Employee => ({ employeeId, name, email, department: '', manager: '' });
const kinds = (fs: Finding[], kind: Finding['kind']) => fs.filter((f) => f.kind === kind);

// Each row: records (and options) -> the findings of one kind that must come out. An honest record set gives none.
const cases: Array<[string, ValidRecord[], { employees?: Employee[]; siteOrigin?: string; now?: Date }, Finding['kind'], Finding[]]> = [
  ['honest records: nothing', [rec({ employeeId: 'E1', email: 'e1@example.com' }), rec({ employeeId: 'E2', email: 'e2@example.com' }, 'K2')], { siteOrigin: SITE }, 'shared-email', []],
  ['an id with a zero-width space', [rec({ employeeId: 'E1\u200b', email: 'e1@example.com' })], {}, 'hidden-characters',
    [{ kind: 'hidden-characters', employeeId: 'E1\u200b', field: 'employeeId', value: 'E1\u200b' }]],
  ['a name with a bidi override', [rec({ employeeId: 'E1', name: 'Bob \u202eevil' })], {}, 'hidden-characters',
    [{ kind: 'hidden-characters', employeeId: 'E1', field: 'name', value: 'Bob \u202eevil' }]],
  ['one email under two ids (any case)', [rec({ employeeId: 'E1', email: 'a@example.com' }), rec({ employeeId: 'E2', email: 'A@example.com' }, 'K2')], {}, 'shared-email',
    [{ kind: 'shared-email', email: 'a@example.com', employeeIds: ['E1', 'E2'] }]],
  ['name and email differ from the list: both shown', [rec({ employeeId: 'E1', name: 'Al Ex', email: 'al@example.com' })],
    { employees: [person('E1', 'Alice Example', 'alice@example.com')] }, 'differs-from-list', [
      { kind: 'differs-from-list', employeeId: 'E1', field: 'name', listed: 'Alice Example', recorded: ['Al Ex'] },
      { kind: 'differs-from-list', employeeId: 'E1', field: 'email', listed: 'alice@example.com', recorded: ['al@example.com'] },
    ]],
  ['an email that differs only in case is the same', [rec({ employeeId: 'E1', email: 'ALICE@example.com' })],
    { employees: [person('E1', 'Alice Example', 'alice@example.com')] }, 'differs-from-list', []],
  ['records for people not on the list', [rec({ employeeId: 'E1' }), rec({ employeeId: 'E9', email: 'e9@example.com' }, 'K9')],
    { employees: [person('E1', 'Alice Example', 'alice@example.com')] }, 'not-on-list', [{ kind: 'not-on-list', employeeIds: ['E9'] }]],
  ['no list loaded: nobody is "not on the list"', [rec({ employeeId: 'E9' })], {}, 'not-on-list', []],
  ['attempts 1 and 4 on one device: 2-3 missing', [rec({ n: 1 }), rec({ n: 4, pass: false })], {}, 'attempt-numbers',
    [{ kind: 'attempt-numbers', employeeId: 'E1', moduleId: 'alpha', kid: 'K1', repeated: [], missing: [[2, 3]], moreMissing: 0 }]],
  ['attempt 1 twice on one device', [rec({ n: 1 }), rec({ n: 1, pass: false })], {}, 'attempt-numbers',
    [{ kind: 'attempt-numbers', employeeId: 'E1', moduleId: 'alpha', kid: 'K1', repeated: [1], missing: [], moreMissing: 0 }]],
  ['attempt 1 on two devices is normal', [rec({ n: 1 }), rec({ n: 1 }, 'K2')], {}, 'attempt-numbers', []],
  ['three keys within a day', [
    rec({ completedAt: '2026-06-01T08:00:00.000Z' }, 'K1'), rec({ module: 'beta', completedAt: '2026-06-01T12:00:00.000Z' }, 'K2'),
    rec({ n: 2, completedAt: '2026-06-02T07:00:00.000Z' }, 'K3')], {}, 'keys-in-a-day',
    [{ kind: 'keys-in-a-day', employeeId: 'E1', kids: ['K1', 'K2', 'K3'], from: '2026-06-01T08:00:00.000Z', to: '2026-06-02T07:00:00.000Z' }]],
  ['three keys over three days is not', [
    rec({ completedAt: '2026-06-01T08:00:00.000Z' }, 'K1'), rec({ module: 'beta', completedAt: '2026-06-02T12:00:00.000Z' }, 'K2'),
    rec({ n: 2, completedAt: '2026-06-03T13:00:00.000Z' }, 'K3')], {}, 'keys-in-a-day', []],
  ['a record signed on a copied site', [rec({}), rec({ employeeId: 'E2', email: 'e2@example.com', origin: 'https://academy.example.net' }, 'K2')], { siteOrigin: SITE }, 'site-origin',
    [{ kind: 'site-origin', origin: 'https://academy.example.net', expected: SITE, count: 1, employeeIds: ['E2'] }]],
  ['the site unknown (CLI): several origins are each named', [rec({}), rec({ employeeId: 'E2', email: 'e2@example.com', origin: 'https://copy.example' }, 'K2')], {}, 'site-origin', [
    { kind: 'site-origin', origin: SITE, count: 1, employeeIds: ['E1'] },
    { kind: 'site-origin', origin: 'https://copy.example', count: 1, employeeIds: ['E2'] },
  ]],
  // testManifest's modules present 3 questions: under 9 s is too fast.
  ['an attempt in 5 s for 3 questions, another in 9 s', [
    rec({ startedAt: '2026-06-01T09:59:55.000Z', completedAt: '2026-06-01T10:00:00.000Z' }),
    rec({ n: 2, startedAt: '2026-06-01T10:05:51.000Z', completedAt: '2026-06-01T10:06:00.000Z' })], {}, 'too-fast',
    [{ kind: 'too-fast', employeeId: 'E1', moduleId: 'alpha', count: 1, seconds: 5, questions: 3 }]],
  ['ten minutes for a quiz is not too fast', [rec({})], {}, 'too-fast', []],
  ['five attempts within the hour', [1, 2, 3, 4, 5, 6].map((n) => rec({ n, pass: n === 6, completedAt: `2026-06-01T10:${String(n * 10 - 5).padStart(2, '0')}:00.000Z` })), {}, 'many-attempts',
    [{ kind: 'many-attempts', employeeId: 'E1', moduleId: 'alpha', count: 6, from: '2026-06-01T10:05:00.000Z', to: '2026-06-01T10:55:00.000Z' }]],
  ['five attempts over a week are not', [1, 2, 3, 4, 5].map((n) => rec({ n, pass: n === 5, completedAt: `2026-06-0${n}T10:00:00.000Z` })), {}, 'many-attempts', []],
  ['a record dated after the import', [rec({}), rec({ module: 'beta', completedAt: '2026-06-20T10:00:00.000Z' })], { now }, 'future-date',
    [{ kind: 'future-date', employeeId: 'E1', count: 1, latest: '2026-06-20T10:00:00.000Z', now: now.toISOString() }]],
  ['a clock five minutes ahead is tolerated', [rec({ completedAt: new Date(now.getTime() + 300_000).toISOString() })], { now }, 'future-date', []],
];

describe('roster findings (warnings, never failures)', () => {
  for (const [name, records, opts, kind, expected] of cases) {
    it(name, () => {
      assert.deepEqual(kinds(findings(records, opts), kind), expected);
      if (kind === 'future-date') assert.deepEqual(kinds(findings(records, { ...opts, now: undefined }), kind), [], 'without an import time no date is in the future');
      // Through buildRoster: a warning with its one wording; every row still counts its records.
      const roster = buildRoster(records, manifest, now, opts.employees, opts.siteOrigin);
      const got = kinds(roster.warnings as Finding[], kind);
      assert.deepEqual(got, expected);
      for (const w of got) assert.ok(warningText(w).length > 40, warningText(w));
      assert.ok(roster.rows.some((r) => r.keys.length > 0));
    });
  }

  it('names both values for a list mismatch and counts long lists of ids', () => {
    const t = warningText({ kind: 'differs-from-list', employeeId: 'E1', field: 'name', listed: 'Alice Example', recorded: ['Al Ex'] });
    assert.match(t, /the employee list says name "Alice Example", the records say "Al Ex"/);
    const many = Array.from({ length: 25 }, (_, i) => `E${i}`);
    assert.match(warningText({ kind: 'not-on-list', employeeIds: many }), /E19 and 5 more\./);
  });

  it('attemptGaps: repeats, ranges and a bound on what is listed', () => {
    assert.deepEqual(attemptGaps([1, 2, 3]), { repeated: [], missing: [], moreMissing: 0 });
    assert.deepEqual(attemptGaps([3, 1, 1]), { repeated: [1], missing: [[2, 2]], moreMissing: 0 });
    const sparse = attemptGaps(Array.from({ length: 12 }, (_, i) => (i + 1) * 10));
    assert.equal(sparse.missing.length, 10);
    assert.equal(sparse.moreMissing, 18);
    assert.deepEqual(attemptGaps([2 ** 52]).missing, [[1, 2 ** 52 - 1]]);
  });
});
