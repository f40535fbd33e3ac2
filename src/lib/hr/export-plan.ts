/**
 * What the HR page says about its exports beyond the exporters' own status line (src/lib/export/exporters.ts):
 * whether the roster file holds the filtered rows, and the reminder list's name and status.
 */
import { exportFileName } from '../export/exporters';
import { count, figure } from './count';

/**
 * The file name's middle part for a roster export that holds only the rows the filters show:
 * aga-roster-filtered-2026-05-01.csv, so the name says which.
 */
export const FILTERED = 'filtered';

/** `aga-reminders-<kind>-<YYYY-MM-DD>.csv`. */
export function remindersFileName(kind: string, now: Date): string {
  return exportFileName('aga-reminders', { exportedAt: now.toISOString(), who: kind }, 'csv');
}

/** Added to the roster export's status line: which rows the file holds. */
export function rosterScopeText(shown: number, all: number): string {
  return shown === all ? 'Every row of the roster.' : `Only the rows the filters show: ${figure(shown)} of ${count(all, 'employee')}.`;
}

/** After a reminder list was saved or copied. */
export function remindersText(done: 'saved' | 'copied', people: number, kind: string, file = ''): string {
  if (people === 0) return `No one the roster shows is ${kind.toLowerCase()}: nothing to ${done === 'saved' ? 'save' : 'copy'}.`;
  const what = done === 'saved' ? `Reminder list saved${file ? ` as ${file}` : ''}` : 'E-mail addresses copied';
  return `${what}: ${count(people, 'person', 'people')} ${kind.toLowerCase()}.`;
}
