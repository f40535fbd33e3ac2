/** One employee in full, for the roster's detail view: every module's status with its dates, every record, every warning. */
import { t } from '../../i18n/hr-results';
import { distinctRecords, type Roster, type RosterRow, type RosterWarning, type ValidRecord } from '../records/roster';
import { warningText } from '../records/warnings';
import { recordLine } from './lookup';
import { cellText } from './roster-view';
import { distinctAcknowledgements, type ValidAcknowledgement } from '../records/acknowledgements';
import { acknowledgementLine, detailFacts, withIdentity } from './policy-text';

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

/**
 * The detail view of `row`: facts (with who vouches for the records and the current policy
 * version's acknowledgement), each module, each record newest first with its identity (completions,
 * then acknowledgements), and the warnings about this employee.
 */
export function employeeDetail(
  row: RosterRow, roster: Roster, valid: readonly ValidRecord[], titles: ReadonlyMap<string, string>, who: (id: string) => string,
  acknowledgements: readonly ValidAcknowledgement[] = [],
): EmployeeDetail {
  const notGiven = t('employee.not-given');
  const facts = [
    t('employee.email', { email: row.email || notGiven }),
    ...(row.department !== undefined ? [t('employee.department', { department: row.department || notGiven }), t('employee.manager', { manager: row.manager || notGiven })] : []),
    t('employee.keys', { keys: row.keys.length === 0 ? t('employee.keys.none') : row.keys.join(', ') }),
    ...detailFacts(row, roster.policy?.version),
  ];
  const modules = roster.modules.map((m) => {
    const cell = cellText(row.cells[m.id] ?? { status: 'not-started', attempts: 0 });
    return `${m.title}: ${cell.label}, ${cell.detail}${cell.due ? `, ${cell.due}` : ''}`;
  });
  const own = distinctRecords(valid)
    .filter((r) => r.payload.learner.employeeId === row.employeeId)
    .sort((a, b) => b.payload.attempt.completedAt.localeCompare(a.payload.attempt.completedAt));
  return {
    heading: `${row.employeeId}${row.name ? `: ${row.name}` : ''}`,
    facts,
    modules,
    records: [
      ...own.map((r) => withIdentity(recordLine(r, titles), r.identity)),
      ...distinctAcknowledgements(acknowledgements)
        .filter((a) => a.payload.learner.employeeId === row.employeeId)
        .sort((a, b) => b.payload.acknowledgedAt.localeCompare(a.payload.acknowledgedAt))
        .map(acknowledgementLine),
    ],
    warnings: roster.warnings.filter((w) => concerns(w, row.employeeId)).map((w) => warningText(w, who)),
  };
}
