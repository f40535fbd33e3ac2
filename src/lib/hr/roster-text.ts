/** The roster's sentences: what is loaded, how many rows the table shows, and the employee list's status. */
import { t, tn } from '../../i18n/hr';
import { figure } from './count';

/** How warnings and the detail view name an employee: "E12 (Ana Ruiz)" when the roster has a name, else the ID. */
export function employeeNamer(rows: ReadonlyArray<{ employeeId: string; name: string }>): (id: string) => string {
  const names = new Map(rows.map((r) => [r.employeeId, r.name]));
  return (id) => {
    const name = names.get(id);
    return name ? `${id} (${name})` : id;
  };
}

/** Roster rows drawn at a time. */
export const ROWS_PER_PAGE = 250;

/** Above the roster: employees, how many have records, and what they came from. */
export function rosterSummaryText(employees: number, withRecords: number, valid: number, files: number): string {
  return t('hr.roster.summary', { employees: tn('hr.n.employee', employees), withRecords: figure(withRecords), valid: tn('hr.n.valid-record', valid), files: tn('hr.n.file', files) });
}

/** Below the filters: how many rows are drawn of those matching, and of all. */
export function rosterCountText(shown: number, matching: number, all: number): string {
  if (shown < matching) {
    const filtered = matching === all ? '' : t('hr.roster.filtered', { all });
    return t('hr.roster.first', { shown, matching: tn('hr.n.employee', matching), filtered });
  }
  return matching === all ? t('hr.roster.all', { employees: tn('hr.n.employee', matching) }) : t('hr.roster.some', { matching, employees: tn('hr.n.employee', all) });
}

/** The label of the button that draws the next page of rows. */
export function showMoreText(shown: number, matching: number): string {
  return t('hr.roster.more', { n: Math.min(ROWS_PER_PAGE, matching - shown) });
}

/** After an employee list was read: used, or why not. */
export function employeeListText(file: string, employees: number, problems: number, hadList: boolean): string {
  if (employees === 0) {
    return t('hr.list.unused', { file, problems: problems ? t('hr.list.unused.problems') : '', previous: hadList ? t('hr.list.unused.previous') : '' });
  }
  return t('hr.list.used', { file, employees: tn('hr.n.employee', employees), problems: problems ? t('hr.list.used.problems', { problems: tn('hr.n.problem', problems) }) : '' });
}

/** An employee list too large to open. */
export function tooLargeText(file: string, size: string, limit: string): string {
  return t('hr.too-large', { file, size, limit });
}
