/**
 * The reason codes of record verification (docs/record-format.md), their plain-language text, and
 * the failure value every check returns. One list for the HR page, the command line and the docs.
 */
import type { IdentityReason } from '../identity/check';
import { t } from '../../i18n/verify';

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
export const REASON_TEXT = Object.fromEntries(REASON_CODES.map((code) => [code, t(`reason.${code}`)])) as Record<ReasonCode, string>;

/** A record that failed a check: its reason code, the reason's words with the detail, its id when known. */
export interface Failure { ok: false; reason: ReasonCode; message: string; recordId?: string }

/** A failure with REASON_TEXT's words and an optional detail in brackets. */
export function fail(reason: ReasonCode, detail?: string, recordId?: string): Failure {
  const message = detail ? `${REASON_TEXT[reason]} (${detail})` : REASON_TEXT[reason];
  return recordId === undefined ? { ok: false, reason, message } : { ok: false, reason, message, recordId };
}
