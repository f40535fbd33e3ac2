/**
 * How much of a hostile file HR's tools take in (issue 18 #3): the same limits and wording for
 * the HR page and the command line. A real record is at least about 900 bytes, so a file within
 * the 20 MB limit never holds more than the per-file cap of real records; junk beyond it is counted,
 * never verified or kept.
 */
import { t, tn } from '../../i18n/files';
import type { ReasonCode } from './reasons';

/** Record candidates read from one file; the entries after them are counted and not read. */
export const MAX_RECORDS_PER_FILE = 25_000;

/** Failed records of one file listed one by one; the rest are counted by reason. */
export const MAX_FAILURES_LISTED_PER_FILE = 100;

/** Bytes one import on the HR page reads (the page holds a batch in the browser's memory). */
export const MAX_BATCH_BYTES = 200 * 1024 * 1024;

const n = (x: number) => x.toLocaleString('en-US');

/** The first `MAX_RECORDS_PER_FILE` entries of a file's list and how many were left unread. */
export function capRecords<T>(entries: T[]): { records: T[]; beyond: number } {
  return entries.length > MAX_RECORDS_PER_FILE
    ? { records: entries.slice(0, MAX_RECORDS_PER_FILE), beyond: entries.length - MAX_RECORDS_PER_FILE }
    : { records: entries, beyond: 0 };
}

/** What HR reads about the entries of a file past the cap. */
export function beyondCapText(beyond: number): string {
  return tn('file.beyond-cap', beyond, { cap: MAX_RECORDS_PER_FILE });
}

/** One file's failures: the first ones are listed, the rest counted by reason. */
export class FailureTally {
  private listed = 0;
  readonly unlisted = new Map<ReasonCode, number>();

  /** True when this failure is to be listed; false when it only counts. */
  take(reason: ReasonCode): boolean {
    if (this.listed < MAX_FAILURES_LISTED_PER_FILE) {
      this.listed += 1;
      return true;
    }
    this.unlisted.set(reason, (this.unlisted.get(reason) ?? 0) + 1);
    return false;
  }

  /** Failures counted but not listed. */
  get unlistedCount(): number {
    let total = 0;
    for (const c of this.unlisted.values()) total += c;
    return total;
  }

  /** What HR reads about the unlisted failures, or undefined when every failure was listed. */
  text(): string | undefined {
    const total = this.unlistedCount;
    if (total === 0) return undefined;
    const reasons = [...this.unlisted].sort((a, b) => b[1] - a[1]).map(([r, c]) => `${r} ${n(c)}`).join(', ');
    return tn('file.unlisted', total, { listed: String(MAX_FAILURES_LISTED_PER_FILE), reasons });
  }
}

/** Failed records the HR page draws at a time ("Show more" adds the next page). */
export const FAILURES_PER_PAGE = 200;

/** The next slice of a long list to draw: `shown` drawn so far (0 to start again); what the count line says. */
export function nextPage(total: number, shown: number, perPage = FAILURES_PER_PAGE): { from: number; to: number; text: string; more: number } {
  const to = Math.min(total, shown + perPage);
  const text = to < total ? t('file.failures.first', { shown: to, n: total }) : tn('file.failures.all', total);
  return { from: shown, to, text, more: Math.min(perPage, total - to) };
}
