/**
 * The one path from a submitted quiz to storage: build the v2 payload (the presented questions,
 * and the identity: self-declared unless the caller passes a sign-in), sign it with the device
 * key and store the signed record in IndexedDB `aga`. Loaded with `import()` on submit.
 */
import { buildPayload } from '../lib/records/build';
import { signPayload } from '../lib/records/sign';
import type { Answer } from '../lib/quiz/grade';
import type { StoredProfile } from '../lib/quiz/progress';
import type { RecordIdentity } from '../schemas/identity';
import type { RecordPayload } from '../schemas/record';
import { allRecords, putRecord, type StoredRecord } from './db';
import { cryptoProblem, deviceSigningKey } from './keystore';
import { fetchManifest } from './manifest';

/** A failure the learner can read. */
export class SubmitError extends Error {
  override name = 'SubmitError';
}

export interface SubmitInput {
  moduleId: string;
  /** The version the page shows; must be the manifest's current one. */
  version: string;
  profile: StoredProfile;
  startedAt: string;
  answers: Answer[];
  /** Ids of the questions the attempt presented (a draw from the bank); default every question. */
  presented?: readonly string[];
  /**
   * The learner's identity for the record: `{method: "oidc", idToken, nonceSalt}` from a sign-in
   * stored for this device key (src/browser/sso.ts `currentSignIn`), else self-declared.
   */
  identity?: RecordIdentity;
}

/** Grades, signs and stores one attempt; returns the stored record, its payload and the thumbprint. */
export async function submitAttempt(input: SubmitInput): Promise<{ record: StoredRecord; payload: RecordPayload; kid: string }> {
  const problem = cryptoProblem();
  if (problem) throw new SubmitError(problem);
  const manifest = await fetchManifest().catch((e: unknown) => {
    throw new SubmitError(`Your result could not be signed: ${(e as Error).message}. Check your connection and submit again.`);
  });
  const entry = manifest.modules.find((m) => m.id === input.moduleId && m.current);
  if (!entry || entry.version !== input.version) {
    throw new SubmitError('This page is older than the published module. Reload the page and submit again; your answers are kept.');
  }
  const previous = (await allRecords()).filter((r) => r.moduleId === input.moduleId).length;
  const payload = buildPayload({
    recordId: crypto.randomUUID(),
    site: { origin: location.origin, build: manifest.build },
    module: { id: entry.id, version: entry.version, contentHash: entry.contentHash },
    learner: { name: input.profile.name, email: input.profile.email, employeeId: input.profile.employeeId },
    attempt: { n: previous + 1, startedAt: input.startedAt, completedAt: new Date().toISOString() },
    answers: input.answers,
    key: entry.questions,
    passMarkPercent: entry.passMarkPercent,
    ...(input.presented ? { presented: input.presented } : {}),
    ...(input.identity ? { identity: input.identity } : {}),
  });
  const key = await deviceSigningKey();
  const jws = await signPayload(payload, key);
  const record: StoredRecord = { recordId: payload.recordId, moduleId: entry.id, jws, source: 'quiz' };
  await putRecord(record);
  return { record, payload, kid: key.kid };
}
