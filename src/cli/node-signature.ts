/**
 * node:crypto's synchronous ES256 check for the command line (issue 17): the same answer as
 * WebCrypto's, without a thread-pool round trip and a promise per record. The key is the record's
 * imported CryptoKey (one per distinct header, cached by src/lib/records/open-signed.ts).
 */
import { KeyObject, verify, type webcrypto } from 'node:crypto';
import type { SignatureCheck } from '../lib/records/open-signed';

const keyObjects = new WeakMap<CryptoKey, KeyObject>();

export const nodeSignatureCheck: SignatureCheck = (key, data, signature) => {
  let keyObject = keyObjects.get(key);
  if (!keyObject) {
    keyObject = KeyObject.from(key as webcrypto.CryptoKey);
    keyObjects.set(key, keyObject);
  }
  // data is base64url text (ASCII); the signature is 64 bytes r || s, as JWS writes it.
  return verify('sha256', Buffer.from(data, 'latin1'), { key: keyObject, dsaEncoding: 'ieee-p1363' }, Buffer.from(signature, 'base64url'));
};
