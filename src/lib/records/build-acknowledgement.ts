import type { AcknowledgementPayload } from '../../schemas/acknowledgement';
import type { RecordIdentity } from '../../schemas/identity';
import { isoTimeSchema } from '../../schemas/record';

/** What an acknowledgement is made of: the policy version read, who read it, for how long, and when. */
export interface AcknowledgementInput {
  /** `crypto.randomUUID()`. */
  recordId: string;
  /** `location.origin` and the manifest's build id. */
  site: { origin: string; build: string };
  policy: { version: string; contentHash: string };
  learner: { name: string; email: string; employeeId: string };
  /** Seconds the policy was visible before the learner accepted it. */
  readingSeconds: number;
  /** `toISOString()` time of the acceptance. */
  acknowledgedAt: string;
  /** The stored sign-in, or by default nobody vouches (`self-declared`). */
  identity?: RecordIdentity;
}

/**
 * The v2 acknowledgement payload (docs/record-format.md), with the learner's name NFC-normalised as
 * in a completion record. Throws on a time that is not a `toISOString()` time or a negative reading time.
 */
export function buildAcknowledgement(input: AcknowledgementInput): AcknowledgementPayload {
  if (!isoTimeSchema.safeParse(input.acknowledgedAt).success) {
    throw new RangeError(`buildAcknowledgement: acknowledgedAt must be a toISOString() time, got ${JSON.stringify(input.acknowledgedAt)}`);
  }
  if (!Number.isInteger(input.readingSeconds) || input.readingSeconds < 0) throw new RangeError('buildAcknowledgement: readingSeconds must be a whole number of seconds');
  return {
    type: 'aga.acknowledgement',
    v: 2,
    recordId: input.recordId,
    site: { origin: input.site.origin, build: input.site.build },
    policy: { version: input.policy.version, contentHash: input.policy.contentHash },
    learner: { name: input.learner.name.normalize('NFC'), email: input.learner.email, employeeId: input.learner.employeeId },
    identity: input.identity ?? { method: 'self-declared' },
    readingSeconds: input.readingSeconds,
    acknowledgedAt: input.acknowledgedAt,
  };
}
