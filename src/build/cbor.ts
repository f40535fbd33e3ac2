/**
 * The subset of CBOR (RFC 8949) that Pagefind's index files use: unsigned and negative integers,
 * text strings and definite-length arrays. Encoding picks the shortest form, as Pagefind's encoder
 * (minicbor) does, so decoding and re-encoding an unchanged file gives back the same bytes.
 */

/** A decoded value: a number, a string, or an array of values. */
export type CborValue = number | string | CborValue[];

const MAJOR_UINT = 0;
const MAJOR_NINT = 1;
const MAJOR_TEXT = 3;
const MAJOR_ARRAY = 4;

/** Decodes one CBOR value that fills `bytes` exactly; throws on anything outside the subset. */
export function decodeCbor(bytes: Uint8Array): CborValue {
  const text = new TextDecoder('utf-8', { fatal: true });
  let at = 0;
  const argument = (info: number): number => {
    if (info < 24) return info;
    const width = info === 24 ? 1 : info === 25 ? 2 : info === 26 ? 4 : info === 27 ? 8 : 0;
    if (width === 0) throw new Error(`CBOR: unsupported length encoding ${info} at byte ${at - 1}`);
    if (at + width > bytes.length) throw new Error('CBOR: the data ends inside a value');
    let n = 0;
    for (let i = 0; i < width; i++) n = n * 256 + bytes[at++]!;
    if (!Number.isSafeInteger(n)) throw new Error('CBOR: an integer is too large');
    return n;
  };
  const value = (): CborValue => {
    if (at >= bytes.length) throw new Error('CBOR: the data ends inside a value');
    const head = bytes[at++]!;
    const major = head >> 5;
    const n = argument(head & 31);
    if (major === MAJOR_UINT) return n;
    if (major === MAJOR_NINT) return -1 - n;
    if (major === MAJOR_TEXT) {
      if (at + n > bytes.length) throw new Error('CBOR: the data ends inside a string');
      const s = text.decode(bytes.subarray(at, at + n));
      at += n;
      return s;
    }
    if (major === MAJOR_ARRAY) return Array.from({ length: n }, value);
    throw new Error(`CBOR: unsupported major type ${major} at byte ${at - 1}`);
  };
  const result = value();
  if (at !== bytes.length) throw new Error(`CBOR: ${bytes.length - at} bytes left after the value`);
  return result;
}

/** Encodes a value in the shortest form of each head. */
export function encodeCbor(value: CborValue): Uint8Array {
  const out: number[] = [];
  const text = new TextEncoder();
  const head = (major: number, n: number): void => {
    if (!Number.isSafeInteger(n) || n < 0) throw new Error(`CBOR: cannot encode ${n}`);
    if (n < 24) out.push((major << 5) | n);
    else if (n < 0x100) out.push((major << 5) | 24, n);
    else if (n < 0x10000) out.push((major << 5) | 25, n >> 8, n & 0xff);
    else if (n < 0x100000000) out.push((major << 5) | 26, (n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff);
    else {
      out.push((major << 5) | 27);
      for (let i = 7; i >= 0; i--) out.push(Math.floor(n / 2 ** (8 * i)) % 256);
    }
  };
  const write = (v: CborValue): void => {
    if (typeof v === 'number') {
      if (v >= 0) head(MAJOR_UINT, v);
      else head(MAJOR_NINT, -1 - v);
    } else if (typeof v === 'string') {
      const b = text.encode(v);
      head(MAJOR_TEXT, b.length);
      for (const x of b) out.push(x);
    } else {
      head(MAJOR_ARRAY, v.length);
      for (const x of v) write(x);
    }
  };
  write(value);
  return Uint8Array.from(out);
}
