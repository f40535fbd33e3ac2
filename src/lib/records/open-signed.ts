/**
 * The envelope steps every signed record of this site goes through (malformed -> shape -> alg ->
 * typ -> kid -> signature), with the per-header cache, and the last check of every record: its
 * payload is exactly its RFC 8785 form. Completions (verify.ts) and acknowledgements share them.
 */
import { base64url, importJWK } from 'jose';
import type { ZodType, ZodTypeDef } from 'zod';
import { recordHeaderSchema, recordJwsSchema, type RecordHeader, type RecordJws } from '../../schemas/record';
import { ES256, thumbprint } from './sign';
import { canonicalJson } from './jcs';
import { inexactJson, isExactCanonical, signatureEncodingProblem } from './exact';
import { fail, type Failure } from './reasons';
import { t } from '../../i18n/verify';

/**
 * An ES256 check of `signature` (base64url of 64 bytes, r || s) over the ASCII `data` with the
 * record's key; true when it verifies. Without one, WebCrypto checks it (webCryptoSignatureCheck),
 * as in the browser; the command line passes node:crypto's synchronous check (src/cli/node-signature.ts).
 */
export type SignatureCheck = (key: CryptoKey, data: string, signature: string) => boolean | Promise<boolean>;

/** The public members of the key inside a record's header. */
export type Jwk = { kty: string; crv?: string; x?: string; y?: string };
// ignoreBOM keeps a leading byte order mark in the text, so it is refused (as shape) instead of dropped unseen.
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

const NON_ASCII = /[^\x00-\x7f]/;

/**
 * base64url text to the UTF-8 text it encodes; throws when it is not UTF-8. Nearly every record
 * is ASCII, whose bytes read as latin1 are the text already: atob gives that without a byte array
 * (1.2-1.4 µs a payload in Node, where jose's decode to bytes and TextDecoder took 3.2-4.5 µs).
 */
export function base64urlText(b64: string): string {
  const binary = atob(b64.replace(/-/g, '+').replace(/_/g, '/'));
  return NON_ASCII.test(binary) ? utf8.decode(Uint8Array.from(binary, (c) => c.charCodeAt(0))) : binary;
}

/** Decodes base64url text to a JSON value; undefined when it is not base64url of UTF-8 JSON. */
function decodeJson(b64: string): { text: string; value: unknown } | undefined {
  try {
    const text = base64urlText(b64);
    return { text, value: JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) as unknown };
  } catch {
    return undefined;
  }
}

/** What one distinct protected header yields; records signed by one key share it, so it is cached. */
interface HeaderInfo {
  /** Undefined when the header is not base64url JSON. */
  decoded?: unknown;
  header?: RecordHeader;
  shapeProblem?: string;
  /** alg, typ and kid checks, in that order; undefined when all pass. */
  problem?: Failure;
  jwk?: Jwk;
  key?: Promise<CryptoKey | Failure>;
}

// What decodeJson is given: base64url text (whether canonical is the schema's to say, as `shape`).
const BASE64URL = /^[A-Za-z0-9_-]+$/;

/** `text` is base64url; a valid envelope's members are canonical base64url already, so the test is for the others. */
function isBase64url(text: string | undefined, inValidEnvelope: boolean): text is string {
  return text !== undefined && (inValidEnvelope || BASE64URL.test(text));
}

// Keyed by the protected header's base64url text (only text BASE64URL accepts is ever a key).
// Bounded so a hostile file with endless distinct headers cannot grow memory without limit; real
// imports have a handful of keys.
const headerCache = new Map<string, Promise<HeaderInfo>>();
const HEADER_CACHE_MAX = 4096;

