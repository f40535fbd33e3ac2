/**
 * The identity provider's current signing keys, fetched through its discovery document:
 * `<issuer>/.well-known/openid-configuration`, then its `jwks_uri`. One path for `aga jwks fetch`
 * (saved to HR's archive), the HR page's "Fetch current keys" and My records; `fetch` runs in
 * Node 20 and in browsers (where the site's connect-src allows the issuer).
 */
import { t } from '../../i18n/verify';
import { readJwksFile, type SavedJwks } from './jwks-file';

const TIMEOUT_MS = 15_000;

/** The provider could not be reached or gave no usable keys, in plain words. */
export class FetchProblem extends Error {
  override name = 'FetchProblem';
}

async function getJson(url: string, what: string): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url, { headers: { accept: 'application/json' }, signal: AbortSignal.timeout(TIMEOUT_MS), redirect: 'follow' });
  } catch (error) {
    const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : String(error);
    throw new FetchProblem(t('jwks.unreachable', { url, what, cause }));
  }
  if (!response.ok) throw new FetchProblem(t('jwks.status', { url, status: String(response.status), statusText: response.statusText, what }));
  try {
    return await response.json();
  } catch {
    throw new FetchProblem(t('jwks.not-json', { url, what }));
  }
}

/** Discovery, then the key set: the saved file's contents. */
export async function fetchJwks(issuer: string, now: Date = new Date()): Promise<SavedJwks> {
  const discoveryUrl = `${issuer.replace(/\/$/, '')}/.well-known/openid-configuration`;
  const discovery = await getJson(discoveryUrl, t('jwks.what.discovery'));
  const meta = typeof discovery === 'object' && discovery !== null ? (discovery as { issuer?: unknown; jwks_uri?: unknown }) : {};
  if (meta.issuer !== issuer) throw new FetchProblem(t('jwks.wrong-issuer', { url: discoveryUrl, named: JSON.stringify(meta.issuer ?? null), issuer: JSON.stringify(issuer) }));
  if (typeof meta.jwks_uri !== 'string' || !/^https?:/.test(meta.jwks_uri)) throw new FetchProblem(t('jwks.no-uri', { url: discoveryUrl }));
  const jwksText = JSON.stringify(await getJson(meta.jwks_uri, t('jwks.what.keys')));
  const read = readJwksFile(meta.jwks_uri, jwksText);
  if (!read.ok) throw new FetchProblem(read.message);
  return { issuer, fetchedAt: now.toISOString(), keys: read.jwks.keys };
}

