/**
 * The HR page's status lines in words: what the page is doing, what an import added and what is
 * loaded in all. Pure, so every sentence is tested without a browser.
 */
import { t, tn } from '../../i18n/hr';
import { figure } from './count';

/** What one import added, for the status line. */
export interface BatchSummary {
  files: number;
  imported: number;
  valid: number;
  invalid: number;
  problems: number;
  skipped: number;
}

/** What is loaded since the page was opened. */
export interface LoadedTotals {
  files: number;
  valid: number;
}

export const READY_TEXT = t('hr.ready');
export const NOT_READY_TEXT = t('hr.not-ready');
export const BUSY_DROP_TEXT = t('hr.busy-drop');
export const NOTHING_CHOSEN_TEXT = t('hr.nothing-chosen');

/** The box shown when the manifest at `href` could not be loaded. */
export function manifestErrorText(href: string, why: string): string {
  return t('hr.manifest-error', { href, why });
}

/** While an import runs. */
export function checkingText(files: number): string {
  return t('hr.checking', { files: tn('hr.n.file', files) });
}

/** An import that was cancelled (`stopped` empty) or stopped by an error, which adds nothing. */
export function stoppedText(files: number, stopped: string): string {
  const why = stopped ? t('hr.stopped.error', { why: stopped }) : t('hr.stopped.cancelled');
  return t('hr.stopped', { why, files: tn('hr.n.file', files) });
}

/** What a finished import added, then what is loaded in all. */
export function batchText(s: BatchSummary, totals: LoadedTotals): string {
  const parts = [t('hr.batch.imported', { imported: figure(s.imported), files: tn('hr.n.file', s.files), valid: tn('hr.n.valid-record', s.valid) })];
  parts.push(t('hr.batch.failed', { records: tn('hr.n.record', s.invalid) }));
  if (s.problems > 0) parts.push(t('hr.batch.problems', { files: tn('hr.n.file', s.problems) }));
  if (s.skipped > 0) parts.push(tn('hr.batch.skipped', s.skipped));
  return t('hr.batch.loaded', { parts: parts.join(', '), files: tn('hr.n.file', totals.files), valid: tn('hr.n.valid-record', totals.valid) });
}