async function inspectHeader(protectedB64: string): Promise<HeaderInfo> {
  const decoded = decodeJson(protectedB64);
  if (!decoded) return {};
  const inexact = inexactJson(decoded.text, decoded.value);
  if (inexact) return { decoded: decoded.value, shapeProblem: t('detail.in-header', { problem: inexact }) };
  const parsed = recordHeaderSchema.safeParse(decoded.value);
  if (!parsed.success) return { decoded: decoded.value, shapeProblem: t('detail.in-header', { problem: firstIssue(parsed.error.issues) }) };
  const header = parsed.data;
  const info: HeaderInfo = { decoded: decoded.value, header };
  if (header.alg !== 'ES256') {
    info.problem = fail('alg', t('detail.header-says', { value: JSON.stringify(header.alg) }));
    return info;
  }
  const { kty, crv, x, y } = header.jwk;
  const jwk: Jwk = { kty, crv, x, y };
  let expected: string;
  try {
    expected = await thumbprint(jwk);
  } catch {
    info.problem = fail('kid', t('detail.key-incomplete'));
    return info;
  }
  if (header.kid !== expected) {
    info.problem = fail('kid', t('detail.kid-thumbprint'));
    return info;
  }
  info.jwk = jwk;
  // Only the public members are imported, so a header carrying a private `d` cannot turn into a signing key.
  info.key = (async () => {
    if (kty !== 'EC' || crv !== 'P-256') return fail('signature', t('detail.key-not-p256'));
    try {
      const key = await importJWK({ kty, crv, x, y }, 'ES256');
      return key instanceof Uint8Array ? fail('signature', t('detail.key-private')) : key;
    } catch {
      return fail('signature', t('detail.key-unusable'));
    }
  })();
  return info;
}

function headerInfo(protectedB64: string): Promise<HeaderInfo> {
  let info = headerCache.get(protectedB64);
  if (!info) {
    if (headerCache.size >= HEADER_CACHE_MAX) headerCache.clear();
    info = inspectHeader(protectedB64);
    headerCache.set(protectedB64, info);
  }
  return info;
}

function firstIssue(issues: ReadonlyArray<{ path: ReadonlyArray<string | number>; message: string }>): string {
  const issue = issues[0];
  if (!issue) return 'invalid';
  return issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message;
}

