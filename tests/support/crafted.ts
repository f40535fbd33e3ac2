/**
 * One table of crafted records (issue 18 #7, verifier exactness), signed in the test with a fresh
 * key the way an attacker's own tool would, so each is validly signed and only the rule catches it.
 * The unit tests run it through verifyRecord and `aga verify --json`; the HR page test loads the
 * same file into /hr/. Every case but the baseline and the high-s one verified before the rules.
 */
import { base64url } from 'jose';
import { newKey, payloadFor } from '../../bench/fixtures-records';
import { canonicalJson } from '../../src/lib/records/jcs';
import { P256_ORDER } from '../../src/lib/records/exact';
import { signPayload, type SigningKey } from '../../src/lib/records/sign';
import type { ReasonCode } from '../../src/lib/records/verify';
import type { Manifest } from '../../src/schemas/manifest';
import type { RecordJws, RecordPayload } from '../../src/schemas/record';

export interface CraftedCase {
  name: string;
  record: RecordJws;
  reason: ReasonCode | 'valid';
}

const enc = new TextEncoder();

function headerOf(k: SigningKey): Record<string, unknown> {
  return { alg: 'ES256', typ: 'aga-completion+jws', jwk: k.publicJwk, kid: k.kid };
}

/** Signs header and payload texts exactly as given (base64url-encoded here unless already encoded). */
async function signText(headerText: string, payloadText: string, key: SigningKey, encoded: { protected?: string; payload?: string } = {}): Promise<RecordJws> {
  const protectedB64 = encoded.protected ?? base64url.encode(headerText);
  const payloadB64 = encoded.payload ?? base64url.encode(payloadText);
  const sig = await crypto.subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, key.privateKey, enc.encode(`${protectedB64}.${payloadB64}`));
  return { protected: protectedB64, payload: payloadB64, signature: base64url.encode(new Uint8Array(sig)) };
}

/** The same signature with s replaced by n - s: as valid, and what about half of real signatures look like. */
function flipS(signature: string): string {
  const bytes = base64url.decode(signature);
  const s = BigInt(`0x${Buffer.from(bytes.slice(32)).toString('hex')}`);
  const flipped = Buffer.from((P256_ORDER - s).toString(16).padStart(64, '0'), 'hex');
  return base64url.encode(new Uint8Array([...bytes.slice(0, 32), ...flipped]));
}

/** The same base64url text with spare bits set in its last character (decodes to the same bytes). */
function spareBits(b64: string): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  const last = alphabet.indexOf(b64[b64.length - 1]!);
  return b64.slice(0, -1) + alphabet[last | 1];
}

/** The crafted cases against `manifest` (its first current module with a true-false and a single question). */
export async function craftedCases(manifest: Manifest): Promise<CraftedCase[]> {
  const key = await newKey();
  const entry = manifest.modules.find((m) => m.current && m.questions.some((q) => q.type === 'true-false') && m.questions.some((q) => q.type === 'single'));
  if (!entry) throw new Error('crafted cases need a current module with a true-false and a single question');
  const base = (change?: (p: RecordPayload) => void, pass = true): RecordPayload => {
    const p = payloadFor(manifest, { module: entry.id, pass });
    change?.(p);
    return p;
  };
  const signed = (change?: (p: RecordPayload) => void, pass = true) => signPayload(base(change, pass), key);
  const header = JSON.stringify(headerOf(key));
  const payloadText = (change?: (p: RecordPayload) => void) => canonicalJson(base(change));
  const withHeader = (h: Record<string, unknown>) => signText(JSON.stringify(h), payloadText(), key);
  const good = await signed();
  const tf = entry.questions.findIndex((q) => q.type === 'true-false');
  const single = entry.questions.findIndex((q) => q.type === 'single');

  const cases: Array<[string, Promise<RecordJws> | RecordJws, ReasonCode | 'valid']> = [
    ['an honest record', good, 'valid'],
    // WebCrypto does not normalise s: refusing high s would refuse about half of the real records.
    ['the same record with s replaced by n - s (high/low s)', { ...good, signature: flipS(good.signature) }, 'valid'],
    ['payload starting with a byte order mark', signText(header, `\ufeff${payloadText()}`, key), 'shape'],
    ['payload with a lone surrogate in the name', signText(header, payloadText().replace('"name":"Alice Example"', '"name":"Alice \\ud800Example"'), key), 'shape'],
    ['attempt.n = 1e21', signed((p) => { p.attempt.n = 1e21; }), 'shape'],
    ['attempt.n = 2^53 (not a safe integer)', signed((p) => { p.attempt.n = 2 ** 53; }), 'shape'],
    ['header with b64: false', withHeader({ ...headerOf(key), b64: false }), 'shape'],
    ['header with crit', withHeader({ ...headerOf(key), crit: ['exp'], exp: 1 }), 'shape'],
    ['header with an extra member', withHeader({ ...headerOf(key), x5u: 'https://evil.example/k' }), 'shape'],
    ['header with alg twice, the first "none"', signText(header.replace('{"alg":"ES256"', '{"alg":"none","alg":"ES256"'), payloadText(), key), 'shape'],
    ['header with jwk twice', signText(header.replace('"kid"', `"jwk":${JSON.stringify(key.publicJwk)},"kid"`), payloadText(), key), 'shape'],
    ['header starting with a byte order mark', signText(`\ufeff${header}`, payloadText(), key), 'shape'],
    ['payload with recordId twice', signText(header, payloadText().replace('"recordId"', '"recordId":"x","recordId"'), key), 'shape'],
    ['jwk carrying a private d', withHeader({ ...headerOf(key), jwk: { ...key.publicJwk, d: base64url.encode(new Uint8Array(32)) } }), 'shape'],
    ['EC jwk with an extra member', withHeader({ ...headerOf(key), jwk: { ...key.publicJwk, use: 'sig' } }), 'shape'],
    ['protected header text with spare bits', (async () => {
      const protectedB64 = spareBits(base64url.encode(header).length % 4 === 0 ? base64url.encode(`${header} `) : base64url.encode(header));
      return signText('', payloadText(), key, { protected: protectedB64 });
    })(), 'shape'],
    ['signature with spare bits in its last character', { ...good, signature: spareBits(good.signature) }, 'signature'],
    ['a true-false answer selecting a third option', signed((p) => { p.answers[tf]!.selected = [2]; }, false), 'regrade'],
    ['a single-choice answer selecting two options', signed((p) => { p.answers[single]!.selected = [0, 1]; }, false), 'regrade'],
    ['employee id with a space', signed((p) => { p.learner.employeeId = 'E 1'; }), 'shape'],
    ['employee id longer than 64', signed((p) => { p.learner.employeeId = 'E'.repeat(65); }), 'shape'],
    ['name longer than 200', signed((p) => { p.learner.name = 'A'.repeat(201); }), 'shape'],
    ['name with a space before it', signed((p) => { p.learner.name = ' Alice'; }), 'shape'],
    ['name not NFC-normalised', signText(header, payloadText().replace('"name":"Alice Example"', '"name":"Zoe\u0301"'), key), 'shape'],
    ['email that is not an address', signed((p) => { p.learner.email = 'alice'; }), 'shape'],
  ];
  return Promise.all(cases.map(async ([name, record, reason]) => ({ name, record: await record, reason })));
}
