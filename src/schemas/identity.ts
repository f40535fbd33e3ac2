import { z } from 'zod';

// Written for both zod 3.25 and zod 4 (the tree is moving to 4): only object, string, literal,
// discriminatedUnion, default, refine and strict, whose meaning is the same in both.

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/** True for an https URL, or an http one on this machine (test identity providers). */
function isIssuerUrl(value: string): boolean {
  try {
    const url = new URL(value);
    if (url.search || url.hash) return false;
    return url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK.has(url.hostname));
  } catch {
    return false;
  }
}

/**
 * The OpenID Provider's issuer identifier, exactly as it appears in its ID tokens' `iss` and at
 * `<issuer>/.well-known/openid-configuration`: an https URL (http only on localhost, for tests),
 * no query or fragment. It is compared as a string, so a trailing slash matters.
 */
export const issuerSchema = z
  .string()
  .refine(isIssuerUrl, 'an https URL without query or fragment (http only on localhost), exactly the provider\'s "issuer"');

/** `sso` in `content/org.yaml`: the company's OpenID Provider, when learners sign in with it. */
export const ssoSchema = z
  .object({
    /** Issuer identifier of the OpenID Provider (see issuerSchema). */
    issuer: issuerSchema,
    /** Client ID of the site's registration at the provider: a public client (no secret), PKCE S256. */
    clientId: z.string().min(1),
    /** Space-separated scopes asked for at sign-in; must include "openid". Default "openid email profile". */
    scopes: z
      .string()
      .default('openid email profile')
      .refine((s) => s.split(/\s+/).includes('openid'), 'a space-separated list of scopes that includes "openid"'),
    /** ID token claim holding the learner's work email. Default "email". */
    emailClaim: z.string().min(1).default('email'),
    /** ID token claim holding the employee ID; absent when the provider has none (then it is typed in). */
    employeeIdClaim: z.string().min(1).optional(),
  })
  .strict();
export type Sso = z.infer<typeof ssoSchema>;

/** `identity` in manifest v2, present only when org.yaml configures SSO: what HR checks tokens against. */
export const manifestIdentitySchema = z
  .object({
    /** Issuer the ID tokens must name in `iss`. */
    issuer: issuerSchema,
    /** Client ID the tokens' `aud` must contain. */
    clientId: z.string().min(1),
    /** Claim compared with the record's learner email. */
    emailClaim: z.string().min(1),
    /** Claim compared with the record's employee ID; absent when not configured. */
    employeeIdClaim: z.string().min(1).optional(),
  })
  .strict();
export type ManifestIdentity = z.infer<typeof manifestIdentitySchema>;

/** The manifest's `identity` object for an org.yaml `sso` block (scopes are the browser's business only). */
export function manifestIdentityFor(sso: Sso): ManifestIdentity {
  const { issuer, clientId, emailClaim, employeeIdClaim } = sso;
  return employeeIdClaim === undefined ? { issuer, clientId, emailClaim } : { issuer, clientId, emailClaim, employeeIdClaim };
}

/** 32 random bytes in base64url without padding: 43 characters. */
export const nonceSaltSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/, '32 random bytes in base64url (43 characters)');

/** `identity` of a v2 record whose learner typed their own details. */
export const selfDeclaredIdentitySchema = z.object({ method: z.literal('self-declared') }).strict();

/**
 * `identity` of a v2 record whose learner signed in with the OpenID Provider. `idToken` is only
 * required to be text here: whether it is a JWS at all is the `identity-token` check's to say.
 */
export const oidcIdentitySchema = z
  .object({
    method: z.literal('oidc'),
    /** The ID token exactly as the provider issued it (compact JWS). */
    idToken: z.string().min(1).max(64 * 1024),
    /** The salt that, with the record's kid, gives the token's nonce. */
    nonceSalt: nonceSaltSchema,
  })
  .strict();

/** `identity` of a v2 completion or acknowledgement payload. */
export const recordIdentitySchema = z.discriminatedUnion('method', [selfDeclaredIdentitySchema, oidcIdentitySchema]);
export type RecordIdentity = z.infer<typeof recordIdentitySchema>;
export type OidcIdentity = z.infer<typeof oidcIdentitySchema>;
