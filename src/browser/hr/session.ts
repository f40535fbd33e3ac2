import { t } from '../../i18n/hr';
import { megabytes } from '../../lib/hr/count';
import { beyondCapText, FailureTally, MAX_BATCH_BYTES } from '../../lib/records/limits';
import type { ValidRecord } from '../../lib/records/roster';
import type { ValidAcknowledgement } from '../../lib/records/acknowledgements';
import type { Failure, FileProblem } from '../../lib/hr/findings';
import type { BatchSummary } from '../../lib/hr/status-text';
import { MAX_FILE_BYTES, isJsonName, type Picked } from './intake';
import type { FileResult } from './pool';

/**
 * Everything imported since the page was opened. Batches only ever add: a bad file is reported
 * and skipped, and nothing loaded before is lost. A file counts as a duplicate when a file with
 * the same name, size and content (SHA-256) was already loaded, in this batch or an earlier one.
 */
export class ImportSession {
  readonly valid: ValidRecord[] = [];
  /** Verified policy acknowledgements: the roster's policy column, the overview and xAPI read them. */
  readonly acknowledgements: ValidAcknowledgement[] = [];
  readonly failures: Failure[] = [];
  readonly problems: FileProblem[] = [];
  /** Imported files that held more than is read or listed of one file: what was counted, not kept. */
  readonly notes: FileProblem[] = [];
  private readonly loaded = new Map<string, string>();
  /** Files dropped again (same name, size and content): each said once and counted once. */
  duplicateFiles = 0;

  /** True once any file was imported: leaving the page would lose work. */
  get hasData(): boolean {
    return this.loaded.size > 0;
  }

  /** Number of files imported so far. */
  get fileCount(): number {
    return this.loaded.size;
  }

  /**
   * The picked files to read: all but the files of a folder whose names do not end in `.json`
   * (`skipped` counts those). Sizes are not asked for here: the pool measures them while it
   * verifies (measure-picked.ts), and files over MAX_FILE_BYTES, or past MAX_BATCH_BYTES of this
   * import, come back from it as such, never opened.
   */
  triage(picked: readonly Picked[]): { toRead: Picked[]; skipped: number } {
    const toRead = picked.filter((p) => !p.fromFolder || isJsonName(p.file.name));
    return { toRead, skipped: picked.length - toRead.length };
  }

  /** Adds a finished batch: `results[i]` belongs to `read[i]`; `skipped` files were not read (triage). */
  add(read: readonly Picked[], results: ReadonlyArray<FileResult | undefined>, skipped: number): BatchSummary {
    const summary: BatchSummary = { files: read.length, imported: 0, valid: 0, invalid: 0, problems: 0, skipped };
    const problem = (file: string, message: string) => {
      this.problems.push({ file, message });
      summary.problems += 1;
    };
    read.forEach((p, i) => {
      const r = results[i];
      if (r?.kind === 'too-large') {
        problem(p.label, t('hr.file.too-large', { size: megabytes(r.size), limit: megabytes(MAX_FILE_BYTES) }));
        return;
      }
      if (r?.kind === 'over-batch') {
        problem(p.label, t('hr.file.over-batch', { limit: megabytes(MAX_BATCH_BYTES) }));
        return;
      }
      if (r?.kind !== 'verified') {
        problem(p.label, t('hr.file.unread'));
        return;
      }
      const key = `${p.file.name}\u0000${r.size}\u0000${r.hash}`;
      const earlier = this.loaded.get(key);
      if (earlier !== undefined) {
        problem(p.label, t('hr.file.duplicate', { file: earlier }));
        this.duplicateFiles += 1;
        return;
      }
      if (!r.outcome.ok) {
        const detail = r.outcome.message.charAt(0).toUpperCase() + r.outcome.message.slice(1);
        problem(p.label, `${detail}. ${r.outcome.text} (${r.outcome.reason}).`);
        return;
      }
      if (r.outcome.records.length === 0) {
        problem(p.label, t('hr.file.empty'));
        return;
      }
      this.loaded.set(key, p.label);
      summary.imported += 1;
      const count = r.outcome.records.length;
      // Only the first failures of a file are kept one by one; a file of junk adds counts, not a million rows.
      const tally = new FailureTally();
      r.outcome.records.forEach((rec, index) => {
        if (rec.ok) {
          // The identity a verified record carries is what the roster's "Identity" column shows.
          const kept = { kid: rec.kid, file: p.label, index, ...(rec.identity ? { identity: rec.identity } : {}) };
          if (rec.kind === 'acknowledgement') this.acknowledgements.push({ payload: rec.payload, ...kept });
          else this.valid.push({ payload: rec.payload, ...kept });
          summary.valid += 1;
        } else {
          summary.invalid += 1;
          if (!tally.take(rec.reason)) return;
          const failure: Failure = { file: p.label, position: index + 1, count, reason: rec.reason, text: rec.text, message: rec.message };
          if (rec.recordId !== undefined) failure.recordId = rec.recordId;
          this.failures.push(failure);
        }
      });
      const unlisted = tally.text();
      if (unlisted) this.notes.push({ file: p.label, message: `${unlisted}.` });
      if (r.outcome.beyond > 0) this.notes.push({ file: p.label, message: `${beyondCapText(r.outcome.beyond)}.` });
    });
    return summary;
  }
}
