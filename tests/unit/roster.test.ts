import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { payloadFor, testManifest, type RecordSpec } from '../../bench/fixtures-records';
import { parseCsv } from '../../src/lib/export/csv';
import { buildRoster, distinctRecords, parseEmployeeCsv, rosterRowsSteps, rosterWarningsSteps, type ValidRecord } from '../../src/lib/records/roster';
import { overview } from '../../src/lib/hr/overview';
import { runToEnd } from '../../src/lib/slices';
import { addMonths } from '../../src/lib/time';
import { rosterToCsv } from '../../src/lib/export/roster-csv';
import { warningText } from '../../src/lib/records/warnings';

const manifest = testManifest();
const now = new Date('2026-06-15T00:00:00.000Z');
const rec = (spec: RecordSpec, kid = 'K1'): ValidRecord => ({ payload: payloadFor(manifest, spec), kid });

describe('buildRoster', () => {
  it('one column per current module, one row per employee', () => {
    const r = buildRoster([rec({ employeeId: 'E2' }), rec({ employeeId: 'E10' }), rec({ employeeId: 'E1', module: 'beta' })], manifest, now);
    assert.deepEqual(r.modules, [{ id: 'alpha', title: 'Alpha', version: '1.1.0' }, { id: 'beta', title: 'Beta', version: '2.0.0' }]);
    assert.deepEqual(r.rows.map((x) => x.employeeId), ['E1', 'E2', 'E10']);
    assert.equal(r.rows[0]!.cells.alpha!.status, 'not-started');
    assert.equal(r.rows[0]!.cells.beta!.status, 'passed');
  });

  const cellCases: Array<[string, RecordSpec[], { status: string; attempts: number; date?: string; dueDate?: string; version?: string }]> = [
    ['a pass within the period', [{ completedAt: '2026-05-01T09:00:00.000Z' }],
      { status: 'passed', attempts: 1, date: '2026-05-01T09:00:00.000Z', dueDate: '2027-05-01T09:00:00.000Z', version: '1.1.0' }],
    ['a pass beats a later fail', [{ completedAt: '2026-05-01T09:00:00.000Z' }, { pass: false, completedAt: '2026-06-01T09:00:00.000Z' }],
      { status: 'passed', attempts: 2, date: '2026-05-01T09:00:00.000Z' }],
    ['the latest of two passes', [{ completedAt: '2026-05-01T09:00:00.000Z' }, { completedAt: '2026-03-01T09:00:00.000Z' }],
      { status: 'passed', attempts: 2, date: '2026-05-01T09:00:00.000Z' }],
    ['only fails: the latest fail, attempts counted', [{ pass: false, completedAt: '2026-05-01T09:00:00.000Z' }, { pass: false, completedAt: '2026-05-02T09:00:00.000Z' }],
      { status: 'failed', attempts: 2, date: '2026-05-02T09:00:00.000Z' }],
    ['a pass older than retrainMonths is expired', [{ completedAt: '2025-06-01T09:00:00.000Z' }],
      { status: 'expired', attempts: 1, dueDate: '2026-06-01T09:00:00.000Z' }],
    ['expired beats failed', [{ completedAt: '2025-06-01T09:00:00.000Z' }, { pass: false, completedAt: '2026-06-01T09:00:00.000Z' }],
      { status: 'expired', attempts: 2 }],
    ['an older version passed', [{ version: '1.0.0', completedAt: '2026-01-01T09:00:00.000Z' }],
      { status: 'passed-older', attempts: 1, version: '1.0.0', dueDate: '2027-01-01T09:00:00.000Z' }],
    ['the current version beats an older one', [{ version: '1.0.0', completedAt: '2026-06-01T09:00:00.000Z' }, { completedAt: '2026-01-01T09:00:00.000Z' }],
      { status: 'passed', attempts: 2, version: '1.1.0' }],
    ['an older version beats an expired current pass', [{ version: '1.0.0', completedAt: '2026-01-01T09:00:00.000Z' }, { completedAt: '2025-01-01T09:00:00.000Z' }],
      { status: 'passed-older', attempts: 2 }],
    ['an expired older version is expired', [{ version: '1.0.0', completedAt: '2025-01-01T09:00:00.000Z' }],
      { status: 'expired', attempts: 1, version: '1.0.0' }],
    ['due exactly now counts as expired', [{ completedAt: '2025-06-15T00:00:00.000Z' }], { status: 'expired', attempts: 1 }],
  ];
  for (const [name, specs, expected] of cellCases) {
    it(name, () => {
      const cell = buildRoster(specs.map((s) => rec(s)), manifest, now).rows[0]!.cells.alpha!;
      for (const [k, v] of Object.entries(expected)) assert.equal(cell[k as keyof typeof cell], v, `${k}: ${JSON.stringify(cell)}`);
    });
  }

  it('uses the module\'s own re-training period (beta: 6 months)', () => {
    const cell = buildRoster([rec({ module: 'beta', completedAt: '2025-12-01T00:00:00.000Z' })], manifest, now).rows[0]!.cells.beta!;
    assert.equal(cell.status, 'expired');
    assert.equal(cell.dueDate, '2026-06-01T00:00:00.000Z');
  });

  it('counts a duplicate record once and warns', () => {
    const one = rec({ completedAt: '2026-05-01T09:00:00.000Z', recordId: '00000000-0000-4000-8000-00000000000a' });
    const r = buildRoster([one, one, structuredClone(one)], manifest, now);
    assert.equal(r.rows[0]!.cells.alpha!.attempts, 1);
    assert.deepEqual(r.warnings, [{ kind: 'duplicate-record', recordId: '00000000-0000-4000-8000-00000000000a', count: 3 }]);
  });

  it('a reused record id is a conflict: both records kept and named, whichever order they load in', () => {
    const id = '00000000-0000-4000-8000-00000000000c';
    const colleague = { ...rec({ employeeId: 'E1', completedAt: '2026-05-01T09:00:00.000Z', recordId: id }, 'K1'), file: 'alice.json', index: 0 };
    const reuse = { ...rec({ employeeId: 'E2', completedAt: '2026-05-02T09:00:00.000Z', recordId: id, pass: false }, 'K9'), file: 'mallory.json', index: 3 };
    for (const order of [[colleague, reuse], [reuse, colleague]]) {
      const r = buildRoster(order, manifest, now);
      assert.deepEqual(r.rows.map((x) => [x.employeeId, x.cells.alpha!.status]), [['E1', 'passed'], ['E2', 'failed']]);
      const conflict = r.warnings.find((w) => w.kind === 'record-conflict');
      assert.ok(conflict && conflict.kind === 'record-conflict');
      assert.deepEqual(conflict.copies.map((c) => c.file).sort(), ['alice.json', 'mallory.json']);
      assert.ok(!r.warnings.some((w) => w.kind === 'duplicate-record'));
      assert.match(warningText(conflict), /^CONFLICT: record id 00000000-0000-4000-8000-00000000000c is used by 2 different records: .*alice\.json, record 1.*mallory\.json, record 4/);
    }
  });

  it('the same signed record from two files is one record, whatever its file', () => {
    const one = rec({ recordId: '00000000-0000-4000-8000-00000000000d' });
    assert.deepEqual(distinctRecords([{ ...one, file: 'a.json' }, { ...one, file: 'b.json' }]).map((r) => r.file), ['a.json']);
    // The roster counts it once too: the HR page's overview and table read that count.
    assert.equal(buildRoster([{ ...one, file: 'a.json' }, { ...one, file: 'b.json' }, rec({ recordId: '00000000-0000-4000-8000-00000000000e' })], manifest, now).distinct, 2);
  });

  it('warns about several keys per employee and a key shared by employees, never failing', () => {
    const r = buildRoster([rec({ employeeId: 'E1' }, 'K1'), rec({ employeeId: 'E1' }, 'K2'), rec({ employeeId: 'E2', email: 'e2@example.com' }, 'K2')], manifest, now);
    assert.deepEqual(r.warnings, [
      { kind: 'several-keys', employeeId: 'E1', kids: ['K1', 'K2'] },
      { kind: 'shared-key', kid: 'K2', employeeIds: ['E1', 'E2'] },
    ]);
    assert.deepEqual(r.rows.map((x) => x.keys), [['K1', 'K2'], ['K2']]);
    assert.ok(r.rows.every((x) => x.cells.alpha!.status === 'passed'));
  });

  it('lists employees without records as missing, with the list\'s details', () => {
    const r = buildRoster([rec({ employeeId: 'E1', name: 'From Record' })], manifest, now, [
      { employeeId: 'E1', name: 'From List', email: 'l@example.com', department: 'Ops', manager: 'M' },
      { employeeId: 'E3', name: 'Nobody Yet', email: 'n@example.com', department: 'Legal', manager: 'M' },
    ]);
    assert.deepEqual(r.rows.map((x) => [x.employeeId, x.name, x.department, x.cells.alpha!.status, x.cells.beta!.status]), [
      ['E1', 'From List', 'Ops', 'passed', 'not-started'],
      ['E3', 'Nobody Yet', 'Legal', 'not-started', 'not-started'],
    ]);
  });

  it('takes the name from the latest record when no list is given', () => {
    const r = buildRoster([rec({ name: 'Old Name', completedAt: '2026-01-01T00:00:00.000Z' }), rec({ module: 'beta', name: 'New Name', completedAt: '2026-02-01T00:00:00.000Z' })], manifest, now);
    assert.equal(r.rows[0]!.name, 'New Name');
  });
});

