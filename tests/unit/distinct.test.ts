import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { payloadFor, testManifest } from '../../bench/fixtures-records';
import { distinctRecords } from '../../src/lib/records/distinct';
import type { ValidRecord } from '../../src/lib/records/roster';

const manifest = testManifest();
const rec = (recordId: string, kid: string, file: string, name = 'Ada'): ValidRecord => ({ payload: payloadFor(manifest, { recordId, name }), kid, file });
const ID = '11111111-1111-4111-8111-111111111111';
const OTHER = '22222222-2222-4222-8222-222222222222';

describe('distinctRecords: copies of one signed record count once, records that only share an id all stay', () => {
  it('keeps the first copy, drops later copies, keeps conflicts and records of their own ids, in order', () => {
    const list = [rec(ID, 'K1', 'a'), rec(OTHER, 'K1', 'b'), rec(ID, 'K1', 'c'), rec(ID, 'K2', 'd'), rec(ID, 'K1', 'e', 'Eve'), rec(ID, 'K2', 'f'), rec(ID, 'K1', 'g')];
    assert.deepEqual(distinctRecords(list).map((r) => r.file), ['a', 'b', 'd', 'e']);
  });
  it('a record alone is kept', () => {
    assert.deepEqual(distinctRecords([rec(ID, 'K1', 'a')]).map((r) => r.file), ['a']);
  });
});
