/**
 * HR's identity check of a v2 record signed in with the company's OpenID Provider (docs/record-format.md,
 * "Identity binding"). It runs after the record's own signature and, in this order, fails with
 * `identity-token` (the ID token is not a JWS, its key is not in HR's keys, its signature is bad, or
 * its algorithm is not RS256, PS256 or ES256), `identity-binding` (its nonce is not the one for this
 * record's key and salt) or `identity-claims` (issuer, audience, time or learner fields disagree).
 * The token's `exp` is not checked: it is evidence of a sign-in, not a session.
 */
import { t } from '../../i18n/verify';
import { createLocalJWKSet, compactVerify, errors, type JSONWebKeySet, type JWTPayload } from 'jose';
import type { ManifestIdentity } from '../../schemas/identity';
import { claimText } from './claims';
import { identityNonce } from './nonce';

export type IdentityReason = 'identity-token' | 'identity-binding' | 'identity-claims';

/** The order in which the reasons are checked; the first failing one is reported. */
export const IDENTITY_REASONS: readonly IdentityReason[] = ['identity-token', 'identity-binding', 'identity-claims'];

/** Plain words for each reason, for HR. */
export const IDENTITY_REASON_TEXT = Object.fromEntries(IDENTITY_REASONS.map((r) => [r, t(`reason.${r}`)])) as Record<IdentityReason, string>;

/** Algorithms an ID token may be signed with. */
export const ID_TOKEN_ALGORITHMS = ['RS256', 'PS256', 'ES256'] as const;

/** How far after completedAt / acknowledgedAt a token may have been issued (clock skew). */
export const IAT_TOLERANCE_MS = 5 * 60 * 1000;

export interface IdentityCheckInput {
  /** The record's `identity.idToken`. */
  idToken: string;
  /** The record's `identity.nonceSalt`. */
  nonceSalt: string;
  /** The record's `kid` (thumbprint of the device key that signed it). */
  kid: string;
  /** The record's `learner.email`. */
  email: string;
  /** The record's `learner.employeeId`. */
  employeeId: string;
  /** The record's `attempt.completedAt` (or an acknowledgement's `acknowledgedAt`), ISO. */
  time: string;
  /** The manifest's `identity`; undefined when the manifest configures no SSO. */
  manifestIdentity: ManifestIdentity | undefined;
  /**
   * HR's copies of the provider's keys: several sets, since providers rotate keys and HR keeps the
   * old ones. Pass the same array for every record of a run: verified tokens are cached on it.
   */
  keys: readonly JSONWebKeySet[];
}

export type IdentityCheck =
  | { ok: true; claims: JWTPayload }
  | { ok: false; reason: IdentityReason; message: string };

type TokenOutcome = { ok: true; claims: JWTPayload } | { ok: false; message: string };

interface KeyCache {
  jwks: ReturnType<typeof createLocalJWKSet> | undefined;
  tokens: Map<string, Promise<TokenOutcome>>;
}

// One entry per keys array: imported keys (inside jose's local set) and each token's outcome, so
// 18,000 records carrying a few tokens cost a few signature checks.
const caches = new WeakMap<readonly JSONWebKeySet[], KeyCache>();

function cacheFor(keys: readonly JSONWebKeySet[]): KeyCache {
  let cache = caches.get(keys);
  if (!cache) {
    // A key kept in two files (an archive and today's set) would otherwise match twice.
    const seen = new Set<string>();
    const merged = keys.flatMap((set) => set.keys).filter((k) => {
      const id = JSON.stringify([k.kid, k.kty, k.crv, k.x, k.y, k.n, k.e, k.alg]);
      return seen.has(id) ? false : (seen.add(id), true);
    });
    cache = { jwks: merged.length > 0 ? createLocalJWKSet({ keys: merged }) : undefined, tokens: new Map() };
    caches.set(keys, cache);
  }
  return cache;
}

