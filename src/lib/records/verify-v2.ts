/**
 * The checks format v2 adds to verification (docs/record-format.md, "Format v2"): the identity
 * binding of a record signed in with the company's OpenID Provider, and the presented questions of
 * an attempt drawn from a larger bank. verify.ts calls them in its order; they return problems,
 * never throw, and never decide a record's verdict on their own.
 */
import type { JSONWebKeySet } from 'jose';
import { checkIdentity, type IdentityReason } from '../identity/check';
import { t } from '../../i18n/verify';
import type { AnswerKey } from '../../schemas/lock';
import type { Manifest, ManifestModule } from '../../schemas/manifest';
import type { RecordIdentity } from '../../schemas/identity';
import { drawOf, identityOf } from './manifest';
import type { SignatureCheck } from './open-signed';

/** What verification needs besides the record and the manifest. */
export interface VerifyOptions {
  /**
   * HR's copies of the identity provider's keys (one JWKS per file; providers rotate keys, so old
   * ones are kept). Pass the same array for every record of a run: verified ID tokens are cached on it.
   */
  jwks?: readonly JSONWebKeySet[];
  /** How record signatures are checked (default WebCrypto); see SignatureCheck. */
  signature?: SignatureCheck;
}

/** Who vouches for the learner of a valid record: nobody (typed in), or the identity provider. */
export type VerifiedIdentity =
  | { method: 'self-declared' }
  | {
      method: 'oidc';
      /** The token's issuer: the manifest's. */
      issuer: string;
      /** The token's `sub`, the provider's stable id of the person. */
      subject?: string;
      /** The email the provider vouches for (the manifest's emailClaim). */
      email?: string;
    };

/** How HR's tools name a record's identity: "SSO (<issuer>)" or "self-declared". */
export function identityLabel(identity: VerifiedIdentity): string {
  return identity.method === 'oidc' ? t('identity.sso', { issuer: identity.issuer }) : t('identity.self-declared');
}

const NO_KEYS: readonly JSONWebKeySet[] = [];

/** The learner fields an identity is compared with, and the time it must precede. */
export interface IdentitySubject {
  identity?: RecordIdentity;
  learner: { email: string; employeeId: string };
  /** completedAt of a completion, acknowledgedAt of an acknowledgement. */
  time: string;
}

/**
 * Checks a signed record's identity after its signature: v1 and self-declared records are
 * "self-declared" (valid also when the manifest configures SSO: HR decides); an oidc identity must
 * pass identity-token, identity-binding and identity-claims, in that order.
 */
export async function identityOutcome(
  subject: IdentitySubject,
  kid: string,
  manifest: Manifest,
  options: VerifyOptions,
): Promise<{ ok: true; identity: VerifiedIdentity } | { ok: false; reason: IdentityReason; detail: string }> {
  const id = subject.identity;
  if (!id || id.method === 'self-declared') return { ok: true, identity: { method: 'self-declared' } };
  const manifestIdentity = identityOf(manifest);
  const check = await checkIdentity({
    idToken: id.idToken,
    nonceSalt: id.nonceSalt,
    kid,
    email: subject.learner.email,
    employeeId: subject.learner.employeeId,
    time: subject.time,
    manifestIdentity,
    keys: options.jwks ?? NO_KEYS,
  });
  if (!check.ok) return { ok: false, reason: check.reason, detail: check.message };
  const { sub } = check.claims;
  const email = manifestIdentity ? check.claims[manifestIdentity.emailClaim] : undefined;
  return {
    ok: true,
    identity: {
      method: 'oidc',
      issuer: String(check.claims.iss),
      ...(typeof sub === 'string' ? { subject: sub } : {}),
      ...(typeof email === 'string' ? { email } : {}),
    },
  };
}

// Each question's place in its version's bank, made once per manifest entry instead of once per record.
const positions = new WeakMap<ManifestModule, Map<string, number>>();
function positionsOf(entry: ManifestModule): Map<string, number> {
  let position = positions.get(entry);
  if (!position) positions.set(entry, (position = new Map(entry.questions.map((q, i) => [q.id, i]))));
  return position;
}

/**
 * The answer key of the questions a v2 attempt presented, or why its `answers` cannot be an
 * attempt of this version: not questions of the bank, not in bank order, a question twice, or not
 * exactly `draw` of them. The caller grades the answers against the returned key.
 */
export function presentedKey(answers: ReadonlyArray<{ q: string }>, entry: ManifestModule): { key: AnswerKey[] } | { problem: string } {
  const position = positionsOf(entry);
  const seen = new Set<string>();
  let last = -1;
  for (const [i, a] of answers.entries()) {
    const at = position.get(a.q);
    if (at === undefined) return { problem: t('detail.not-in-version', { n: String(i + 1), q: a.q, version: entry.version }) };
    if (seen.has(a.q)) return { problem: t('detail.answered-twice', { q: a.q }) };
    if (at < last) return { problem: t('detail.bank-order', { n: String(i + 1), q: a.q }) };
    seen.add(a.q);
    last = at;
  }
  const draw = drawOf(entry);
  if (answers.length !== draw) return { problem: t('detail.presents', { answers: String(answers.length), version: entry.version, draw: String(draw) }) };
  return { key: entry.questions.filter((q) => seen.has(q.id)) };
}
