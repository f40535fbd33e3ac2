/** HR's employee list as CSV: who is employed, so the roster also shows who has not started. */
import { t, tn } from '../../i18n/files';
import { parseCsvChecked } from '../export/csv';

export interface Employee { employeeId: string; name: string; email: string; department: string; manager: string }

const EMPLOYEE_COLUMNS = ['employeeId', 'name', 'email', 'department', 'manager'] as const;

/** Parses HR's employee CSV: header employeeId,name,email,department,manager in any order/case, extra columns
 *  ignored; missing required columns -> problems naming them. All five columns are required; without an
 *  employeeId column no employee is read, with others missing the rows are read with those fields empty.
 *  Rows without an employee ID, and repeated IDs (the first is kept), are reported by line; so is a quote
 *  that is never closed. `separator` is ',' or ';' (see src/lib/hr/employee-file.ts). */
export function parseEmployeeCsv(text: string, separator = ','): { employees: Employee[]; problems: string[] } {
  const { rows, openQuoteLine } = parseCsvChecked(text, separator);
  const header = rows[0];
  if (!header) return { employees: [], problems: [t('list.empty', { columns: EMPLOYEE_COLUMNS.join(',') })] };
  const names = header.cells.map((c) => c.trim().toLowerCase());
  const index = Object.fromEntries(EMPLOYEE_COLUMNS.map((c) => [c, names.indexOf(c.toLowerCase())])) as Record<(typeof EMPLOYEE_COLUMNS)[number], number>;
  const missing = EMPLOYEE_COLUMNS.filter((c) => index[c] < 0);
  const problems: string[] = [];
  if (missing.length > 0) {
    problems.push(tn('list.missing', missing.length, { missing: missing.join(', '), columns: EMPLOYEE_COLUMNS.join(',') }));
    if (index.employeeId < 0) return { employees: [], problems };
  }
  const employees: Employee[] = [];
  // An unclosed quote swallows the rest of the file into one cell: said by line, never read as a name.
  if (openQuoteLine !== undefined) problems.push(t('list.open-quote', { line: String(openQuoteLine) }));
  const firstLine = new Map<string, number>();
  for (const row of rows.slice(1)) {
    if (openQuoteLine !== undefined && row.line >= openQuoteLine) break;
    const get = (c: (typeof EMPLOYEE_COLUMNS)[number]) => (index[c] < 0 ? '' : (row.cells[index[c]] ?? '').trim());
    const employeeId = get('employeeId');
    if (employeeId === '') {
      problems.push(t('list.no-id', { line: String(row.line) }));
      continue;
    }
    const earlier = firstLine.get(employeeId);
    if (earlier !== undefined) {
      problems.push(t('list.repeated', { line: String(row.line), id: employeeId, earlier: String(earlier) }));
      continue;
    }
    firstLine.set(employeeId, row.line);
    employees.push({ employeeId, name: get('name'), email: get('email'), department: get('department'), manager: get('manager') });
  }
  return { employees, problems };
}
