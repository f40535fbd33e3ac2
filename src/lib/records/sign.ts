import { base64url, calculateJwkThumbprint } from 'jose';
import { ACKNOWLEDGEMENT_TYP, type AcknowledgementPayload } from '../../schemas/acknowledgement';
import type { RecordJws, RecordPayload } from '../../schemas/record';
import { canonicalJson } from './jcs';

/** The protected header's `typ` of a completion record. */
export const RECORD_TYP = 'aga-completion+jws';

/** An EC P-256 public key as a JWK, with only the members RFC 7638 hashes. */
export interface PublicJwk {
  kty: 'EC';
  crv: 'P-256';
  x: string;
  y: string;
}

export interface SigningKey {
  /** ECDSA P-256, non-extractable. */
  privateKey: CryptoKey;
  publicJwk: PublicJwk;
  /** RFC 7638 thumbprint of publicJwk, base64url (jose). */
  kid: string;
}

const ECDSA_P256 = { name: 'ECDSA', namedCurve: 'P-256' } as const;
/** WebCrypto's parameters for ES256 (ECDSA P-256 with SHA-256): signing here, checking in open-signed.ts. */
export const ES256 = { name: 'ECDSA', hash: 'SHA-256' } as const;

/** A new ECDSA P-256 key pair whose private key is NOT extractable (public key extractable). */
export function generateKeyPair(): Promise<CryptoKeyPair> {
  // WebCrypto always makes the public half extractable; `false` applies to the private key.
  return crypto.subtle.generateKey(ECDSA_P256, false, ['sign', 'verify']);
}

/** RFC 7638 SHA-256 thumbprint of a public JWK, base64url: the record's `kid` and the learner's key code. */
export function thumbprint(jwk: { kty: string; crv?: string; x?: string; y?: string }): Promise<string> {
  return calculateJwkThumbprint(jwk, 'sha256');
}

/** Wraps a stored key pair (e.g. from IndexedDB) for signing: exports the public JWK, computes the kid. */
export async function signingKeyFrom(pair: CryptoKeyPair): Promise<SigningKey> {
  const exported = await crypto.subtle.exportKey('jwk', pair.publicKey);
  if (exported.kty !== 'EC' || exported.crv !== 'P-256' || !exported.x || !exported.y) {
    throw new TypeError('signingKeyFrom: the public key is not an EC P-256 key');
  }
  const publicJwk: PublicJwk = { kty: 'EC', crv: 'P-256', x: exported.x, y: exported.y };
  return { privateKey: pair.privateKey, publicJwk, kid: await thumbprint(publicJwk) };
}

/** base64url of the protected header a key signs records of one `typ` with (always the same bytes for one key). */
export function protectedHeaderFor(key: Pick<SigningKey, 'publicJwk' | 'kid'>, typ: string = RECORD_TYP): string {
  const { kty, crv, x, y } = key.publicJwk;
  return base64url.encode(JSON.stringify({ alg: 'ES256', typ, jwk: { kty, crv, x, y }, kid: key.kid }));
}

/**
 * Signs a completion or acknowledgement payload (the `typ` follows its `type`) into a flattened JWS {protected, payload, signature} per docs/record-format.md: the payload
 * is base64url of the UTF-8 bytes of its RFC 8785 form; the signature is WebCrypto's 64-byte r||s.
 */
export async function signPayload(payload: RecordPayload | AcknowledgementPayload, key: SigningKey): Promise<RecordJws> {
  const protectedB64 = protectedHeaderFor(key, payload.type === 'aga.acknowledgement' ? ACKNOWLEDGEMENT_TYP : RECORD_TYP);
  const payloadB64 = base64url.encode(canonicalJson(payload));
  const signingInput = new TextEncoder().encode(`${protectedB64}.${payloadB64}`);
  const signature = await crypto.subtle.sign(ES256, key.privateKey, signingInput);
  return { protected: protectedB64, payload: payloadB64, signature: base64url.encode(new Uint8Array(signature)) };
}
