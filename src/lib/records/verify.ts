/**
 * Verification of a completion record (format v1 or v2): the envelope steps of open-signed.ts, the
 * identity checks, then the manifest and re-grade checks. The module HR's page, its worker and the
 * command line import; reason codes and texts are re-exported from reasons.ts for them.
 */
import { gradeAnswers } from '../quiz/grade';
import type { Manifest, ManifestModule } from '../../schemas/manifest';
import { completionPayloadSchema, type RecordPayload } from '../../schemas/record';
import { RECORD_TYP } from './sign';
import { identityOutcome, presentedKey, type VerifiedIdentity, type VerifyOptions } from './verify-v2';
import { answerProblem } from './answers';
import { canonicalProblem, openSigned, type Jwk } from './open-signed';
import { fail, type Failure } from './reasons';
import { t } from '../../i18n/verify';

export { identityLabel, type VerifiedIdentity, type VerifyOptions } from './verify-v2';
export { REASON_CODES, REASON_TEXT, type Failure, type ReasonCode } from './reasons';

/**
 * A valid record's `payloadJson` is its payload as signed: canonical JSON text (RFC 8785, checked),
 * which JSON.parse turns into `payload`'s values. Workers hand it on as it is (payload-json.ts)
 * instead of serialising the payload again.
 */
export type Verification =
  | { ok: true; payload: RecordPayload; payloadJson: string; kid: string; jwk: Jwk; entry: ManifestModule; identity: VerifiedIdentity }
  | Failure;

/** The manifest entries by `id@version`, computed once per manifest object. */
const entryIndex = new WeakMap<Manifest, { byVersion: Map<string, ManifestModule>; ids: Set<string> }>();
function indexOf(manifest: Manifest): { byVersion: Map<string, ManifestModule>; ids: Set<string> } {
  let index = entryIndex.get(manifest);
  if (!index) {
    index = { byVersion: new Map(manifest.modules.map((m) => [`${m.id}@${m.version}`, m])), ids: new Set(manifest.modules.map((m) => m.id)) };
    entryIndex.set(manifest, index);
  }
  return index;
}

/**
 * Checks the answers against the version's key and the claimed score against a re-grade.
 * Returns a failure detail, or undefined when the record's score is what its answers earn.
 */
function regradeProblem(payload: RecordPayload, entry: ManifestModule): string | undefined {
  const { answers, score } = payload;
  // v1 answers every question of the bank; v2 the questions presented, a subset in bank order.
  const presented = payload.v === 2 ? presentedKey(answers, entry) : { key: entry.questions };
  if ('problem' in presented) return presented.problem;
  const { key } = presented;
  if (answers.length !== key.length) {
    return t('detail.answer-count', { answers: String(answers.length), questions: String(key.length) });
  }
  for (let i = 0; i < answers.length; i++) {
    const a = answers[i]!;
    if (a.q !== key[i]!.id) return t('detail.answer-for', { n: String(i + 1), q: a.q, expected: key[i]!.id });
    const problem = answerProblem(a.selected, key[i]!);
    if (problem) return problem;
  }
  const grade = gradeAnswers(key, answers, entry.passMarkPercent);
  if (score.total !== grade.total || score.correct !== grade.correct) {
    return t('detail.score', { claimed: `${score.correct}/${score.total}`, earned: `${grade.correct}/${grade.total}` });
  }
  if (score.passMarkPercent !== grade.passMarkPercent) {
    return t('detail.pass-mark', { claimed: score.passMarkPercent, version: entry.version, locked: grade.passMarkPercent });
  }
  if (score.passed !== grade.passed) return t('detail.passed', { claimed: score.passed ? 'passed' : 'failed', earned: grade.passed ? 'pass' : 'fail' });
  return undefined;
}

/**
 * Verifies one completion record (an element of a bundle's `records`, or a bare JWS), format v1 or
 * v2, in docs/record-format.md's order: malformed -> shape -> alg -> typ -> kid -> signature ->
 * identity-token / identity-binding / identity-claims (v2 records signed in with the identity
 * provider; HR's keys in `options.jwks`) -> unknown-module / unknown-version -> content-hash ->
 * regrade, then the canonical-form check (as `shape`).
 */
export async function verifyRecord(record: unknown, manifest: Manifest, options: VerifyOptions = {}): Promise<Verification> {
  const signed = await openSigned(record, RECORD_TYP, completionPayloadSchema, options.signature);
  if (!signed.ok) return signed;
  const { payload, header } = signed;

  const who = await identityOutcome(
    { ...(payload.v === 2 ? { identity: payload.identity } : {}), learner: payload.learner, time: payload.attempt.completedAt },
    header.kid,
    manifest,
    options,
  );
  if (!who.ok) return fail(who.reason, who.detail, payload.recordId);

  const index = indexOf(manifest);
  const entry = index.byVersion.get(`${payload.module.id}@${payload.module.version}`);
  if (!entry) {
    return index.ids.has(payload.module.id)
      ? fail('unknown-version', `${payload.module.id} ${payload.module.version}`, payload.recordId)
      : fail('unknown-module', payload.module.id, payload.recordId);
  }
  if (entry.contentHash !== payload.module.contentHash) {
    return fail('content-hash', `${payload.module.id} ${payload.module.version}`, payload.recordId);
  }
  const problem = regradeProblem(payload, entry);
  if (problem) return fail('regrade', problem, payload.recordId);
  return canonicalProblem(signed, payload.recordId) ?? { ok: true, payload, payloadJson: signed.decoded.text, kid: header.kid, jwk: signed.jwk, entry, identity: who.identity };
}
