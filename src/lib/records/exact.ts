/**
 * Exactness checks on the decoded text of a record's protected header and payload, and on its
 * signature's encoding: what JSON.parse and base64url decoders let through silently, so that two
 * verifiers (or a verifier and a person reading the file) could see two different records.
 * Pure functions; verify.ts reports them as `shape` (text) and `signature` (encoding).
 */
import { CANONICAL_BASE64URL } from '../../schemas/record';
import { t } from '../../i18n/verify';

/** The first member name that occurs twice in one object of valid JSON `text`, with its path; else undefined. */
export function duplicateMember(text: string): string | undefined {
  type Frame = { keys: Set<string> | null; path: string; expectKey: boolean; lastKey: string };
  const stack: Frame[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      let j = i + 1;
      while (text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      const top = stack[stack.length - 1];
      if (top?.keys && top.expectKey) {
        // Decoded, so "\u0061lg" and "alg" are the same member, as JSON.parse sees them.
        const key = JSON.parse(text.slice(i, j + 1)) as string;
        if (top.keys.has(key)) return top.path ? `${top.path}.${key}` : key;
        top.keys.add(key);
        top.lastKey = key;
        top.expectKey = false;
      }
      i = j;
    } else if (c === '{' || c === '[') {
      const top = stack[stack.length - 1];
      const name = top ? (top.keys ? top.lastKey : '[]') : '';
      const path = top?.path ? `${top.path}.${name}` : name;
      stack.push({ keys: c === '{' ? new Set() : null, path, expectKey: c === '{', lastKey: '' });
    } else if (c === '}' || c === ']') {
      stack.pop();
    } else if (c === ',') {
      const top = stack[stack.length - 1];
      if (top?.keys) top.expectKey = true;
    }
  }
  return undefined;
}

// With the u flag a surrogate pair is one code point, so this matches only a surrogate standing alone.
const LONE_SURROGATE = /[\ud800-\udfff]/u;

/** The path of the first string (member name or value) holding a lone UTF-16 surrogate; else undefined. */
export function loneSurrogateAt(value: unknown, path = ''): string | undefined {
  if (typeof value === 'string') return LONE_SURROGATE.test(value) ? path || t('detail.the-value') : undefined;
  if (typeof value !== 'object' || value === null) return undefined;
  const entries: Array<[string, unknown]> = Array.isArray(value) ? value.map((v, i) => [String(i), v]) : Object.entries(value);
  for (const [k, v] of entries) {
    const at = path ? `${path}.${k}` : k;
    if (LONE_SURROGATE.test(k)) return at;
    const inner = loneSurrogateAt(v, at);
    if (inner !== undefined) return inner;
  }
  return undefined;
}

/**
 * True when `text` is already the RFC 8785 form of `value` and holds nothing inexactJson refuses:
 * the common case, checked with one native serialisation and one walk instead of three passes.
 * JSON.stringify writes numbers and strings as RFC 8785 does, so its text is the canonical form
 * exactly when every object's members come in UTF-16 code-unit order (JavaScript's `<` on
 * strings); text equal to it has no whitespace, BOM or duplicate member (JSON.parse keeps one of
 * two, so the text would be longer). When false, inexactJson and the canonical-form check name
 * the problem, as before.
 */
export function isExactCanonical(text: string, value: unknown): boolean {
  return JSON.stringify(value) === text && orderedAndWhole(value);
}

/** Members in code-unit order in every object, and no lone surrogate in any name or string. */
function orderedAndWhole(value: unknown): boolean {
  if (typeof value === 'string') return !LONE_SURROGATE.test(value);
  if (typeof value !== 'object' || value === null) return true;
  if (Array.isArray(value)) return value.every(orderedAndWhole);
  let previous: string | undefined;
  for (const [key, member] of Object.entries(value)) {
    if ((previous !== undefined && !(previous < key)) || LONE_SURROGATE.test(key) || !orderedAndWhole(member)) return false;
    previous = key;
  }
  return true;
}

/** Why decoded JSON text is not exactly one JSON text a second parser would read the same way; else undefined. */
export function inexactJson(text: string, value: unknown): string | undefined {
  if (text.charCodeAt(0) === 0xfeff) return t('detail.bom');
  const twice = duplicateMember(text);
  if (twice !== undefined) return t('detail.member-twice', { name: twice });
  const lone = loneSurrogateAt(value);
  if (lone !== undefined) return t('detail.lone-surrogate', { path: lone });
  return undefined;
}

/** The group order n of P-256; a signature's s above n/2 is "high". */
export const P256_ORDER = 0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551n;

/**
 * True when `b64` is the one unpadded base64url text of its bytes: the bits after the last whole
 * byte are zero (a decoder ignores them, so "AQ" and "AR" both decode to 0x01) and the length is
 * not 1 modulo 4. The rule is the envelope schema's, so the two never disagree.
 */
export function isCanonicalBase64url(b64: string): boolean {
  return CANONICAL_BASE64URL.test(b64);
}

/** Why an ES256 signature's encoding is refused before it is checked: not 64 bytes, or spare bits set; else undefined. */
export function signatureEncodingProblem(b64: string): string | undefined {
  // 64 bytes are 86 base64url characters with 4 spare bits in the last one.
  if (b64.length !== 86) return t('detail.signature-length', { length: String(b64.length) });
  if (!isCanonicalBase64url(b64)) return t('detail.signature-bits');
  return undefined;
}