const algorithms = [...ID_TOKEN_ALGORITHMS];

async function verifyToken(idToken: string, jwks: KeyCache['jwks']): Promise<TokenOutcome> {
  if (!jwks) return { ok: false, message: t('token.no-keys') };
  let payload: Uint8Array;
  try {
    payload = (await compactVerify(idToken, jwks, { algorithms })).payload;
  } catch (error) {
    if (!(error instanceof errors.JWKSMultipleMatchingKeys)) return { ok: false, message: tokenFailure(error) };
    // Two different keys share the token's kid: the token is good if either verifies it.
    payload = new Uint8Array();
    let verified = false;
    for await (const key of error) {
      try {
        payload = (await compactVerify(idToken, key, { algorithms })).payload;
        verified = true;
        break;
      } catch {
        // Try the next key with that kid.
      }
    }
    if (!verified) return { ok: false, message: tokenFailure(new errors.JWSSignatureVerificationFailed()) };
  }
  let claims: unknown;
  try {
    claims = JSON.parse(new TextDecoder().decode(payload));
  } catch {
    claims = undefined;
  }
  if (typeof claims !== 'object' || claims === null || Array.isArray(claims)) return { ok: false, message: t('token.not-claims') };
  return { ok: true, claims: claims as JWTPayload };
}

function tokenFailure(error: unknown): string {
  if (error instanceof errors.JOSEAlgNotAllowed || error instanceof errors.JOSENotSupported) {
    return t('token.alg', { algorithms: ID_TOKEN_ALGORITHMS.join(', ') });
  }
  if (error instanceof errors.JWKSNoMatchingKey) {
    return t('token.unknown-key');
  }
  if (error instanceof errors.JWSSignatureVerificationFailed) return t('token.signature');
  return t('token.not-jws');
}

function claimProblem(input: IdentityCheckInput, claims: JWTPayload): string | undefined {
  const id = input.manifestIdentity;
  if (!id) return t('token.no-sso');
  if (claims.iss !== id.issuer) return t('token.issuer', { issuer: JSON.stringify(claims.iss ?? null), expected: JSON.stringify(id.issuer) });
  const aud = typeof claims.aud === 'string' ? [claims.aud] : Array.isArray(claims.aud) ? claims.aud : [];
  if (!aud.includes(id.clientId)) return t('token.audience', { client: JSON.stringify(id.clientId) });
  const time = Date.parse(input.time);
  if (typeof claims.iat !== 'number' || !Number.isFinite(time)) return t('token.no-time');
  if (claims.iat * 1000 > time + IAT_TOLERANCE_MS) return t('token.too-late');
  if (claimText(claims[id.emailClaim]) !== input.email) return t('token.email', { claim: id.emailClaim });
  if (id.employeeIdClaim !== undefined && claimText(claims[id.employeeIdClaim]) !== input.employeeId) {
    return t('token.employee-id', { claim: id.employeeIdClaim });
  }
  return undefined;
}

/** Checks a record's OIDC identity, in docs/record-format.md's order; the first failure is the result. */
export async function checkIdentity(input: IdentityCheckInput): Promise<IdentityCheck> {
  const cache = cacheFor(input.keys);
  let pending = cache.tokens.get(input.idToken);
  if (!pending) {
    pending = verifyToken(input.idToken, cache.jwks);
    cache.tokens.set(input.idToken, pending);
  }
  const token = await pending;
  if (!token.ok) return { ok: false, reason: 'identity-token', message: token.message };
  const nonce = await identityNonce(input.kid, input.nonceSalt);
  if (token.claims.nonce !== nonce) {
    return { ok: false, reason: 'identity-binding', message: t('token.nonce', { reason: IDENTITY_REASON_TEXT['identity-binding'] }) };
  }
  const problem = claimProblem(input, token.claims);
  if (problem) return { ok: false, reason: 'identity-claims', message: problem };
  return { ok: true, claims: token.claims };
}
