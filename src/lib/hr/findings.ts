/** What did not import, as the HR page keeps and shows it: whole files, and single records in their files. */
import { t } from '../../i18n/hr-results';
import type { ReasonCode } from '../records/verify';

/** A record that did not verify, located in its file. */
export interface Failure {
  /** File name (or path inside a folder). */
  file: string;
  /** 1-based position of the record in its file. */
  position: number;
  /** How many record candidates the file held. */
  count: number;
  reason: ReasonCode;
  /** The reason in plain words (REASON_TEXT). */
  text: string;
  /** The verifier's detail. */
  message: string;
  recordId?: string;
}

/** A file that was not imported at all, and why in plain words. */
export interface FileProblem {
  file: string;
  message: string;
}

/** Where a record sits in its file: "record 2 of 5". */
export function positionText(f: Pick<Failure, 'position' | 'count'>): string {
  // Written as before the table: digits without separators (t would add them to numbers).
  return t('failures.position', { n: String(f.position), count: String(f.count) });
}

/**
 * The cells of a failure's row: file, position, reason in words with the verifier's detail (the
 * message starts with REASON_TEXT's words), and the reason code.
 */
export function failureCells(f: Failure): { file: string; position: string; reason: string; code: ReasonCode } {
  return { file: f.file, position: positionText(f), reason: f.message, code: f.reason };
}
