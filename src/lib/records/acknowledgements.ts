/**
 * Verified policy acknowledgements as HR's tools keep them, and what the roster reads from them:
 * the manifest's current policy version and, per employee, when they first acknowledged it.
 */
import type { AcknowledgementPayload } from '../../schemas/acknowledgement';
import type { Manifest, ManifestPolicy } from '../../schemas/manifest';
import { policiesOf } from './manifest';
import type { VerifiedIdentity } from './verify-v2';

/** A verified acknowledgement, where it came from, and who vouches for the learner. */
export interface ValidAcknowledgement {
  payload: AcknowledgementPayload;
  kid: string;
  file?: string;
  index?: number;
  /** Absent: not known (treated as self-declared). */
  identity?: VerifiedIdentity;
}

/** The policy version marked current in the manifest (org.yaml `policyVersion`); none in a v1 manifest. */
export function currentPolicy(manifest: Manifest): ManifestPolicy | undefined {
  return policiesOf(manifest).find((p) => p.current);
}

/**
 * Employee id to the earliest `acknowledgedAt` of a valid acknowledgement of `version`: the day the
 * employee first accepted that text (a later acknowledgement of the same version changes nothing).
 */
export function acknowledgedOn(acknowledgements: readonly ValidAcknowledgement[], version: string): Map<string, string> {
  const first = new Map<string, string>();
  for (const a of acknowledgements) {
    if (a.payload.policy.version !== version) continue;
    const id = a.payload.learner.employeeId;
    const at = a.payload.acknowledgedAt;
    const before = first.get(id);
    if (before === undefined || at < before) first.set(id, at);
  }
  return first;
}

/** The acknowledgements with every copy of the same signed one dropped but the first (as distinctRecords). */
export { distinctRecords as distinctAcknowledgements } from './distinct';
