import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { payloadFor, testManifest } from '../../bench/fixtures-records';
import { parseCsv } from '../../src/lib/export/csv';
import { exporterFor } from '../../src/lib/export/exporters';
import { LMS_CSV_COLUMNS, lmsCompletionCsv, lmsDateTime } from '../../src/lib/export/lms-csv';


const manifest = testManifest();
const title = (id: string, version: string) => `${id === 'alpha' ? 'Alpha' : 'Beta'} ${version}`;
const rec = (spec: Parameters<typeof payloadFor>[1]) => ({ payload: payloadFor(manifest, spec), kid: 'k' });

describe('lmsCompletionCsv', () => {
  it('one row per passed record in completion order, the documented columns, failed records left out', () => {
    const records = [
      rec({ recordId: '00000000-0000-4000-8000-000000000002', employeeId: 'E2', email: 'bo@example.com', module: 'beta', completedAt: '2026-06-03T08:00:00.000Z' }),
      rec({ recordId: '00000000-0000-4000-8000-000000000001', employeeId: 'E1', completedAt: '2026-06-01T10:00:00.123Z' }),
      rec({ employeeId: 'E3', pass: false }),
    ];
    const { text, rows } = lmsCompletionCsv(records, title);
    assert.equal(rows, 2);
    assert.ok(text.startsWith('\ufeff'), 'a BOM for spreadsheets');
    assert.ok(text.endsWith('\r\n'));
    assert.deepEqual(parseCsv(text).map((r) => r.cells), [
      [...LMS_CSV_COLUMNS],
      ['E1', 'alice@example.com', 'alpha', 'Alpha 1.1.0', '1.1.0', 'passed', '100', '2026-06-01T10:00:00+00:00', '00000000-0000-4000-8000-000000000001'],
      ['E2', 'bo@example.com', 'beta', 'Beta 2.0.0', '2.0.0', 'passed', '100', '2026-06-03T08:00:00+00:00', '00000000-0000-4000-8000-000000000002'],
    ]);
  });

  it('formula-neutralised: a name or e-mail that starts a formula is shown, not run', () => {
    const { text } = lmsCompletionCsv([rec({ employeeId: 'E1', email: '=HYPERLINK("x")@example.com' })], () => '+SUM(A1)');
    const row = parseCsv(text)[1]!.cells;
    assert.equal(row[1], `'=HYPERLINK("x")@example.com`);
    assert.equal(row[3], "'+SUM(A1)");
  });

  it('an e-mail the LMS never gave is an empty cell; an unknown title is the module id', () => {
    const row = parseCsv(lmsCompletionCsv([rec({ email: 'E7@lms.invalid' })], () => undefined).text)[1]!.cells;
    assert.deepEqual([row[1], row[3]], ['', 'alpha']);
  });

  const times: Array<[string, string]> = [['2026-06-01T10:00:00.999Z', '2026-06-01T10:00:00+00:00'], ['2026-12-31T23:59:59Z', '2026-12-31T23:59:59+00:00']];
  for (const [iso, shown] of times) it(`${iso} is ${shown}`, () => assert.equal(lmsDateTime(iso), shown));

  it('the exporter takes titles from the manifest version and each record id once', () => {
    const a = rec({ recordId: '00000000-0000-4000-8000-00000000000a' });
    const made = exporterFor('lms-csv').render({ exportedAt: '2026-12-02T09:00:00.000Z', records: [a, a], manifest });
    assert.equal(made.name, 'aga-lms-completions-2026-12-02.csv');
    assert.equal(made.items, 1);
    assert.equal(parseCsv(made.text)[1]!.cells[3], 'Alpha');
  });
});
