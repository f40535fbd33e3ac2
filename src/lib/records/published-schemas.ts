/**
 * The JSON Schemas the repository publishes in docs/schemas/ (and the build in dist/records/):
 * generated from the zod schemas, never written by hand. `npm run schemas` rewrites the files;
 * a unit test fails when a committed file differs from what the zod schemas generate.
 */
import { zodToJsonSchema } from 'zod-to-json-schema';
import { manifestV1Schema, manifestV2Schema } from '../../schemas/manifest';
import { acknowledgementPayloadSchema } from '../../schemas/acknowledgement';
import { completionV2PayloadSchema, exportBundleSchema } from '../../schemas/record';
import { completionRecordJsonSchema, RECORD_SCHEMA_FILE } from './json-schema';

type JsonObject = Record<string, unknown>;

function documented(schema: Parameters<typeof zodToJsonSchema>[0], id: string, title: string, description: string): JsonObject {
  const out = zodToJsonSchema(schema, { target: 'jsonSchema7', $refStrategy: 'none' }) as JsonObject;
  delete out.$schema;
  return { $schema: 'http://json-schema.org/draft-07/schema#', $id: id, title, description, ...out };
}

/** File name -> JSON Schema, for docs/schemas/. */
export function publishedSchemas(): Record<string, JsonObject> {
  return {
    [RECORD_SCHEMA_FILE]: completionRecordJsonSchema(),
    'completion-payload.v2.schema.json': documented(
      completionV2PayloadSchema,
      'completion-payload.v2.schema.json',
      'AI Governance Academy completion record payload, format v2',
      'The signed payload of a v2 completion record, before encoding (same envelope as v1, typ "aga-completion+jws"): v1 plus identity; answers lists the questions presented in the attempt, in bank order.',
    ),
    'acknowledgement-payload.v2.schema.json': documented(
      acknowledgementPayloadSchema,
      'acknowledgement-payload.v2.schema.json',
      'AI Governance Academy policy acknowledgement payload, format v2',
      'The signed payload of a policy acknowledgement, before encoding (same envelope as a completion record, typ "aga-acknowledgement+jws").',
    ),
    'export-bundle.v1.schema.json': documented(
      exportBundleSchema,
      'export-bundle.v1.schema.json',
      'AI Governance Academy export bundle, format v1',
      'The file a learner hands in (aga-records-<employeeId>-<YYYY-MM-DD>.json); each element of records is a completion record JWS.',
    ),
    'manifest.v1.schema.json': documented(
      manifestV1Schema,
      'manifest.v1.schema.json',
      'AI Governance Academy records manifest, format v1',
      'records/manifest.json of a built site: every locked module version with its content hash, pass mark, re-training period and answer key.',
    ),
    'manifest.v2.schema.json': documented(
      manifestV2Schema,
      'manifest.v2.schema.json',
      'AI Governance Academy records manifest, format v2',
      'records/manifest.json of a built site: every locked module version with its content hash, pass mark, re-training period, answer key and questions drawn per attempt; every locked policy version; and, when the site uses single sign-on, the identity provider ID tokens are checked against.',
    ),
  };
}

/** The text a schema file holds: two-space JSON and a final newline. */
export function schemaFileText(schema: JsonObject): string {
  return `${JSON.stringify(schema, null, 2)}\n`;
}
