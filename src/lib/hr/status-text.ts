/**
 * The HR page's status lines in words: what the page is doing, what an import added and what is
 * loaded in all. Pure, so every sentence is tested without a browser.
 */
import { count, figure, megabytes } from './count';

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

export const READY_TEXT = 'Ready. Choose record files or a folder, or drop them on the box above.';
export const NOT_READY_TEXT = 'Not ready: the list of module versions is missing.';
export const BUSY_DROP_TEXT = 'Wait until the current import has finished (or cancel it), then drop the files again.';
export const NOTHING_CHOSEN_TEXT = 'No files were chosen.';

/** The box shown when the manifest at `href` could not be loaded. */
export function manifestErrorText(href: string, why: string): string {
  return `This page could not load the site's list of module versions (${href}): ${why}. Records cannot be checked without it; reload the page to try again.`;
}

/** While an import runs. */
export function checkingText(files: number, bytes: number): string {
  return `Checking ${count(files, 'file')} (${megabytes(bytes)})…`;
}

/** An import that was cancelled (`stopped` empty) or stopped by an error, which adds nothing. */
export function stoppedText(files: number, stopped: string): string {
  const why = stopped ? `The import stopped (${stopped})` : 'Import cancelled';
  return `${why}: nothing from these ${count(files, 'file')} was added. Everything loaded before is still here.`;
}

/** What a finished import added, then what is loaded in all. */
export function batchText(s: BatchSummary, totals: LoadedTotals): string {
  const parts = [`Imported ${figure(s.imported)} of ${count(s.files, 'file')}: ${count(s.valid, 'valid record')}`];
  parts.push(`${count(s.invalid, 'record')} failed verification`);
  if (s.problems > 0) parts.push(`${count(s.problems, 'file')} not imported (listed below)`);
  if (s.skipped > 0) parts.push(`${count(s.skipped, 'file')} in folders skipped because ${s.skipped === 1 ? 'its name does' : 'their names do'} not end in .json`);
  return `${parts.join(', ')}. Loaded so far: ${count(totals.files, 'file')}, ${count(totals.valid, 'valid record')}.`;
}
