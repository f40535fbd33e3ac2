/**
 * HR's files of identity provider keys: either a plain JWKS (`{"keys": [...]}`, as served at the
 * provider's jwks_uri) or what `aga jwks fetch` saves for the archive,
 * `{"issuer", "fetchedAt", "keys"}`. Shared by the CLI (`--jwks FILE`) and the HR page.
 */
import type { JSONWebKeySet, JWK } from 'jose';
import { t } from '../../i18n/key-file';

/** What `aga jwks fetch` writes: the provider's key set with where and when it was fetched. */
export interface SavedJwks extends JSONWebKeySet {
  issuer: string;
  fetchedAt: string;
}

export type JwksFileResult = { ok: true; jwks: JSONWebKeySet; issuer?: string; fetchedAt?: string } | { ok: false; message: string };

function isPublicJwk(k: unknown): k is JWK {
  if (typeof k !== 'object' || k === null || Array.isArray(k)) return false;
  const jwk = k as Record<string, unknown>;
  // A private member in HR's file means someone saved the wrong file: refuse rather than keep a secret.
  return typeof jwk.kty === 'string' && !('d' in jwk) && !('k' in jwk);
}

/** Reads the text of a key file; `name` only labels the messages. */
export function readJwksFile(name: string, text: string): JwksFileResult {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, message: t('key-file.not-json', { name }) };
  }
  if (typeof data !== 'object' || data === null || !Array.isArray((data as { keys?: unknown }).keys)) {
    return { ok: false, message: t('key-file.not-jwks', { name }) };
  }
  const { keys, issuer, fetchedAt } = data as { keys: unknown[]; issuer?: unknown; fetchedAt?: unknown };
  const bad = keys.findIndex((k) => !isPublicJwk(k));
  if (bad >= 0) return { ok: false, message: t('key-file.not-public', { name, n: bad + 1, count: keys.length }) };
  return {
    ok: true,
    jwks: { keys: keys as JWK[] },
    ...(typeof issuer === 'string' ? { issuer } : {}),
    ...(typeof fetchedAt === 'string' ? { fetchedAt } : {}),
  };
}
