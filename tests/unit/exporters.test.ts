import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { payloadFor, testManifest } from '../../bench/fixtures-records';
import { EXPORTERS, ExportError, exportFileName, exporterFor, exportStatus, HR_EXPORTS, LEARNER_EXPORTS } from '../../src/lib/export/exporters';
import { buildRoster } from '../../src/lib/records/roster';

const manifest = testManifest();
const xapi = { homePage: 'https://academy.example', moduleUrl: (id: string) => `https://academy.example/modules/${id}/` };
const at = '2026-12-02T09:30:00.000Z';

describe('one list of exporters', () => {
  it('every id once, and every page offers only listed ids', () => {
    const ids = EXPORTERS.map((e) => e.id);
    assert.equal(new Set(ids).size, ids.length);
    for (const id of [...LEARNER_EXPORTS, ...HR_EXPORTS]) assert.ok(ids.includes(id), id);
  });

  it('file names: the learner\'s carry the employee id, HR\'s do not; the date is the export\'s UTC date', () => {
    assert.equal(exportFileName('aga-records', { exportedAt: at, who: 'E7' }, 'json'), 'aga-records-E7-2026-12-02.json');
    assert.equal(exportFileName('aga-roster', { exportedAt: at }, 'csv'), 'aga-roster-2026-12-02.csv');
    const one = payloadFor(manifest);
    const records = [{ payload: one, kid: 'k1' }];
    const roster = buildRoster(records, manifest, new Date(at));
    const names = EXPORTERS.map((e) => e.render({ exportedAt: at, who: e.id === 'roster-csv' ? undefined : 'E7', records, roster, xapi, signed: [], manifest }).name);
    assert.deepEqual(names, ['aga-records-E7-2026-12-02.json', 'aga-records-E7-2026-12-02.csv', 'aga-roster-2026-12-02.csv', 'aga-xapi-E7-2026-12-02.json', 'aga-lms-completions-E7-2026-12-02.csv']);
  });

  it('xAPI: a record loaded twice is one statement; records sharing an id while differing are left out and counted', () => {
    const a = payloadFor(manifest, { recordId: '00000000-0000-4000-8000-00000000000a' });
    const b = payloadFor(manifest, { recordId: '00000000-0000-4000-8000-00000000000b' });
    const clash = { ...payloadFor(manifest, { recordId: b.recordId, employeeId: 'E9' }) };
    const made = exporterFor('xapi').render({ exportedAt: at, records: [{ payload: a, kid: 'k' }, { payload: a, kid: 'k' }, { payload: b, kid: 'k' }, { payload: clash, kid: 'other' }], xapi });
    const statements = JSON.parse(made.text) as Array<{ id: string }>;
    assert.deepEqual(statements.map((s) => s.id), [a.recordId]);
    assert.equal(made.leftOut, 2);
    assert.match(exportStatus(exporterFor('xapi'), made), /^Saved aga-xapi-2026-12-02\.json \(1 statement\)\. 2 records left out: sharing a record id/);
  });

  it('the bundle holds every signed record as kept; an exporter without its data is a caller error', () => {
    const jws = { protected: 'p', payload: 'q', signature: 's' };
    const made = exporterFor('bundle').render({ exportedAt: at, who: 'E7', records: [], signed: [jws] });
    assert.deepEqual(JSON.parse(made.text), { type: 'aga.export', v: 1, exportedAt: at, records: [jws] });
    assert.throws(() => exporterFor('bundle').render({ exportedAt: at, records: [] }), ExportError);
    assert.throws(() => exporterFor('roster-csv').render({ exportedAt: at, records: [] }), ExportError);
    assert.throws(() => exporterFor('xapi').render({ exportedAt: at, records: [] }), ExportError);
    assert.throws(() => exporterFor('lms-csv').render({ exportedAt: at, records: [] }), ExportError);
  });
});
