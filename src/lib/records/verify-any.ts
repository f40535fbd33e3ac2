/**
 * One entry of a record file, whatever it is: an acknowledgement (by its header's `typ`) is checked
 * by verifyAcknowledgement, anything else by verifyRecord. HR's page (its worker) and `aga verify`
 * both call this, so they sort and check records the same way.
 */
import type { Manifest } from '../../schemas/manifest';
import { verifyRecord, type Verification, type VerifyOptions } from './verify';
import { isAcknowledgement, verifyAcknowledgement, type AcknowledgementVerification } from './verify-acknowledgement';
import type { Failure } from './reasons';

export type AnyVerification =
  | (Extract<Verification, { ok: true }> & { kind: 'completion' })
  | (Extract<AcknowledgementVerification, { ok: true }> & { kind: 'acknowledgement' })
  | Failure;

/** Verifies a completion record or a policy acknowledgement, in docs/record-format.md's order for its kind. */
export async function verifyAny(record: unknown, manifest: Manifest, options: VerifyOptions = {}): Promise<AnyVerification> {
  if (isAcknowledgement(record)) {
    const r = await verifyAcknowledgement(record, manifest, options);
    return r.ok ? { ...r, kind: 'acknowledgement' } : r;
  }
  const r = await verifyRecord(record, manifest, options);
  return r.ok ? { ...r, kind: 'completion' } : r;
}
