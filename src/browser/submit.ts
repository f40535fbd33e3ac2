/**
 * The one path from a submitted quiz to storage: build the v2 payload (the presented questions,
 * and the identity: the sign-in stored for this device key when the site uses single sign-on,
 * else self-declared), sign it with the device
 * key and store the signed record in IndexedDB `aga`. Loaded with `import()` on submit.
 */
import { t } from '../i18n/device';
import { buildPayload } from '../lib/records/build';
import { signPayload } from '../lib/records/sign';
import type { Answer } from '../lib/quiz/grade';
import type { StoredProfile } from '../lib/quiz/progress';
import type { RecordIdentity } from '../schemas/identity';
import type { RecordPayload } from '../schemas/record';
import { allRecords, putRecord, type StoredRecord } from './db';
import { cryptoProblem, deviceSigningKey } from './keystore';
import { fetchManifest } from './manifest';
import { ssoConfig } from './sso-config';

/** A failure the learner can read. */
export class SubmitError extends Error {
  override name = 'SubmitError';
}

export interface SubmitInput {
  moduleId: string;
  /** The version the page shows; must be the manifest's current one. */
  version: string;
  /** The typed details; with single sign-on the sign-in's claims take their place (null: none typed). */
  profile: StoredProfile | null;
  startedAt: string;
  answers: Answer[];
  /** Ids of the questions the attempt presented (a draw from the bank); default every question. */
  presented?: readonly string[];
}

/** Grades, signs and stores one attempt; returns the stored record, its payload and the thumbprint. */
export async function submitAttempt(input: SubmitInput): Promise<{ record: StoredRecord; payload: RecordPayload; kid: string }> {
  const problem = cryptoProblem();
  if (problem) throw new SubmitError(problem);
  const manifest = await fetchManifest().catch((e: unknown) => {
    throw new SubmitError(t('device.result-unsigned', { message: (e as Error).message }));
  });
  const entry = manifest.modules.find((m) => m.id === input.moduleId && m.current);
  if (!entry || entry.version !== input.version) {
    throw new SubmitError(t('device.module-stale'));
  }
  const key = await deviceSigningKey();
  const { learner, identity } = await whoSigns(input.profile, key.kid);
  const previous = (await allRecords()).filter((r) => r.moduleId === input.moduleId).length;
  const payload = buildPayload({
    recordId: crypto.randomUUID(),
    site: { origin: location.origin, build: manifest.build },
    module: { id: entry.id, version: entry.version, contentHash: entry.contentHash },
    learner,
    attempt: { n: previous + 1, startedAt: input.startedAt, completedAt: new Date().toISOString() },
    answers: input.answers,
    key: entry.questions,
    passMarkPercent: entry.passMarkPercent,
    ...(input.presented ? { presented: input.presented } : {}),
    identity,
  });
  const jws = await signPayload(payload, key);
  const record: StoredRecord = { recordId: payload.recordId, moduleId: entry.id, jws, source: 'quiz' };
  await putRecord(record);
  return { record, payload, kid: key.kid };
}

/** Why an attempt cannot be signed yet (no details typed, or not signed in), in plain words; undefined when it can. */
export async function detailsProblem(typed: StoredProfile | null): Promise<string | undefined> {
  try {
    await whoSigns(typed, ssoConfig() ? (await deviceSigningKey()).kid : '');
    return undefined;
  } catch (error) {
    if (error instanceof SubmitError) return error.message;
    throw error;
  }
}

/**
 * Who the record is about and how that is known: the typed details (self-declared), or with single
 * sign-on the details of the sign-in made for this device key, carried as its ID token and salt.
 */
async function whoSigns(typed: StoredProfile | null, kid: string): Promise<{ learner: StoredProfile; identity: RecordIdentity }> {
  const config = ssoConfig();
  if (!config) {
    if (!typed) throw new SubmitError(t('device.no-profile'));
    return { learner: typed, identity: { method: 'self-declared' } };
  }
  // The sign-in code is loaded only on sites that use single sign-on.
  const { recordIdentity } = await import('./sso');
  const signed = await recordIdentity(config, kid);
  const details = signed?.details;
  const employeeId = details?.employeeId ?? (typed?.email === details?.email ? typed?.employeeId : undefined);
  if (!signed || !details || !employeeId) {
    throw new SubmitError(t('device.sign-in-first', { org: config.orgName, andId: details && !employeeId ? t('device.and-employee-id') : '' }));
  }
  return { learner: { name: details.name, email: details.email, employeeId }, identity: signed.identity };
}
