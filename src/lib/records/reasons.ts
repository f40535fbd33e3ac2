/**
 * The reason codes of record verification (docs/record-format.md), their plain-language text, and
 * the failure value every check returns. One list for the HR page, the command line and the docs.
 */
import { IDENTITY_REASON_TEXT, type IdentityReason } from '../identity/check';

export type ReasonCode = 'malformed' | 'shape' | 'alg' | 'typ' | 'kid' | 'signature' | IdentityReason
  | 'unknown-module' | 'unknown-version' | 'unknown-policy' | 'content-hash' | 'regrade' | 'reading-time';

/**
 * Every reason code, in the order verification checks them (docs/record-format.md). Completions
 * never fail unknown-policy or reading-time; acknowledgements never fail unknown-module,
 * unknown-version or regrade.
 */
export const REASON_CODES: readonly ReasonCode[] = [
  'malformed', 'shape', 'alg', 'typ', 'kid', 'signature', 'identity-token', 'identity-binding', 'identity-claims',
  'unknown-module', 'unknown-version', 'unknown-policy', 'content-hash', 'regrade', 'reading-time',
];

/** Plain-language text for each reason code. */
export const REASON_TEXT: Record<ReasonCode, string> = {
  malformed: 'Malformed: not JSON, or not a record file at all',
  shape: 'Not a valid completion record: a field is missing, extra or of the wrong kind',
  alg: 'Unsupported signature algorithm: only ES256 is accepted',
  typ: 'Not a completion record: the header does not say "aga-completion+jws"',
  kid: 'Key id does not match the key inside the record',
  signature: 'Bad signature: the record was changed after it was signed',
  'unknown-module': 'Unknown module: this site has no module with that id',
  'unknown-version': 'Unknown module version: this site never published that version',
  'content-hash': 'Content does not match: the module version has different content on this site',
  regrade: 'Score does not match the answers: re-grading with the answer key gives another result',
  'identity-token': IDENTITY_REASON_TEXT['identity-token'],
  'identity-binding': IDENTITY_REASON_TEXT['identity-binding'],
  'identity-claims': IDENTITY_REASON_TEXT['identity-claims'],
  'unknown-policy': 'Unknown policy version: this site never published that version of the AI-use policy',
  'reading-time': 'Read too briefly: the policy page was open for less than this version\'s minimum reading time',
};

/** A record that failed a check: its reason code, the reason's words with the detail, its id when known. */
export interface Failure { ok: false; reason: ReasonCode; message: string; recordId?: string }

/** A failure with REASON_TEXT's words and an optional detail in brackets. */
export function fail(reason: ReasonCode, detail?: string, recordId?: string): Failure {
  const message = detail ? `${REASON_TEXT[reason]} (${detail})` : REASON_TEXT[reason];
  return recordId === undefined ? { ok: false, reason, message } : { ok: false, reason, message, recordId };
}
