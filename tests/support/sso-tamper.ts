/**
 * Copies of a real SSO export (a learner signed in at the test identity provider, passed, exported),
 * changed in Node the way an attacker with the file and their own tools could change it. Each copy
 * is one bundle file, with the reason code HR's tools must give it (docs/record-format.md, "Verification,
 * in order"). The attacker cannot sign with the learner's device key (it never leaves the browser),
 * so a record with another ID token is re-signed with a key of their own; the nonce the provider
 * put into a token is bound to one key, which is what `identity-binding` checks.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeProtectedHeader, SignJWT, decodeJwt, generateKeyPair } from 'jose';
import { b64json, newKey } from '../../bench/fixtures-records';
import { identityNonce, newNonceSalt } from '../../src/lib/identity/nonce';
import { signPayload } from '../../src/lib/records/sign';
import type { ReasonCode } from '../../src/lib/records/verify';
import type { RecordJws, RecordPayload } from '../../src/schemas/record';
import { idpSignIn } from './idp-sign-in';
import { OTHER_CLIENT_ID, SECOND_USER, TEST_USER } from './oidc-provider';
import type { SsoTestSetup } from './sso-setup';

export interface ExportBundle { type: string; v: number; exportedAt: string; records: RecordJws[] }

export interface TamperedFile { file: string; reason: ReasonCode | 'valid'; what: string }

/** An ID token with the same header and claims as `token`, signed by a fresh RS256 key that no JWKS of the provider holds. */
async function forgedLike(token: string): Promise<string> {
  const { kid } = decodeProtectedHeader(token);
  const { privateKey } = await generateKeyPair('RS256');
  return new SignJWT(decodeJwt(token)).setProtectedHeader({ alg: 'RS256', typ: 'JWT', ...(kid ? { kid } : {}) }).sign(privateKey);
}

/**
 * Writes the tampered copies of `bundle`'s first record into `dir`: a re-signed control that must
 * still verify (so the harness itself is shown sound), then one file per failure.
 */
export async function writeTamperedExports(bundle: ExportBundle, dir: string, sso: SsoTestSetup): Promise<TamperedFile[]> {
  const original = bundle.records[0];
  if (!original) throw new Error('the export holds no record');
  const payload = b64json.decode(original.payload) as unknown as RecordPayload;
  const key = await newKey();
  const redirectUri = `http://localhost:${sso.sitePort}/sso/callback/`;
  // A token of the real provider with the nonce for (kid, a fresh salt); the record gets that salt.
  const tokenFor = async (kid: string, user: string = TEST_USER.sub, clientId: string = sso.clientId) => {
    const nonceSalt = newNonceSalt();
    const { idToken } = await idpSignIn({ issuer: sso.issuer, clientId, redirectUri, user, nonce: await identityNonce(kid, nonceSalt) });
    return { idToken, nonceSalt };
  };
  // Re-signed now: the new token's iat must not be after completedAt plus five minutes.
  const resigned = (identity: { idToken: string; nonceSalt: string }) =>
    signPayload({ ...payload, attempt: { ...payload.attempt, completedAt: new Date().toISOString() }, identity: { method: 'oidc', ...identity } } as RecordPayload, key);

  const own = await tokenFor(key.kid);
  const otherDevice = await newKey();
  const files: Array<TamperedFile & { record: RecordJws | Promise<RecordJws> }> = [
    { file: 'resigned-control.json', reason: 'valid', what: 'the record re-signed with a new key and a token of its own sign-in', record: resigned(own) },
    { file: 'other-user-token.json', reason: 'identity-binding', what: "another user's ID token (their sign-in, their device key's nonce)", record: resigned(await tokenFor(otherDevice.kid, SECOND_USER.sub)) },
    { file: 'unknown-key-token.json', reason: 'identity-token', what: 'the ID token signed by a key not in the provider JWKS', record: resigned({ ...own, idToken: await forgedLike(own.idToken) }) },
    { file: 'other-client-token.json', reason: 'identity-claims', what: 'an ID token the provider issued to another client', record: resigned(await tokenFor(key.kid, TEST_USER.sub, OTHER_CLIENT_ID)) },
    {
      file: 'edited-email.json', reason: 'signature', what: 'the original record with its email edited',
      record: { ...original, payload: b64json.encode({ ...payload, learner: { ...payload.learner, email: 'someone.else@example.com' } }) },
    },
  ];
  for (const f of files) writeFileSync(join(dir, f.file), `${JSON.stringify({ ...bundle, records: [await f.record] }, null, 1)}\n`);
  return files.map(({ file, reason, what }) => ({ file, reason, what }));
}
