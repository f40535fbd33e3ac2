/**
 * Signing the learner's acknowledgement of the AI-use policy with the device key, like a completion
 * record, and keeping it (./acknowledgements). Loaded with `import()` when the learner accepts.
 */
import { t } from '../i18n/device';
import { buildAcknowledgement } from '../lib/records/build-acknowledgement';
import { policiesOf } from '../lib/records/manifest';
import { signPayload } from '../lib/records/sign';
import type { StoredProfile } from '../lib/quiz/progress';
import type { RecordIdentity } from '../schemas/identity';
import { addAcknowledgement, type StoredAcknowledgement } from './acknowledgements';
import { cryptoProblem, deviceSigningKey } from './keystore';
import { fetchManifest } from './manifest';
import { SubmitError } from './submit';

export interface AcknowledgeInput {
  /** The version the page shows; must be the manifest's current policy. */
  version: string;
  profile: StoredProfile;
  readingSeconds: number;
  identity?: RecordIdentity;
}

/** Signs and stores the acknowledgement of the current policy version; returns what was stored. */
export async function acknowledgePolicy(input: AcknowledgeInput): Promise<StoredAcknowledgement> {
  const problem = cryptoProblem();
  if (problem) throw new SubmitError(problem);
  const manifest = await fetchManifest().catch((e: unknown) => {
    throw new SubmitError(t('device.ack-unsigned', { message: (e as Error).message }));
  });
  const policy = policiesOf(manifest).find((p) => p.current);
  if (!policy || policy.version !== input.version) {
    throw new SubmitError(t('device.ack-stale'));
  }
  const payload = buildAcknowledgement({
    recordId: crypto.randomUUID(),
    site: { origin: location.origin, build: manifest.build },
    policy: { version: policy.version, contentHash: policy.contentHash },
    learner: { name: input.profile.name, email: input.profile.email, employeeId: input.profile.employeeId },
    readingSeconds: input.readingSeconds,
    acknowledgedAt: new Date().toISOString(),
    ...(input.identity ? { identity: input.identity } : {}),
  });
  const jws = await signPayload(payload, await deviceSigningKey());
  const stored: StoredAcknowledgement = { version: policy.version, recordId: payload.recordId, acknowledgedAt: payload.acknowledgedAt, jws };
  await addAcknowledgement(stored);
  return stored;
}
