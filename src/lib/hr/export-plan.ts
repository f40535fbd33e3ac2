/**
 * What the HR page says about its exports beyond the exporters' own status line (src/lib/export/exporters.ts):
 * whether the roster file holds the filtered rows, and the reminder list's name and status.
 */
import { exportFileName } from '../export/exporters';
import { tn as hrTn } from '../../i18n/hr';
import { t, tn } from '../../i18n/hr-results';

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
  return shown === all ? t('roster-export.all') : t('roster-export.some', { shown, employees: hrTn('hr.n.employee', all) });
}

/** After a reminder list was saved or copied. */
export function remindersText(done: 'saved' | 'copied', people: number, kind: string, file = ''): string {
  const vars = { kind: kind.toLowerCase(), file, people: tn('overview.people', people) };
  if (people === 0) return t(`remind.none.${done}`, vars);
  return t(done === 'copied' ? 'remind.copied' : file ? 'remind.saved.as' : 'remind.saved', vars);
}
