import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { completionRecordJsonSchema } from '../../src/lib/records/json-schema';
import { recordPayloadSchema } from '../../src/schemas/record';

describe('completionRecordJsonSchema', () => {
  const schema = completionRecordJsonSchema() as {
    description: string; required: string[]; additionalProperties: boolean; properties: Record<string, { description?: string }>;
    definitions: { payload: { required: string[]; properties: Record<string, { description?: string }> }; protectedHeader: { properties: Record<string, { const?: string }> } };
  };

  it('describes the flattened JWS envelope and says the payload is base64url(JCS(payload))', () => {
    assert.deepEqual(schema.required, ['protected', 'payload', 'signature']);
    assert.equal(schema.additionalProperties, false);
    assert.match(schema.description, /base64url\(JCS\(payload\)\)/);
    assert.match(schema.properties.payload!.description!, /JCS\(payload\)/);
  });

  it('defines the payload with every field of the zod schema, each described', () => {
    const fields = Object.keys(recordPayloadSchema.shape);
    assert.deepEqual(schema.definitions.payload.required.sort(), [...fields].sort());
    for (const f of fields) assert.ok(schema.definitions.payload.properties[f]?.description, f);
  });

  it('fixes the header values', () => {
    assert.equal(schema.definitions.protectedHeader.properties.alg!.const, 'ES256');
    assert.equal(schema.definitions.protectedHeader.properties.typ!.const, 'aga-completion+jws');
  });
});
