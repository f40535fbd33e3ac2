/** The roster's sentences: what is loaded, how many rows the table shows, and the employee list's status. */
import { count, figure } from './count';

/** Roster rows drawn at a time. */
export const ROWS_PER_PAGE = 250;

/** Above the roster: employees, how many have records, and what they came from. */
export function rosterSummaryText(employees: number, withRecords: number, valid: number, files: number): string {
  return `${count(employees, 'employee')} (${figure(withRecords)} with records), ${count(valid, 'valid record')} from ${count(files, 'file')}.`;
}

/** Below the filters: how many rows are drawn of those matching, and of all. */
export function rosterCountText(shown: number, matching: number, all: number): string {
  if (shown < matching) {
    const filtered = matching === all ? '' : ` matching the filters (${figure(all)} in all)`;
    return `Showing the first ${figure(shown)} of ${count(matching, 'employee')}${filtered}.`;
  }
  return matching === all ? `Showing all ${count(matching, 'employee')}.` : `Showing ${figure(matching)} of ${count(all, 'employee')}.`;
}

/** The label of the button that draws the next page of rows. */
export function showMoreText(shown: number, matching: number): string {
  return `Show ${figure(Math.min(ROWS_PER_PAGE, matching - shown))} more employees`;
}

/** After an employee list was read: used, or why not. */
export function employeeListText(file: string, employees: number, problems: number, hadList: boolean): string {
  if (employees === 0) {
    return `${file} was not used: it lists no employees${problems ? ' (problems below)' : ''}.${hadList ? ' The previous list is still in use.' : ''}`;
  }
  return `Employee list ${file}: ${count(employees, 'employee')}${problems ? `, with ${count(problems, 'problem')} listed below` : ''}.`;
}

/** An employee list too large to open. */
export function tooLargeText(file: string, size: string, limit: string): string {
  return `${file} was not opened: it is too large (${size}; the limit is ${limit}).`;
}