function recordIdOf(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const id = (value as { recordId?: unknown }).recordId;
  return typeof id === 'string' ? id : undefined;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A record whose envelope, header, payload shape and signature check out, ready for the checks of its kind. */
export interface Signed<P> {
  ok: true;
  payload: P;
  header: RecordHeader;
  jwk: Jwk;
  /**
   * The decoded payload and its text, for the last check: is it exactly its RFC 8785 form?
   * `canonical` is true when that is already known (isExactCanonical).
   */
  decoded: { text: string; value: unknown; canonical?: boolean };
}

/**
 * The steps every signed record of this site goes through, in docs/record-format.md's order:
 * malformed -> shape -> alg -> typ (must be `typ`) -> kid -> signature. `schema` is the payload's.
 *
 * Decisions the format leaves open (documented in docs/record-format.md): a value that is not a JSON object, or whose protected header or payload is not
 * base64url of UTF-8 JSON, is `malformed`. The signature is checked over the payload bytes as given. Keys and thumbprints are cached per distinct header.
 */
export async function openSigned<P extends { recordId: string }>(
  record: unknown, typ: string, schema: ZodType<P, ZodTypeDef, unknown>, check?: SignatureCheck,
): Promise<Signed<P> | Failure> {
  if (!isObject(record)) return fail('malformed', t('detail.not-object'));
  const envelope = recordJwsSchema.safeParse(record);
  // Decode what can be decoded first, so `malformed` (not JSON inside) comes before `shape`.
  const protectedB64 = typeof record.protected === 'string' ? record.protected : undefined;
  const payloadB64 = typeof record.payload === 'string' ? record.payload : undefined;
  const info = isBase64url(protectedB64, envelope.success) ? await headerInfo(protectedB64) : undefined;
  const payloadIsBase64url = isBase64url(payloadB64, envelope.success);
  const payloadDecoded = payloadIsBase64url ? decodeJson(payloadB64) : undefined;
  const recordId = recordIdOf(payloadDecoded?.value);
  if (info && info.decoded === undefined) return fail('malformed', t('detail.header-not-json'), recordId);
  if (payloadIsBase64url && !payloadDecoded) return fail('malformed', t('detail.payload-not-json'));

  if (!envelope.success) return fail('shape', `JWS: ${firstIssue(envelope.error.issues)}`, recordId);
  if (!info || info.shapeProblem || !info.header) return fail('shape', info?.shapeProblem, recordId);
  const payloadParsed = schema.safeParse(payloadDecoded!.value);
  if (!payloadParsed.success) return fail('shape', `payload: ${firstIssue(payloadParsed.error.issues)}`, recordId);
  const payload = payloadParsed.data;
  const canonical = isExactCanonical(payloadDecoded!.text, payloadDecoded!.value);
  const inexact = canonical ? undefined : inexactJson(payloadDecoded!.text, payloadDecoded!.value);
  if (inexact) return fail('shape', `payload: ${inexact}`, payload.recordId);

  // alg, then typ, then kid: the header's own problems are cached, the expected typ depends on the caller.
  if (info.problem?.reason === 'alg') return { ...info.problem, recordId: payload.recordId };
  if (info.header.typ !== typ) {
    return fail('typ', info.header.typ === undefined ? t('detail.no-typ') : t('detail.header-says', { value: JSON.stringify(info.header.typ) }), payload.recordId);
  }
  if (info.problem) return { ...info.problem, recordId: payload.recordId };
  const key = await info.key!;
  if ('reason' in key) return { ...key, recordId: payload.recordId };
  // High s is accepted: WebCrypto does not normalise s, so about half of all real signatures are high (docs/record-format.md).
  const encoding = signatureEncodingProblem(envelope.data.signature);
  if (encoding) return fail('signature', encoding, payload.recordId);
  if (!(await signatureVerifies(envelope.data as RecordJws, key, check))) return fail('signature', undefined, payload.recordId);
  return { ok: true, payload, header: info.header, jwk: info.jwk!, decoded: { ...payloadDecoded!, canonical } };
}

const ascii = new TextEncoder();
// The signing input is written into one buffer, reused: verify() copies its data before it returns.
let input = new Uint8Array(4096);

/**
 * WebCrypto's ES256 check, the default (the HR page and its workers). The header is strict (no
 * crit, no b64) and checked before, so the signature over the signing input is all that is left to
 * check: jose's flattenedVerify would decode the header and the payload once more for each record.
 */
const webCryptoSignatureCheck: SignatureCheck = (key, data, signature) => {
  // data is base64url text, so each character is one byte.
  if (input.length < data.length) input = new Uint8Array(data.length * 2);
  const { written } = ascii.encodeInto(data, input);
  return crypto.subtle.verify(ES256, key, base64url.decode(signature) as Uint8Array<ArrayBuffer>, input.subarray(0, written));
};

async function signatureVerifies(jws: RecordJws, key: CryptoKey, check: SignatureCheck = webCryptoSignatureCheck): Promise<boolean> {
  try {
    return await check(key, `${jws.protected}.${jws.payload}`, jws.signature);
  } catch {
    return false;
  }
}

/**
 * The last check of every record: its payload bytes are exactly the RFC 8785 form of the payload.
 * The format signs JCS bytes; this stops a signer from showing two parsers two different records
 * through duplicate keys. Checking it last means it never hides the reason another verifier would give.
 */
export function canonicalProblem(signed: Pick<Signed<unknown>, 'decoded'>, recordId: string): Failure | undefined {
  if (signed.decoded.canonical) return undefined;
  return canonicalJson(signed.decoded.value) !== signed.decoded.text ? fail('shape', t('detail.not-canonical'), recordId) : undefined;
}
