import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { base64url } from 'jose';
import { b64json, newKey, signedRecord, testManifest } from '../../bench/fixtures-records';
import { nodeSignatureCheck } from '../../src/cli/node-signature';
import { verifyRecord } from '../../src/lib/records/verify';
import type { RecordJws } from '../../src/schemas/record';
import { craftedCases } from '../support/crafted';

// The command line checks signatures with node:crypto (issue 17), the browser with WebCrypto: every record gets the same verdict.
describe('node:crypto signature check (aga verify) against WebCrypto (the HR page)', () => {
  it('the same verification for honest, high-s, crafted and tampered records', async () => {
    const manifest = testManifest();
    const key = await newKey();
    const good = await signedRecord(manifest, key);
    const sig = base64url.decode(good.signature);
    sig[10] = sig[10]! ^ 1;
    const other = await signedRecord(manifest, await newKey());
    const records: Array<[string, RecordJws]> = [
      ...(await craftedCases(manifest)).map((c): [string, RecordJws] => [c.name, c.record]),
      ['a signature bit flipped', { ...good, signature: base64url.encode(sig) }],
      ['the name changed after signing', { ...good, payload: b64json.encode({ ...b64json.decode(good.payload), learner: { ...(b64json.decode(good.payload).learner as object), name: 'Mallory' } }) }],
      ['another key\'s signature', { ...good, signature: other.signature }],
    ];
    const verdicts = new Set<string>();
    for (const [name, record] of records) {
      const web = await verifyRecord(record, manifest);
      const node = await verifyRecord(record, manifest, { signature: nodeSignatureCheck });
      assert.deepEqual(node, web, name);
      verdicts.add(web.ok ? 'valid' : web.reason);
    }
    assert.ok(verdicts.has('valid') && verdicts.has('signature'), [...verdicts].join(' '));
  });
});
