/**
 * The value that binds an ID token to a device key (docs/record-format.md, "Identity binding"):
 * nonce = base64url(SHA-256(UTF-8(kid + "." + nonceSalt))). The learner's browser sends it to the
 * identity provider, which copies it into the ID token it signs; HR recomputes it from the
 * record's `kid` and `nonceSalt`. Runs in Node 20 and in browsers (WebCrypto).
 */
import { base64url } from 'jose';

/** Bytes of random salt per sign-in: 32, so the salt's base64url form has 43 characters. */
export const NONCE_SALT_BYTES = 32;

/** A fresh salt for one sign-in: 32 random bytes, base64url without padding. */
export function newNonceSalt(): string {
  return base64url.encode(crypto.getRandomValues(new Uint8Array(NONCE_SALT_BYTES)));
}

/** The OIDC `nonce` for a device key's thumbprint `kid` and a salt. */
export async function identityNonce(kid: string, nonceSalt: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(`${kid}.${nonceSalt}`));
  return base64url.encode(new Uint8Array(digest));
}
