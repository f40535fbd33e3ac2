/** An identity provider's signing keys and ID tokens, made in the test: no network, no mock of the checks. */
import { exportJWK, generateKeyPair, SignJWT, type JSONWebKeySet, type JWK, type JWTPayload } from 'jose';

/** One signing key of a test identity provider, with its public JWK. */
export interface IdpKey { alg: 'RS256' | 'ES256' | 'PS256' | 'HS256'; kid: string; privateKey: CryptoKey | Uint8Array; jwk?: JWK }

/** A fresh provider key with `kid`. */
export async function idpKey(alg: 'RS256' | 'ES256' | 'PS256', kid: string): Promise<IdpKey> {
  const { privateKey, publicKey } = await generateKeyPair(alg, { extractable: true });
  return { alg, kid, privateKey, jwk: { ...(await exportJWK(publicKey)), kid, alg, use: 'sig' } };
}

/** The JWKS a provider with these keys would publish. */
export function jwksOf(...keys: IdpKey[]): JSONWebKeySet {
  return { keys: keys.map((k) => k.jwk!) };
}

/** An ID token with `claims`, signed by `k`. */
export function idToken(k: IdpKey, claims: JWTPayload): Promise<string> {
  return new SignJWT(claims).setProtectedHeader({ alg: k.alg, kid: k.kid, typ: 'JWT' }).sign(k.privateKey);
}
