import { z } from 'zod';
import { recordIdentitySchema } from './identity';
import { contentHashSchema } from './lock';
import { isoTimeSchema, recordPayloadSchema } from './record';

/** The protected header's `typ` of a policy acknowledgement. */
export const ACKNOWLEDGEMENT_TYP = 'aga-acknowledgement+jws';

/**
 * The signed payload of a policy acknowledgement, format v2 (docs/record-format.md): the learner
 * read the AI-use policy at a version and acknowledged it. Same envelope as a completion record,
 * with `typ` "aga-acknowledgement+jws".
 */
export const acknowledgementPayloadSchema = z
  .object({
    /** Always "aga.acknowledgement". */
    type: z.literal('aga.acknowledgement'),
    /** Format version, 2. */
    v: z.literal(2),
    /** Random UUID of this record. */
    recordId: z.string().uuid(),
    /** Where and by which build it was signed, as in a completion record. */
    site: recordPayloadSchema.shape.site,
    /** The policy version acknowledged. */
    policy: z
      .object({
        /** Policy version (org.yaml `policyVersion` when it was signed). */
        version: z.string().min(1),
        /** Content hash of that version's text. */
        contentHash: contentHashSchema,
      })
      .strict(),
    /** Who acknowledged, as in a completion record. */
    learner: recordPayloadSchema.shape.learner,
    /** How the learner's identity is known, as in a completion record v2. */
    identity: recordIdentitySchema,
    /** Seconds the policy page was visible before the learner acknowledged it. */
    readingSeconds: z.number().int().min(0),
    /** When the learner acknowledged it (the learner's clock). */
    acknowledgedAt: isoTimeSchema,
  })
  .strict();
export type AcknowledgementPayload = z.infer<typeof acknowledgementPayloadSchema>;
