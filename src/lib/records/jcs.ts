import canonicalize from 'canonicalize';

/**
 * RFC 8785 canonical JSON (JCS) of a value, through the `canonicalize` package: object members
 * sorted by UTF-16 code units, no whitespace, ECMAScript number and string serialization.
 * Throws when the value has no JSON form (undefined, a function, a non-finite number at the top).
 */
export function canonicalJson(value: unknown): string {
  const text = canonicalize(value);
  if (text === undefined) throw new TypeError('canonicalJson: the value has no JSON representation');
  return text;
}
