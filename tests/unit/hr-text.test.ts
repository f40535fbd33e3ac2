/** The HR page's words, table by table: counts, status lines, progress, roster lines, findings, export names. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { figure, megabytes } from '../../src/lib/hr/count';
import { failureCells, positionText, type Failure } from '../../src/lib/hr/findings';
import { progressText } from '../../src/lib/hr/progress';
import { employeeListText, employeeNamer, rosterCountText, rosterSummaryText, showMoreText } from '../../src/lib/hr/roster-text';
import { batchText, checkingText, manifestErrorText, stoppedText, type BatchSummary } from '../../src/lib/hr/status-text';
import { remindersFileName, remindersText, rosterScopeText } from '../../src/lib/hr/export-plan';

function table<A extends unknown[]>(name: string, fn: (...args: A) => string, rows: Array<[A, string]>): void {
  describe(name, () => {
    for (const [args, expected] of rows) it(`${JSON.stringify(args)} -> ${expected}`, () => assert.equal(fn(...args), expected));
  });
}

table('figure', figure, [[[1234567], '1,234,567']]);
table('megabytes', megabytes, [
  [[0], '0.0 MB'],
  [[21 * 1024 * 1024], '21.0 MB'],
]);
table('progressText', progressText, [
  [[0, 3], '0% of 3 files'],
  [[0.5, 1], '50% of 1 file'],
  [[1.999, 2], '99% of 2 files'],
  [[1.25, 3], '41% of 3 files'],
  [[3, 2], '100% of 2 files'],
  [[0, 0], '0% of 0 files'],
]);

const batch = (over: Partial<BatchSummary>): BatchSummary => ({ files: 1, imported: 1, valid: 3, invalid: 0, problems: 0, skipped: 0, ...over });
table('batchText', (s: BatchSummary) => batchText(s, { files: 2, valid: 4 }), [
  [[batch({})], 'Imported 1 of 1 file: 3 valid records, 0 records failed verification. Loaded so far: 2 files, 4 valid records.'],
  [
    [batch({ files: 4, imported: 0, valid: 0, invalid: 1, problems: 4, skipped: 1 })],
    'Imported 0 of 4 files: 0 valid records, 1 record failed verification, 4 files not imported (listed below), 1 file in folders skipped because its name does not end in .json. Loaded so far: 2 files, 4 valid records.',
  ],
  [[batch({ skipped: 2 })], 'Imported 1 of 1 file: 3 valid records, 0 records failed verification, 2 files in folders skipped because their names do not end in .json. Loaded so far: 2 files, 4 valid records.'],
]);
table('checkingText', checkingText, [[[3], 'Checking 3 files…'], [[1], 'Checking 1 file…']]);
table('stoppedText', stoppedText, [
  [[3, ''], 'Import cancelled: nothing from these 3 files was added. Everything loaded before is still here.'],
  [[1, 'worker crashed'], 'The import stopped (worker crashed): nothing from these 1 file was added. Everything loaded before is still here.'],
]);
table('manifestErrorText', manifestErrorText, [
  [['/records/manifest.json', 'HTTP 404'], "This page could not load the site's list of module versions (/records/manifest.json): HTTP 404. Records cannot be checked without it; reload the page to try again."],
]);

table('rosterSummaryText', rosterSummaryText, [[[3000, 2500, 7500, 30], '3,000 employees (2,500 with records), 7,500 valid records from 30 files.']]);
table('rosterCountText', rosterCountText, [
  [[250, 300, 300], 'Showing the first 250 of 300 employees.'],
  [[250, 300, 1000], 'Showing the first 250 of 300 employees matching the filters (1,000 in all).'],
  [[300, 300, 300], 'Showing all 300 employees.'],
  [[1, 1, 12], 'Showing 1 of 12 employees.'],
]);
table('showMoreText', showMoreText, [
  [[250, 300], 'Show 50 more employees'],
  [[250, 3000], 'Show 250 more employees'],
]);
table('employeeListText', employeeListText, [
  [['staff.csv', 2, 0, false], 'Employee list staff.csv: 2 employees.'],
  [['staff.csv', 2, 1, false], 'Employee list staff.csv: 2 employees, with 1 problem listed below.'],
  [['x.csv', 0, 1, true], 'x.csv was not used: it lists no employees (problems below). The previous list is still in use.'],
  [['x.csv', 0, 0, false], 'x.csv was not used: it lists no employees.'],
]);

describe('findings', () => {
  const f: Failure = { file: 'a/b.json', position: 2, count: 5, reason: 'signature', text: 'The signature does not match', message: 'The signature does not match: detail' };
  it('says where a record sits in its file', () => assert.equal(positionText(f), 'record 2 of 5'));
  it('gives the four cells of a failure row', () =>
    assert.deepEqual(failureCells(f), { file: 'a/b.json', position: 'record 2 of 5', reason: 'The signature does not match: detail', code: 'signature' }));
});

describe('employeeNamer', () => {
  const who = employeeNamer([{ employeeId: 'E1', name: 'Ana Ruiz' }, { employeeId: 'E2', name: '' }]);
  it('an ID with the name the roster has', () => assert.equal(who('E1'), 'E1 (Ana Ruiz)'));
  it('the ID alone without a name or off the roster', () => assert.deepEqual([who('E2'), who('E9')], ['E2', 'E9']));
});

describe('export names and status lines', () => {
  const now = new Date('2026-05-01T23:59:00.000Z');
  const rows: Array<[string, string]> = [
    [remindersFileName('overdue', now), 'aga-reminders-overdue-2026-05-01.csv'],
    [rosterScopeText(3000, 3000), 'Every row of the roster.'],
    [rosterScopeText(12, 3000), 'Only the rows the filters show: 12 of 3,000 employees.'],
    [remindersText('saved', 2, 'Overdue', 'r.csv'), 'Reminder list saved as r.csv: 2 people overdue.'],
    [remindersText('copied', 1, 'Due soon'), 'E-mail addresses copied: 1 person due soon.'],
    [remindersText('copied', 0, 'Failed'), 'No one the roster shows is failed: nothing to copy.'],
  ];
  for (const [actual, expected] of rows) it(expected, () => assert.equal(actual, expected));
});
