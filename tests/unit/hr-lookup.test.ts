/** Certificate lookup over loaded records: duplicates once, conflicts apart. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { payloadFor, testManifest, type RecordSpec } from '../../bench/fixtures-records';
import type { Failure } from '../../src/lib/hr/findings';
import { LOOKUP_EMPTY_TEXT, lookup } from '../../src/lib/hr/lookup';
import type { ValidRecord } from '../../src/lib/records/roster';

const manifest = testManifest();
const rec = (spec: RecordSpec, kid = 'K1', file = 'a.json'): ValidRecord => ({ payload: payloadFor(manifest, spec), kid, file, index: 0 });
const alice = rec({ employeeId: 'E1', name: 'Alice Archer', recordId: '11111111-1111-4111-8111-111111111111' }, 'KA');
const aliceCopy = { ...alice, file: 'copy.json' };
const bob = rec({ employeeId: 'E2', name: 'Bob Baker', pass: false, recordId: '22222222-2222-4222-8222-222222222222' }, 'KB');
const failure: Failure = { file: 'bad.json', position: 1, count: 1, reason: 'signature', text: 'The signature does not match', message: 'x', recordId: '33333333-3333-4333-8333-333333333333' };
const titles = new Map([['alpha@1.1.0', 'Alpha']]);
const valid = [alice, aliceCopy, bob];

describe('lookup', () => {
  const cases: Array<{ code: string; kind: string; match?: string; heading?: string; lines?: number; failed?: boolean }> = [
    { code: '   ', kind: 'empty' },
    { code: alice.payload.recordId.toUpperCase(), kind: 'found', match: 'record-id', heading: '1 valid record with this record ID:', lines: 1 },
    { code: 'KA', kind: 'found', match: 'key', heading: '1 valid record signed with this key:', lines: 1 },
    { code: 'e2', kind: 'found', match: 'employee-id', heading: '1 valid record of this employee ID:', lines: 1 },
    { code: 'archer', kind: 'found', match: 'name', heading: '1 valid record of employees with this name:', lines: 1 },
    { code: failure.recordId!, kind: 'found', failed: true },
    { code: 'nobody', kind: 'none' },
  ];
  for (const c of cases) {
    it(`${JSON.stringify(c.code)} -> ${c.kind} ${c.match ?? ''}`, () => {
      const r = lookup(c.code, valid, [failure], titles);
      assert.equal(r.kind, c.kind);
      if (r.kind === 'empty') assert.equal(r.text, LOOKUP_EMPTY_TEXT);
      if (r.kind === 'none') assert.match(r.text, /^No loaded record has the code nobody\./);
      if (r.kind !== 'found') return;
      if (c.match) assert.equal(r.match, c.match);
      if (c.heading) assert.equal(r.valid?.heading, c.heading);
      if (c.lines !== undefined) assert.equal(r.valid?.lines.length, c.lines);
      assert.equal(r.failed !== null, c.failed === true);
    });
  }
  it('describes a record with name, module title, verdict and origin', () => {
    const r = lookup('KB', valid, [], titles);
    assert.equal(r.kind, 'found');
    if (r.kind === 'found') assert.match(r.valid!.lines[0]!, /^Bob Baker \(E2, .*\): Alpha, version 1\.1\.0, failed with 0 of 3 on 2026-06-01\. Record 2222.*, key KB, from a\.json, record 1\.$/);
  });
  it('lists the failed records of a record ID apart, as not to be trusted', () => {
    const r = lookup(failure.recordId!, valid, [failure], titles);
    assert.ok(r.kind === 'found' && r.valid === null);
    if (r.kind === 'found') assert.deepEqual(r.failed, { heading: '1 record with this record ID failed verification and must not be trusted:', lines: ['bad.json, record 1 of 1: The signature does not match (signature).'] });
  });
});