describe('due dates', () => {
  it('each cell\'s due date is addMonths of its date, for times of every day of the month and hour', () => {
    const records: ValidRecord[] = [];
    for (let i = 0; i < 3000; i++) {
      // Month ends, leap days and every time of day, over years on both sides of now.
      const completedAt = new Date(Date.UTC(2023, 0, 1) + i * 86_400_000 * 0.37 + i * 7_777_777).toISOString();
      const version = i % 3 === 0 ? '1.0.0' : '1.1.0';
      records.push(rec({ employeeId: `E${i}`, module: i % 2 ? 'alpha' : 'beta', ...(i % 2 ? { version } : {}), completedAt, startedAt: completedAt }));
    }
    const roster = buildRoster(records, manifest, now);
    let checked = 0;
    for (const row of roster.rows) {
      for (const cell of Object.values(row.cells)) {
        if (!cell.dueDate) continue;
        const entry = manifest.modules.find((m) => m.version === cell.version && (m.id === 'beta') === (cell.version === '2.0.0'))!;
        assert.equal(cell.dueDate, addMonths(cell.date!, entry.retrainMonths), `${cell.date} + ${entry.retrainMonths}`);
        checked++;
      }
    }
    assert.equal(checked, 3000);
  });
});

describe('the roster in two parts (the HR page shows the overview between them)', () => {
  const records = [
    rec({ employeeId: 'E2' }, 'K1'), rec({ employeeId: 'E2', module: 'beta' }, 'K2'), rec({ employeeId: 'E3', pass: false }, 'K1'),
    rec({ employeeId: 'E10', completedAt: '2025-01-01T09:00:00.000Z' }, 'K3'),
  ];
  it('the rows give the final overview; the warnings come after, the several-keys ones first', () => {
    const draft = runToEnd(rosterRowsSteps(records, manifest, now));
    const early = overview(draft.roster, now, 30);
    assert.deepEqual(draft.roster.warnings.map((w) => w.kind), ['several-keys']);
    const roster = runToEnd(rosterWarningsSteps(draft));
    assert.equal(roster, draft.roster, 'the warnings complete the same roster');
    assert.deepEqual(roster, buildRoster(records, manifest, now));
    assert.deepEqual(roster.warnings.map((w) => w.kind), ['several-keys', 'shared-key', 'shared-email']);
    assert.deepEqual(overview(roster, now, 30), early);
  });
  it('without rows (aga verify without --csv): the same warnings in the same order, and no rows', () => {
    const full = buildRoster(records, manifest, now, undefined, 'https://academy.example.com');
    const bare = buildRoster(records, manifest, now, undefined, 'https://academy.example.com', [], { rows: false });
    assert.deepEqual(bare.rows, []);
    assert.ok(full.warnings.length >= 3);
    assert.deepEqual(bare.warnings, full.warnings);
    assert.equal(bare.distinct, full.distinct);
  });
});

