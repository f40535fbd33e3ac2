import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { testManifest } from '../../bench/fixtures-records';
import { canonicalJson } from '../../src/lib/records/jcs';
import { jsonArray, withPayloadJson } from '../../src/lib/records/payload-json';
import { verifyRecord } from '../../src/lib/records/verify';
import { craftedCases, type CraftedCase } from '../support/crafted';

const manifest = testManifest();
let cases: CraftedCase[];
before(async () => {
  cases = await craftedCases(manifest);
});

describe('payloadJson: a valid record carries its payload as signed', () => {
  it('is the canonical JSON of the verified payload, for every valid crafted record', async () => {
    let valid = 0;
    for (const c of cases) {
      const v = await verifyRecord(c.record, manifest);
      if (!v.ok) continue;
      valid++;
      assert.equal(v.payloadJson, canonicalJson(v.payload), c.name);
      assert.deepEqual(JSON.parse(v.payloadJson), v.payload, c.name);
    }
    assert.ok(valid >= 2, `only ${valid} valid crafted records`);
  });
});

describe('withPayloadJson and jsonArray', () => {
  const payload = { b: [1, 2], a: { name: 'Zoë "Z" \u2028', n: 0 } };
  it('parse back to what JSON.stringify of the whole object gives', () => {
    const rest = { kid: 'k1', file: 'C:\\records\\a "b".json', index: 3, identity: { method: 'self-declared' }, gone: undefined };
    const text = withPayloadJson(JSON.stringify(payload), rest);
    assert.deepEqual(JSON.parse(text), JSON.parse(JSON.stringify({ payload, ...rest })));
    assert.equal(text.startsWith('{"payload":{"b":[1,2]'), true, 'the payload text goes in as it is');
  });
  it('writes an object of the payload alone when nothing else is left', () => {
    assert.equal(withPayloadJson('{"x":1}', {}), '{"payload":{"x":1}}');
    assert.equal(withPayloadJson('{"x":1}', { gone: undefined }), '{"payload":{"x":1}}');
  });
  it('joins items into one array', () => {
    assert.equal(jsonArray([]), '[]');
    assert.deepEqual(JSON.parse(jsonArray([withPayloadJson('1', { i: 0 }), '{"ok":false}'])), [{ payload: 1, i: 0 }, { ok: false }]);
  });
});
