/** HR's overview, attention groups, stacked bars, reminders and the roster's search and group filters. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { payloadFor, testManifest, type RecordSpec } from '../../bench/fixtures-records';
import { parseCsv } from '../../src/lib/export/csv';
import { cellNeeds, sinceOf } from '../../src/lib/hr/attention';
import { NO_GROUP, overview, percent } from '../../src/lib/hr/overview';
import { emailList, mailtoLink, reminders, remindersToCsv } from '../../src/lib/hr/reminders';
import { defaultView, isFiltered, visibleRows, type RosterView } from '../../src/lib/hr/roster-view';
import { barLabel, barSegments } from '../../src/lib/hr/stacked-bars';
import { buildRoster, type Employee, type RosterCell, type ValidRecord } from '../../src/lib/records/roster';

const manifest = testManifest();
const now = new Date('2026-06-15T00:00:00.000Z');
const rec = (spec: RecordSpec): ValidRecord => ({ payload: payloadFor(manifest, spec), kid: `K-${spec.employeeId}` });
// alpha: retrain 12 months, beta: 6 months.
const records = [
  rec({ employeeId: 'E1', name: 'Zoe Zimmer', completedAt: '2026-06-01T00:00:00.000Z' }), // alpha passed
  rec({ employeeId: 'E1', module: 'beta', completedAt: '2025-12-25T00:00:00.000Z' }), // beta due 2026-06-25: due soon
  rec({ employeeId: 'E2', name: 'Adam Ant', pass: false, completedAt: '2026-05-02T00:00:00.000Z' }), // alpha failed
  rec({ employeeId: 'E3', name: 'Mia', completedAt: '2025-05-01T00:00:00.000Z' }), // alpha expired 2026-05-01
  rec({ employeeId: 'E9', name: 'Not Listed' }),
];
const staff: Employee[] = [
  { employeeId: 'E1', name: 'Zoe Zimmer', email: 'zoe@example.com', department: 'Legal', manager: 'Dana' },
  { employeeId: 'E2', name: 'Adam Ant', email: 'adam@example.com', department: 'Sales', manager: 'Dana' },
  { employeeId: 'E3', name: 'Mia', email: 'mia@example.com', department: 'Sales', manager: 'Eve' },
  { employeeId: 'E4', name: 'Noor', email: 'noor@example.com', department: '', manager: 'Eve' },
];
const roster = buildRoster(records, manifest, now, staff);
const listed = new Set(staff.map((e) => e.employeeId));

describe('attention', () => {
  const cases: Array<[RosterCell | undefined, string, boolean]> = [
    [{ status: 'expired', attempts: 1, dueDate: '2026-05-01T00:00:00.000Z' }, 'overdue', true],
    [{ status: 'passed', attempts: 1, dueDate: '2026-07-10T00:00:00.000Z' }, 'due-soon', true],
    [{ status: 'passed', attempts: 1, dueDate: '2026-07-16T00:00:00.000Z' }, 'due-soon', false],
    [{ status: 'passed-older', attempts: 1, dueDate: '2026-06-20T00:00:00.000Z' }, 'due-soon', true],
    [{ status: 'expired', attempts: 1, dueDate: '2026-05-01T00:00:00.000Z' }, 'due-soon', false],
    [{ status: 'failed', attempts: 2 }, 'failed', true],
    [{ status: 'not-started', attempts: 0 }, 'not-started', true],
    [undefined, 'not-started', true],
    [{ status: 'passed', attempts: 1 }, 'not-started', false],
  ];
  for (const [cell, kind, expected] of cases) {
    it(`${cell?.status ?? 'no cell'} ${cell?.dueDate ?? ''} needs ${kind}: ${expected}`, () => assert.equal(cellNeeds(cell, kind as never, now, 30), expected));
  }
  it('says since when', () => {
    assert.equal(sinceOf({ status: 'expired', attempts: 1, dueDate: '2026-05-01T00:00:00.000Z' }, 'overdue'), '2026-05-01');
    assert.equal(sinceOf({ status: 'failed', attempts: 1, date: '2026-05-02T00:00:00.000Z' }, 'failed'), '2026-05-02');
    assert.equal(sinceOf({ status: 'not-started', attempts: 0 }, 'not-started'), '');
  });
});

describe('overview', () => {
  const o = overview(roster, now, 30, listed);
  it('counts the employee list, and people with records not on it apart', () => {
    assert.equal(o.base, 'employee-list');
    assert.equal(o.people, 4);
    assert.equal(o.unlisted, 1);
  });
  it('tallies each module over the listed people', () => {
    const alpha = o.modules.find((m) => m.id === 'alpha')!.tally;
    assert.deepEqual(alpha.counts, { passed: 1, 'passed-older': 0, expired: 1, failed: 1, 'not-started': 1 });
    assert.equal(alpha.total, 4);
    const beta = o.modules.find((m) => m.id === 'beta')!.tally;
    assert.deepEqual(beta.counts, { passed: 1, 'passed-older': 0, expired: 0, failed: 0, 'not-started': 3 });
  });
  it('groups by department and manager, the unnamed group last', () => {
    assert.deepEqual(o.departments.map((g) => [g.label, g.people, g.tally.total]), [['Legal', 1, 2], ['Sales', 2, 4], [NO_GROUP, 1, 2]]);
    assert.deepEqual(o.managers.map((g) => [g.label, g.people]), [['Dana', 2], ['Eve', 2]]);
  });
  it('counts people needing each kind of attention', () => assert.deepEqual(o.attention, { overdue: 1, 'due-soon': 1, failed: 1, 'not-started': 3 }));
  it('without a list counts the people with records', () => {
    const bare = overview(buildRoster(records, manifest, now), now, 30);
    assert.equal(bare.base, 'with-records');
    assert.equal(bare.people, 4);
    assert.deepEqual(bare.departments, []);
  });
  it('rounds percentages, 0 of 0 is 0', () => assert.deepEqual([percent(1, 3), percent(2, 3), percent(0, 0)], [33, 67, 0]));
});

describe('stacked bars', () => {
  const tally = overview(roster, now, 30, listed).modules[0]!.tally;
  it('fills the bar exactly with the non-empty statuses in order', () => {
    const s = barSegments(tally);
    assert.deepEqual(s.map((x) => [x.status, x.count, x.x, x.width]), [['passed', 1, 0, 25], ['expired', 1, 25, 25], ['failed', 1, 50, 25], ['not-started', 1, 75, 25]]);
  });
  it('says the bar in words', () => {
    assert.equal(barLabel('Alpha', tally), 'Alpha: 25% passed (1), 25% expired (1), 25% failed (1), 25% not started (1)');
    assert.equal(barLabel('Nobody', { counts: { passed: 0, 'passed-older': 0, expired: 0, failed: 0, 'not-started': 0 }, total: 0 }), 'Nobody: no one counted');
  });
});

describe('roster search and group filters', () => {
  const ids = (v: Partial<RosterView>) => visibleRows(roster, { ...defaultView(), ...v }, now).map((r) => r.employeeId);
  const cases: Array<[Partial<RosterView>, string[]]> = [
    [{}, ['E1', 'E2', 'E3', 'E4', 'E9']],
    [{ query: 'zimmer' }, ['E1']],
    [{ query: 'ADAM@' }, ['E2']],
    [{ query: 'e4' }, ['E4']],
    [{ department: 'Sales' }, ['E2', 'E3']],
    [{ manager: 'Eve' }, ['E3', 'E4']],
    [{ attention: 'overdue' }, ['E3']],
    [{ attention: 'due-soon' }, ['E1']],
    [{ attention: 'due-soon', dueSoonDays: 5 }, []],
    [{ attention: 'failed' }, ['E2']],
    [{ attention: 'not-started', module: 'alpha' }, ['E4']],
    [{ attention: 'not-started', department: 'Sales', module: 'beta' }, ['E2', 'E3']],
  ];
  for (const [v, expected] of cases) it(JSON.stringify(v), () => assert.deepEqual(ids(v), expected));
  it('knows when a view is filtered', () => {
    assert.equal(isFiltered(defaultView()), false);
    assert.equal(isFiltered({ ...defaultView(), query: ' x ' }), true);
    assert.equal(isFiltered({ ...defaultView(), query: '  ' }), false);
  });
});

describe('reminders', () => {
  const overdue = reminders(roster, roster.rows, 'overdue', now, 30);
  it('lists who needs it with modules and since when', () =>
    assert.deepEqual(overdue, [{ employeeId: 'E3', name: 'Mia', email: 'mia@example.com', department: 'Sales', manager: 'Eve', modules: [{ id: 'alpha', title: 'Alpha', since: '2026-05-01' }] }]));
  it('writes a CSV ready for a mail merge', () => {
    const rows = parseCsv(remindersToCsv(reminders(roster, roster.rows, 'not-started', now, 30), 'not-started')).map((r) => r.cells);
    assert.deepEqual(rows[0], ['employeeId', 'name', 'email', 'department', 'manager', 'reason', 'modules', 'since']);
    assert.deepEqual(rows.find((r) => r[0] === 'E4'), ['E4', 'Noor', 'noor@example.com', '', 'Eve', 'Not started', 'Alpha; Beta', '']);
    const due = parseCsv(remindersToCsv(overdue, 'overdue')).map((r) => r.cells);
    assert.deepEqual(due[1]!.slice(5), ['Overdue', 'Alpha (due since 2026-05-01)', '2026-05-01']);
  });
  it('joins unique addresses', () => assert.equal(emailList([...overdue, ...overdue]), 'mia@example.com'));
  it('writes a mailto link naming the modules and the site', () => {
    const link = mailtoLink(overdue[0]!, 'overdue', 'https://academy.example/');
    assert.match(link, /^mailto:mia%40example\.com\?subject=Your%20AI-use%20training%20is%20overdue&body=/);
    const body = decodeURIComponent(link.split('&body=')[1]!);
    assert.match(body, /^Hello Mia,/);
    assert.match(body, /Overdue: Alpha \(due since 2026-05-01\)\./);
    assert.match(body, /https:\/\/academy\.example\//);
  });
});
