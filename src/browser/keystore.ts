/**
 * The device key: an ECDSA P-256 key pair made on first need, its private key not extractable,
 * kept in IndexedDB `aga` (a CryptoKeyPair survives structured cloning). Loaded only on submit
 * or on My records, since it pulls in the signing library.
 */
import { t } from '../i18n/device';
import { generateKeyPair, signingKeyFrom, type SigningKey } from '../lib/records/sign';
import { reportProblem } from '../stores/notices';
import { getKey, putKey } from './db';

const DEVICE = 'device';

/** Plain words for a page without WebCrypto, or undefined when signing can work here. */
export function cryptoProblem(): string | undefined {
  if (typeof crypto === 'undefined' || !crypto.subtle || !globalThis.isSecureContext) {
    return t('device.insecure');
  }
  return undefined;
}

function isKeyPair(x: unknown): x is CryptoKeyPair {
  if (typeof x !== 'object' || x === null) return false;
  const p = x as { privateKey?: unknown; publicKey?: unknown };
  return p.privateKey instanceof CryptoKey && p.publicKey instanceof CryptoKey;
}

/**
 * The stored device key, or undefined when none exists yet. A stored key that cannot be used is
 * reported and moved aside under another id (never deleted: only the learner deletes data), so
 * that a new key can be made for the next result.
 */
export async function existingSigningKey(): Promise<SigningKey | undefined> {
  const stored = await getKey(DEVICE).catch(() => undefined);
  if (stored === undefined) return undefined;
  if (isKeyPair(stored)) {
    try {
      return await signingKeyFrom(stored);
    } catch {
      // Falls through to the report below: a key that cannot be used is as good as corrupt.
    }
  }
  reportProblem(t('device.key-unusable'));
  await putKey(`${DEVICE}-unusable-${new Date().toISOString()}`, stored).catch(() => undefined);
  await putKey(DEVICE, undefined).catch(() => undefined);
  return undefined;
}

async function loadOrMake(): Promise<SigningKey> {
  const existing = await existingSigningKey();
  if (existing) return existing;
  const pair = await generateKeyPair();
  await putKey(DEVICE, pair);
  // Asking for persistent storage makes the browser less likely to evict the key under pressure.
  await navigator.storage?.persist?.().catch(() => false);
  return signingKeyFrom(pair);
}

let pending: Promise<SigningKey> | undefined;

/**
 * The device key, made and stored on first need. One key per browser profile even when several
 * submits race: calls in this page share one promise, and a Web Lock held across load-or-make
 * keeps other tabs from making a second key at the same moment.
 */
export function deviceSigningKey(): Promise<SigningKey> {
  if (pending) return pending;
  const locked = (async (): Promise<SigningKey> => (navigator.locks ? await navigator.locks.request('aga:device-key', loadOrMake) : loadOrMake()))();
  const shared = locked.finally(() => {
    pending = undefined;
  });
  pending = shared;
  return shared;
}