describe('rosterToCsv', () => {
  it('writes one row per employee with status, date and due per module', () => {
    const r = buildRoster([rec({ employeeId: 'E1', name: '=HYPERLINK("x")', completedAt: '2026-05-01T09:00:00.000Z' })], manifest, now);
    const csv = rosterToCsv(r);
    assert.ok(csv.startsWith('\ufeff'));
    const rows = parseCsv(csv).map((x) => x.cells);
    assert.deepEqual(rows[0], ['employeeId', 'name', 'email', 'department', 'manager', 'alpha status', 'alpha date', 'alpha due', 'beta status', 'beta date', 'beta due', 'keys', 'identity']);
    assert.deepEqual(rows[1], ['E1', '\'=HYPERLINK("x")', 'alice@example.com', '', '', 'passed', '2026-05-01', '2027-05-01', 'not-started', '', '', '1', 'self-declared']);
  });
});

describe('parseEmployeeCsv', () => {
  it('reads the header in any order and case, ignores extra columns, handles quotes and CRLF', () => {
    const text = '\ufeffMANAGER,Email,name,Location,employeeid,Department\r\n"Boss, The",a@example.com,"Ann ""A"" Lee",Paris,E1,Ops\r\n\r\nBoss,b@example.com,Bo,Rome,E2,"Multi\nline"\r\n';
    const { employees, problems } = parseEmployeeCsv(text);
    assert.deepEqual(problems, []);
    assert.deepEqual(employees, [
      { employeeId: 'E1', name: 'Ann "A" Lee', email: 'a@example.com', department: 'Ops', manager: 'Boss, The' },
      { employeeId: 'E2', name: 'Bo', email: 'b@example.com', department: 'Multi\nline', manager: 'Boss' },
    ]);
  });

  const problemCases: Array<[string, string, number, RegExp]> = [
    ['missing columns are named', 'employeeId,name,email\nE1,A,a@x\n', 1, /missing columns: department, manager/],
    ['without employeeId nothing is read', 'name,email,department,manager\nA,a@x,D,M\n', 0, /missing column: employeeId/],
    ['an empty file', '', 0, /empty file/],
    ['a row without an ID', 'employeeId,name,email,department,manager\n,A,a@x,D,M\nE2,B,b@x,D,M\n', 1, /line 2: no employee ID/],
    ['a repeated ID keeps the first', 'employeeId,name,email,department,manager\nE1,A,a@x,D,M\nE1,B,b@x,D,M\n', 1, /line 3: employee ID E1 already on line 2/],
  ];
  for (const [name, text, count, problem] of problemCases) {
    it(name, () => {
      const r = parseEmployeeCsv(text);
      assert.equal(r.employees.length, count);
      assert.match(r.problems.join('\n'), problem);
    });
  }
});
