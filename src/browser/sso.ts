/**
 * Sign-in with the company's OpenID Provider, in the learner's browser, as a public client:
 * discovery, authorization code flow with PKCE S256, state, and the nonce that binds the ID token
 * to this browser's device key (src/lib/identity/nonce.ts). The protocol is oauth4webapi's; the ID
 * token's signature is checked with jose against the provider's JWKS before anything is stored.
 * What is stored ("sso" in the keys store, beside the device key) is replaced only by a sign-in
 * that fully succeeded, so a failed or abandoned one loses nothing.
 */
import { t } from '../i18n/device';
import * as oauth from 'oauth4webapi';
import { createRemoteJWKSet, jwtVerify, type JWTPayload } from 'jose';
import { ID_TOKEN_ALGORITHMS } from '../lib/identity/check';
import { identityNonce, newNonceSalt } from '../lib/identity/nonce';
import { detailsFromClaims, type ClaimDetails } from '../lib/identity/claims';
import type { RecordIdentity } from '../schemas/identity';
import { getKey, putKey } from './db';
import { deviceSigningKey, existingSigningKey } from './keystore';
import type { SsoConfig } from './sso-config';

export type { SsoConfig };

/** A verified sign-in, kept next to the device key: what a v2 record's `identity` is made from. */
export interface StoredSignIn {
  issuer: string;
  idToken: string;
  nonceSalt: string;
  /** The device key's kid the nonce was made for: a new key needs a new sign-in. */
  kid: string;
  claims: JWTPayload;
  signedInAt: string;
}

/** A sign-in problem in plain words; `retry` says whether trying again may help. */
export class SsoError extends Error {
  constructor(message: string, readonly retry: boolean) {
    super(message);
    this.name = 'SsoError';
  }
}

const STORED = 'sso';
const PENDING = 'aga:sso-pending:v1';

interface Pending { state: string; verifier: string; nonceSalt: string; kid: string; returnTo: string }

// Test providers run over http on this machine; every real issuer must be https.
function options(issuer: string): { [oauth.allowInsecureRequests]?: boolean } {
  const url = new URL(issuer);
  return url.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname) ? { [oauth.allowInsecureRequests]: true } : {};
}

/** The redirect URI registered at the provider: /sso/callback/ under the site's base. */
export function callbackUrl(): string {
  return new URL(`${import.meta.env.BASE_URL.replace(/\/$/, '')}/sso/callback/`, location.origin).href;
}

async function discover(config: Pick<SsoConfig, 'issuer'>): Promise<oauth.AuthorizationServer> {
  const issuer = new URL(config.issuer);
  try {
    return await oauth.processDiscoveryResponse(issuer, await oauth.discoveryRequest(issuer, options(config.issuer)));
  } catch (error) {
    throw plain(error, 'find');
  }
}

function plain(error: unknown, step: 'find' | 'finish'): SsoError {
  if (error instanceof SsoError) return error;
  if (error instanceof oauth.AuthorizationResponseError || error instanceof oauth.ResponseBodyError) {
    const refused = error.error === 'access_denied' || error.error === 'login_required' || error.error === 'consent_required';
    return new SsoError(
      refused
        ? t('sso.refused')
        : t('sso.error', { error: error.error }),
      true,
    );
  }
  return new SsoError(
    step === 'find'
      ? t('sso.unreachable')
      : t('sso.unexpected'),
    true,
  );
}

/**
 * Starts a sign-in: makes state, PKCE verifier and nonce salt, remembers them for this tab, and
 * sends the browser to the provider. `returnTo` is a path on this site to come back to.
 */
export async function startSignIn(config: Pick<SsoConfig, 'issuer' | 'clientId' | 'scopes'>, returnTo: string = location.pathname + location.search): Promise<never> {
  const as = await discover(config);
  if (!as.authorization_endpoint) throw new SsoError(t('sso.no-endpoint'), false);
  const { kid } = await deviceSigningKey();
  const pending: Pending = { state: oauth.generateRandomState(), verifier: oauth.generateRandomCodeVerifier(), nonceSalt: newNonceSalt(), kid, returnTo };
  sessionStorage.setItem(PENDING, JSON.stringify(pending));
  const url = new URL(as.authorization_endpoint);
  url.search = new URLSearchParams({
    client_id: config.clientId,
    redirect_uri: callbackUrl(),
    response_type: 'code',
    scope: config.scopes,
    state: pending.state,
    nonce: await identityNonce(kid, pending.nonceSalt),
    code_challenge: await oauth.calculatePKCECodeChallenge(pending.verifier),
    code_challenge_method: 'S256',
  }).toString();
  location.assign(url.href);
  // The page is leaving; nothing after this runs in a useful way.
  return new Promise<never>(() => undefined);
}

