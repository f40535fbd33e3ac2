/** HR's roster as CSV, for the HR page's "Export roster CSV" and `aga verify --csv`: one function for both. */
import type { Roster } from '../records/roster';
import { toCsv } from './csv';

const day = (iso: string | undefined) => iso?.slice(0, 10);

/**
 * The roster as CSV (one row per employee, columns per module: status, date, due), dates YYYY-MM-DD
 * (UTC); then the count of the employee's signing keys, who vouches for them (identity: "SSO
 * (<issuer>)", "self-declared" or "mixed: ..."), and, when the manifest has a current policy
 * version, `policy <version> acknowledged`: the date of the first acknowledgement of it, or "no".
 */
export function rosterToCsv(roster: Roster): string {
  const policy = roster.policy;
  return toCsv([
    [
      'employeeId', 'name', 'email', 'department', 'manager',
      ...roster.modules.flatMap((m) => [`${m.id} status`, `${m.id} date`, `${m.id} due`]),
      'keys', 'identity',
      ...(policy ? [['policy', policy.version, 'acknowledged'].join(' ')] : []),
    ],
    ...roster.rows.map((r) => [
      r.employeeId, r.name, r.email, r.department, r.manager,
      ...roster.modules.flatMap((m) => {
        const c = r.cells[m.id];
        return [c?.status ?? 'not-started', day(c?.date), day(c?.dueDate)];
      }),
      r.keys.length,
      r.identity,
      ...(policy ? [day(r.acknowledgedAt) ?? 'no'] : []),
    ]),
  ]);
}
