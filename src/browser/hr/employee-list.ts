/** Reads HR's employee list file and reports what was used, with every problem by line. */
import { t } from '../../i18n/hr-results';
import { megabytes } from '../../lib/hr/count';
import { employeeListText, tooLargeText } from '../../lib/hr/roster-text';
import { readEmployeeFile } from '../../lib/hr/employee-file';
import type { Employee } from '../../lib/records/roster';
import { el } from './dom';
import { MAX_FILE_BYTES } from './intake';
import type { Ref } from './refs';

/** The employees of `file`, or undefined when it was not used (the previous list, if any, stays). */
export async function readEmployeeList(ref: Ref, file: File, hadList: boolean): Promise<Employee[] | undefined> {
  const statusLine = ref('employee-status');
  const list = ref('employee-problems');
  ref('employee-report').hidden = false;
  list.replaceChildren();
  if (file.size > MAX_FILE_BYTES) {
    statusLine.textContent = tooLargeText(file.name, megabytes(file.size), megabytes(MAX_FILE_BYTES));
    return undefined;
  }
  const { employees, problems, readAs } = readEmployeeFile(new Uint8Array(await file.arrayBuffer()));
  for (const p of problems) list.append(el('li', undefined, p));
  statusLine.textContent = `${employeeListText(file.name, employees.length, problems.length, hadList)}${readAs ? t('employee-list.read-as', { readAs }) : ''}`;
  return employees.length > 0 ? employees : undefined;
}
