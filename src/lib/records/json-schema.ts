import { z } from 'zod';
import { zodToJsonSchema } from 'zod-to-json-schema';
import { recordJwsSchema, recordPayloadSchema } from '../../schemas/record';
import { RECORD_TYP } from './sign';

/** Where the build publishes the schema, relative to the site's base. */
export const RECORD_SCHEMA_FILE = 'completion-record.v1.schema.json';

// The header as a signer must write it. The verifier's own header schema is looser on purpose, so
// that a wrong alg or typ is reported with its own reason code rather than as a shape error.
const protectedHeaderDoc = z
  .object({
    alg: z.literal('ES256').describe('ECDSA P-256 with SHA-256; nothing else is accepted (not none, not HMAC).'),
    typ: z.literal(RECORD_TYP).describe('Marks the JWS as a completion record.'),
    jwk: z
      .object({ kty: z.literal('EC'), crv: z.literal('P-256'), x: z.string(), y: z.string() })
      .describe("The signer's public key (the learner's device key)."),
    kid: z.string().describe('RFC 7638 SHA-256 thumbprint of jwk, base64url: the key code shown to the learner and printed on certificates.'),
  })
  .describe('The protected header, before base64url encoding.');

const PAYLOAD_FIELDS: Record<string, string> = {
  type: 'Always "aga.completion".',
  v: 'Format version, 1.',
  recordId: 'Random UUID of this record.',
  site: 'Where the record was signed: location.origin and the build id from the site manifest.',
  module: 'The module version taken, with its content hash (sha256: over the MDX then the quiz-bank bytes).',
  learner: 'Who took it, as they typed it; name NFC-normalised. Not proven by the signature.',
  attempt: '1-based attempt number and times as Date.prototype.toISOString() prints them (UTC, milliseconds, Z); the clock is the learner\'s.',
  answers: 'Every question of the bank in bank order; selected = 0-based option indices in authored order, ascending.',
  score: 'correct/total as graded when signed; passed = correct * 100 >= passMarkPercent * total. Verifiers re-grade it with the manifest\'s key.',
};

type JsonObject = Record<string, unknown>;

function toJson(schema: z.ZodTypeAny): JsonObject {
  const out = zodToJsonSchema(schema, { target: 'jsonSchema7', $refStrategy: 'none' }) as JsonObject;
  delete out.$schema;
  return out;
}

/**
 * The JSON Schema of a completion record (format v1), generated from the zod schemas: the flattened
 * JWS envelope, plus definitions of the protected header and the payload as they are before encoding.
 */
export function completionRecordJsonSchema(): JsonObject {
  const payload = toJson(recordPayloadSchema);
  const props = payload.properties as Record<string, JsonObject>;
  for (const [name, description] of Object.entries(PAYLOAD_FIELDS)) if (props[name]) props[name].description = description;
  payload.description = 'The signed payload, before encoding. Serialized with RFC 8785 (JCS); integers only.';
  const envelope = toJson(recordJwsSchema);
  const envProps = envelope.properties as Record<string, JsonObject>;
  envProps.protected!.description = 'base64url (no padding) of the UTF-8 JSON of the protected header (definitions.protectedHeader).';
  envProps.payload!.description = 'base64url (no padding) of the UTF-8 bytes of JCS(payload): the RFC 8785 canonical JSON of definitions.payload.';
  envProps.signature!.description = 'base64url (no padding) of the 64-byte ECDSA P-256 signature r||s over ASCII(protected + "." + payload).';
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: RECORD_SCHEMA_FILE,
    title: 'AI Governance Academy completion record, format v1',
    description:
      'A JWS in flattened JSON serialization (RFC 7515 section 7.2.2): {"protected", "payload", "signature"}. ' +
      'The payload is base64url(JCS(payload)) (RFC 8785), signed with ES256 by the key in the protected header. ' +
      'An export bundle is {"type":"aga.export","v":1,"exportedAt":ISO,"records":[record, ...]}. ' +
      'Verify in this order: malformed, shape, alg, typ, kid, signature, unknown-module/unknown-version, content-hash, regrade.',
    ...envelope,
    definitions: { protectedHeader: toJson(protectedHeaderDoc), payload },
  };
}
