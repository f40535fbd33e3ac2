/** One employee in full, for the roster's detail view: every module's status with its dates, every record, every warning. */
import { distinctRecords, type Roster, type RosterRow, type RosterWarning, type ValidRecord } from '../records/roster';
import { warningText } from '../records/warnings';
import { recordLine } from './lookup';
import { cellText } from './roster-view';

export interface EmployeeDetail {
  heading: string;
  /** Who: e-mail, department, manager, keys. */
  facts: string[];
  modules: string[];
  records: string[];
  warnings: string[];
}

function concerns(w: RosterWarning, employeeId: string): boolean {
  switch (w.kind) {
    case 'several-keys':
      return w.employeeId === employeeId;
    case 'shared-key':
      return w.employeeIds.includes(employeeId);
    case 'record-conflict':
      return w.copies.some((c) => c.employeeId === employeeId);
    default:
      return false;
  }
}

export function employeeDetail(row: RosterRow, roster: Roster, valid: readonly ValidRecord[], titles: ReadonlyMap<string, string>, who: (id: string) => string): EmployeeDetail {
  const facts = [
    `E-mail: ${row.email || 'not given'}`,
    ...(row.department !== undefined ? [`Department: ${row.department || 'not given'}`, `Manager: ${row.manager || 'not given'}`] : []),
    `Signing keys: ${row.keys.length === 0 ? 'none' : row.keys.join(', ')}`,
  ];
  const modules = roster.modules.map((m) => {
    const t = cellText(row.cells[m.id] ?? { status: 'not-started', attempts: 0 });
    return `${m.title}: ${t.label}, ${t.detail}${t.due ? `, ${t.due}` : ''}`;
  });
  const own = distinctRecords(valid)
    .filter((r) => r.payload.learner.employeeId === row.employeeId)
    .sort((a, b) => b.payload.attempt.completedAt.localeCompare(a.payload.attempt.completedAt));
  return {
    heading: `${row.employeeId}${row.name ? `: ${row.name}` : ''}`,
    facts,
    modules,
    records: own.map((r) => recordLine(r, titles)),
    warnings: roster.warnings.filter((w) => concerns(w, row.employeeId)).map((w) => warningText(w, who)),
  };
}
