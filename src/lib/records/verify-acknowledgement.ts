/**
 * Verification of a policy acknowledgement (format v2, `typ` "aga-acknowledgement+jws"), in
 * docs/record-format.md's order: the envelope steps every record shares (malformed -> shape -> alg
 * -> typ -> kid -> signature), the identity checks, then unknown-policy -> content-hash ->
 * reading-time, and last the canonical-form check.
 */
import { ACKNOWLEDGEMENT_TYP, acknowledgementPayloadSchema, type AcknowledgementPayload } from '../../schemas/acknowledgement';
import { t } from '../../i18n/verify';
import type { Manifest, ManifestPolicy } from '../../schemas/manifest';
import { policiesOf } from './manifest';
import { base64urlText, canonicalProblem, openSigned } from './open-signed';
import { fail, type Failure } from './reasons';
import { identityOutcome, type VerifiedIdentity, type VerifyOptions } from './verify-v2';

export type AcknowledgementVerification =
  /** `payloadJson`: the payload's canonical JSON text, as for a completion (verify.ts). */
  | { ok: true; payload: AcknowledgementPayload; payloadJson: string; kid: string; policy: ManifestPolicy; identity: VerifiedIdentity }
  | Failure;

/**
 * True when a record's protected header says it is an acknowledgement: HR's tools then verify it
 * with verifyAcknowledgement instead of verifyRecord. Anything unreadable is left to verifyRecord,
 * which names the problem.
 */
export function isAcknowledgement(record: unknown): boolean {
  const b64 = typeof record === 'object' && record !== null ? (record as { protected?: unknown }).protected : undefined;
  if (typeof b64 !== 'string' || !/^[A-Za-z0-9_-]+$/.test(b64)) return false;
  let known = typByHeader.get(b64);
  if (known === undefined) {
    if (typByHeader.size >= TYP_CACHE_MAX) typByHeader.clear();
    known = headerTypIsAcknowledgement(b64);
    typByHeader.set(b64, known);
  }
  return known;
}

// Records signed by one key share their header text, so its answer is kept (bounded, as open-signed.ts's header cache).
const typByHeader = new Map<string, boolean>();
const TYP_CACHE_MAX = 4096;

function headerTypIsAcknowledgement(b64: string): boolean {
  try {
    const header: unknown = JSON.parse(base64urlText(b64));
    return typeof header === 'object' && header !== null && (header as { typ?: unknown }).typ === ACKNOWLEDGEMENT_TYP;
  } catch {
    return false;
  }
}

/** Verifies one acknowledgement against the manifest's policy versions (none in a v1 manifest). */
export async function verifyAcknowledgement(record: unknown, manifest: Manifest, options: VerifyOptions = {}): Promise<AcknowledgementVerification> {
  const signed = await openSigned(record, ACKNOWLEDGEMENT_TYP, acknowledgementPayloadSchema, options.signature);
  if (!signed.ok) return signed;
  const { payload, header } = signed;
  const who = await identityOutcome({ identity: payload.identity, learner: payload.learner, time: payload.acknowledgedAt }, header.kid, manifest, options);
  if (!who.ok) return fail(who.reason, who.detail, payload.recordId);
  const policy = policiesOf(manifest).find((p) => p.version === payload.policy.version);
  if (!policy) return fail('unknown-policy', t('detail.version', { version: payload.policy.version }), payload.recordId);
  if (policy.contentHash !== payload.policy.contentHash) return fail('content-hash', t('detail.policy-version', { version: policy.version }), payload.recordId);
  if (payload.readingSeconds < policy.minReadingSeconds) {
    return fail('reading-time', t('detail.reading-time', { seconds: String(payload.readingSeconds), version: policy.version, minimum: String(policy.minReadingSeconds) }), payload.recordId);
  }
  return canonicalProblem(signed, payload.recordId) ?? { ok: true, payload, payloadJson: signed.decoded.text, kid: header.kid, policy, identity: who.identity };
}