function readPending(): Pending | undefined {
  try {
    const value: unknown = JSON.parse(sessionStorage.getItem(PENDING) ?? 'null');
    const p = value as Partial<Pending> | null;
    return p && typeof p.state === 'string' && typeof p.verifier === 'string' && typeof p.nonceSalt === 'string' && typeof p.kid === 'string' && typeof p.returnTo === 'string' ? (p as Pending) : undefined;
  } catch {
    return undefined;
  }
}

/** A path on this site under its base, or the base itself: never a redirect elsewhere. */
function safeReturn(path: string): string {
  const base = import.meta.env.BASE_URL;
  return path.startsWith(base) && !path.startsWith('//') ? path : base;
}

/**
 * Finishes a sign-in on /sso/callback/: checks state, exchanges the code (PKCE), verifies the ID
 * token (signature against the provider's keys, iss, aud, nonce), then stores it beside the device
 * key. Resolves to the stored sign-in and the path to return to.
 */
export async function completeSignIn(config: Pick<SsoConfig, 'issuer' | 'clientId'>, current: URL = new URL(location.href)): Promise<{ signIn: StoredSignIn; returnTo: string }> {
  const pending = readPending();
  if (!pending) throw new SsoError(t('sso.not-pending'), true);
  const as = await discover(config);
  const client: oauth.Client = { client_id: config.clientId };
  const nonce = await identityNonce(pending.kid, pending.nonceSalt);
  let idToken: string;
  try {
    const params = oauth.validateAuthResponse(as, client, current, pending.state);
    const response = await oauth.authorizationCodeGrantRequest(as, client, oauth.None(), params, callbackUrl(), pending.verifier, options(config.issuer));
    const result = await oauth.processAuthorizationCodeResponse(as, client, response, { expectedNonce: nonce, requireIdToken: true });
    idToken = result.id_token as string;
  } catch (error) {
    throw plain(error, 'finish');
  }
  if (!as.jwks_uri) throw new SsoError(t('sso.no-keys'), false);
  let claims: JWTPayload;
  try {
    const verified = await jwtVerify(idToken, createRemoteJWKSet(new URL(as.jwks_uri)), { issuer: config.issuer, audience: config.clientId, algorithms: [...ID_TOKEN_ALGORITHMS] });
    claims = verified.payload;
    if (claims.nonce !== nonce) throw new Error('nonce');
  } catch {
    throw new SsoError(t('sso.unconfirmed'), true);
  }
  const signIn: StoredSignIn = { issuer: config.issuer, idToken, nonceSalt: pending.nonceSalt, kid: pending.kid, claims, signedInAt: new Date().toISOString() };
  await putKey(STORED, signIn);
  sessionStorage.removeItem(PENDING);
  return { signIn, returnTo: safeReturn(pending.returnTo) };
}

/**
 * The stored sign-in when it belongs to this issuer and to the current device key (a new key
 * means a new sign-in: the nonce binds one key), else undefined. Never makes a key.
 */
export async function currentSignIn(config: Pick<SsoConfig, 'issuer'>): Promise<StoredSignIn | undefined> {
  const stored = (await getKey(STORED).catch(() => undefined)) as Partial<StoredSignIn> | undefined;
  if (!stored || stored.issuer !== config.issuer || typeof stored.idToken !== 'string' || typeof stored.nonceSalt !== 'string') return undefined;
  const key = await existingSigningKey();
  return key && stored.kid === key.kid ? (stored as StoredSignIn) : undefined;
}

/** The learner's details from a stored sign-in's claims, by the site's claim names. */
export function signedInDetails(signIn: StoredSignIn, config: SsoConfig): ClaimDetails | undefined {
  return detailsFromClaims(signIn.claims, config);
}

/**
 * What a record signed by the key `kid` says about who the learner is: the sign-in made for
 * that key, or self-declared when the site has no SSO. With SSO and no sign-in for this key,
 * there is nothing to sign with: undefined.
 */
export async function recordIdentity(config: SsoConfig | undefined, kid: string): Promise<{ identity: RecordIdentity; details?: ClaimDetails } | undefined> {
  if (!config) return { identity: { method: 'self-declared' } };
  const signIn = await currentSignIn(config);
  if (!signIn || signIn.kid !== kid) return undefined;
  const details = signedInDetails(signIn, config);
  return { identity: { method: 'oidc', idToken: signIn.idToken, nonceSalt: signIn.nonceSalt }, ...(details ? { details } : {}) };
}
