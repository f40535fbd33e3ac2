import type { JSONWebKeySet } from 'jose';
import type { ReasonCode, VerifiedIdentity } from '../../lib/records/verify';
import type { Manifest } from '../../schemas/manifest';
import type { RecordPayload } from '../../schemas/record';
import type { AcknowledgementPayload } from '../../schemas/acknowledgement';
import type { Sized } from './read-runs';

/** A file of a share: its place in the import and the size the page measured (measure-picked.ts). */
export interface ShareFile extends Sized<File> {
  slot: number;
}

/**
 * What one record of a file turned out to be, as the verifying worker reports it. `text` is the
 * reason's plain words (REASON_TEXT), sent along so the page's own bundle need not load the verifier.
 */
export type RecordOutcome =
  /** `identity`: who vouches for the learner; absent counts as self-declared. */
  | { ok: true; kind: 'completion'; payload: RecordPayload; kid: string; identity?: VerifiedIdentity }
  /** A verified policy acknowledgement (verifyAny, as `aga verify` checks it). */
  | { ok: true; kind: 'acknowledgement'; payload: AcknowledgementPayload; kid: string; identity?: VerifiedIdentity }
  | { ok: false; reason: ReasonCode; text: string; message: string; recordId?: string };

/**
 * What one file turned out to be: unreadable as a record file, or a list of record outcomes in file
 * order (at most MAX_RECORDS_PER_FILE; `beyond` counts the entries after them, not read).
 */
export type FileOutcome =
  | { ok: false; reason: 'malformed'; text: string; message: string }
  | { ok: true; records: RecordOutcome[]; beyond: number };

/**
 * A finished file. `hash`: hex SHA-256 of its bytes, so the page can spot a file loaded twice.
 * When `outcome.ok`, its records are the ones sent before in `records` messages, then its own list.
 */
export interface FinishedFile { slot: number; hash: string; outcome: FileOutcome }

/** Messages the page sends to a verifying worker. */
export type ToWorker =
  | { type: 'init'; manifest: Manifest }
  /**
   * HR's copies of the identity provider's keys (one JWKS per file HR loaded), used for every
   * batch sent after it; an empty list means none (SSO records then fail identity-token).
   */
  | { type: 'keys'; jwks: JSONWebKeySet[] }
  /**
   * A share of batch `batch`'s files (pool.ts hands them out as they are measured and workers
   * finish, a worker holds up to two at once); `share` numbers it within the batch, for its
   * progress and its `done`. Each file comes with the size the page measured (measure-picked.ts).
   */
  | { type: 'batch'; batch: number; share: number; files: ShareFile[] }
  | { type: 'cancel'; batch: number };

/** Messages a verifying worker sends to the page. */
export type FromWorker =
  /** Files of the share verified so far, in fractions of a file (a file's records count as they are done). */
  | { type: 'progress'; batch: number; share: number; filesDone: number }
  /**
   * Verified records of a file, sent in pieces: one huge message would stall the page while it is
   * unpacked. `json` is the pieces' RecordOutcome[] as JSON text: the page parses text three to four
   * times faster than it unpacks the same outcomes structured-cloned, and the worker writes it cheaper too.
   */
  | { type: 'records'; batch: number; slot: number; json: string }
  /**
   * Files finished, several per message (a message per file of a learner's export cost the page
   * more than the file's records): `json` is their FinishedFile[] as JSON text.
   */
  | { type: 'files'; batch: number; json: string }
  | { type: 'done'; batch: number; share: number }
  | { type: 'cancelled'; batch: number };
