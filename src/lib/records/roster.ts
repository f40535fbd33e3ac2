import { t, tn } from '../../i18n/files';
import { parseCsvChecked, toCsv } from '../export/csv';
import type { Manifest, ManifestModule } from '../../schemas/manifest';
import type { RecordPayload } from '../../schemas/record';
import { identityLabel, type VerifiedIdentity } from './verify-v2';

const SELF_DECLARED: VerifiedIdentity = { method: 'self-declared' };
import { addMonths } from '../time';
import { findings, type Finding } from './findings';
import { compareStatus, type CompletionStatus } from './status';
import { byText } from '../text/order';

/** A roster cell's status: one of the completion statuses of ./status. */
export type CellStatus = CompletionStatus;
export interface RosterCell {
  status: CellStatus;
  /** Valid records of this employee for this module (any version), duplicates counted once. */
  attempts: number;
  /** completedAt of the record that decides the cell. */
  date?: string;
  /** Re-training due date (ISO) for passed / passed-older / expired. */
  dueDate?: string;
  score?: { correct: number; total: number };
  version?: string;
  recordId?: string;
}
export interface RosterRow {
  employeeId: string;
  name: string;
  email: string;
  department?: string;
  manager?: string;
  /** Module id to cell, for every current module. */
  cells: Record<string, RosterCell>;
  /** Distinct key thumbprints of this employee's valid records. */
  keys: string[];
  /** Who vouches for this employee's records: "SSO (<issuer>)", "self-declared", or both joined by "; " ('' without records). */
  identity: string;
}
export type RosterWarning =
  | { kind: 'several-keys'; employeeId: string; kids: string[] } // a new device is legitimate
  | { kind: 'shared-key'; kid: string; employeeIds: string[] }
  | { kind: 'duplicate-record'; recordId: string; count: number } // the same signed record again: counted once
  // The same record id on records that differ (another key or payload): every one kept, none wins by order.
  | { kind: 'record-conflict'; recordId: string; copies: Array<{ file?: string; index?: number; employeeId: string; kid: string }> }
  // Who and where: hidden characters, list mismatches, attempt numbers, keys in a day, foreign sites (findings.ts).
  | Finding;
export interface Roster {
  modules: Array<{ id: string; title: string; version: string }>;
  rows: RosterRow[];
  warnings: RosterWarning[];
}
export interface ValidRecord {
  payload: RecordPayload;
  kid: string;
  file?: string;
  index?: number;
  /** Who vouches for the learner, as verification found it; absent: not known (treat as self-declared). */
  identity?: VerifiedIdentity;
}
export interface Employee { employeeId: string; name: string; email: string; department: string; manager: string }

/** The cell one record would make on its own. */
function cellOf(record: ValidRecord, entry: ManifestModule | undefined, current: ManifestModule, now: Date): RosterCell {
  const p = record.payload;
  const base = { attempts: 0, date: p.attempt.completedAt, score: { correct: p.score.correct, total: p.score.total }, version: p.module.version, recordId: p.recordId };
  if (!p.score.passed) return { status: 'failed', ...base };
  // The re-training period of the version passed: the one the learner was told when they took it.
  const dueDate = addMonths(p.attempt.completedAt, (entry ?? current).retrainMonths);
  if (Date.parse(dueDate) <= now.getTime()) return { status: 'expired', ...base, dueDate };
  return { status: p.module.version === current.version ? 'passed' : 'passed-older', ...base, dueDate };
}

/** What makes two loaded records the same one: the same key over the same payload (a copy of one file). */
function sameness(r: ValidRecord): string {
  return `${r.kid}\u0000${JSON.stringify(r.payload)}`;
}

/**
 * The records with every copy of the same signed record dropped but the first; records that only share
 * a record id (another key or payload) are all kept. Used by the roster, the exports and the lookup.
 */
export function distinctRecords<T extends ValidRecord>(records: readonly T[]): T[] {
  const seen = new Set<string>();
  return records.filter((r) => {
    const key = sameness(r);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Records grouped by record id, in the order each id first appears; a group of more than one is a conflict. */
export function byRecordId<T extends ValidRecord>(records: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const r of records) {
    const group = groups.get(r.payload.recordId);
    if (group) group.push(r);
    else groups.set(r.payload.recordId, [r]);
  }
  return groups;
}


/**
 * One row per employee (by employeeId; plus every listed employee with no records: all cells 'not-started'),
 * one cell per current module: the best valid result, in the order of ./status (passed: the current version,
 * within retrainMonths of completedAt; passed-older: an older version, within its retrainMonths; expired: a
 * pass older than retrainMonths; failed; not-started); between equals, the latest completedAt decides. The same signed record
 * loaded twice is counted once; the same record id on different records is a conflict: all kept, warned
 * about loudly, none preferred by load order. Several keys per employee and one key used
 * by several employees are warnings, and so is every finding of ./findings (`siteOrigin`: the site's own origin). Names and emails come from the employee list when given, else from
 * the employee's latest record. Rows are sorted by employee ID.
 */
export function buildRoster(records: ValidRecord[], manifest: Manifest, now: Date, employees?: Employee[], siteOrigin?: string): Roster {
  const currentEntries = manifest.modules.filter((m) => m.current);
  const modules = currentEntries.map((m) => ({ id: m.id, title: m.title, version: m.version }));
  const entries = new Map(manifest.modules.map((m) => [`${m.id}@${m.version}`, m]));

  const unique = distinctRecords(records);
  const seen = new Map<string, number>();
  for (const r of records) seen.set(r.payload.recordId, (seen.get(r.payload.recordId) ?? 0) + 1);

  const byEmployee = new Map<string, ValidRecord[]>();
  const employeesByKid = new Map<string, Set<string>>();
  for (const r of unique) {
    const id = r.payload.learner.employeeId;
    let list = byEmployee.get(id);
    if (!list) byEmployee.set(id, (list = []));
    list.push(r);
    let ids = employeesByKid.get(r.kid);
    if (!ids) employeesByKid.set(r.kid, (ids = new Set()));
    ids.add(id);
  }

  const listed = new Map((employees ?? []).map((e) => [e.employeeId, e]));
  const ids = [...new Set([...listed.keys(), ...byEmployee.keys()])].sort(byText);
  const warnings: RosterWarning[] = [];
  const rows: RosterRow[] = ids.map((employeeId) => {
    const own = byEmployee.get(employeeId) ?? [];
    const latest = own.reduce<ValidRecord | undefined>((a, r) => (!a || r.payload.attempt.completedAt > a.payload.attempt.completedAt ? r : a), undefined);
    const person = listed.get(employeeId);
    const cells: Record<string, RosterCell> = {};
    for (const m of currentEntries) {
      const mine = own.filter((r) => r.payload.module.id === m.id);
      let best: RosterCell = { status: 'not-started', attempts: 0 };
      for (const r of mine) {
        const cell = cellOf(r, entries.get(`${m.id}@${r.payload.module.version}`), m, now);
        const rank = compareStatus(cell.status, best.status);
        if (rank < 0 || (rank === 0 && (cell.date ?? '') > (best.date ?? ''))) best = cell;
      }
      cells[m.id] = { ...best, attempts: mine.length };
    }
    const keys = [...new Set(own.map((r) => r.kid))].sort();
    if (keys.length > 1) warnings.push({ kind: 'several-keys', employeeId, kids: keys });
    const row: RosterRow = {
      employeeId,
      name: person?.name || latest?.payload.learner.name || '',
      email: person?.email || latest?.payload.learner.email || '',
      cells,
      keys,
      identity: [...new Set(own.map((r) => identityLabel(r.identity ?? SELF_DECLARED)))].sort().join('; '),
    };
    if (person) {
      row.department = person.department;
      row.manager = person.manager;
    }
    return row;
  });
  for (const [kid, owners] of employeesByKid) {
    if (owners.size > 1) warnings.push({ kind: 'shared-key', kid, employeeIds: [...owners].sort(byText) });
  }
  const byId = byRecordId(unique);
  for (const [recordId, count] of seen) {
    const distinct = byId.get(recordId) ?? [];
    if (distinct.length > 1) {
      // Listed by file and position, so the warning reads the same whatever order the files loaded in.
      const copies = distinct
        .map((r) => ({ file: r.file, index: r.index, employeeId: r.payload.learner.employeeId, kid: r.kid }))
        .sort((a, b) => byText(a.file ?? '', b.file ?? '') || (a.index ?? 0) - (b.index ?? 0) || byText(a.employeeId, b.employeeId));
      warnings.push({ kind: 'record-conflict', recordId, copies });
    } else if (count > 1) warnings.push({ kind: 'duplicate-record', recordId, count });
  }
  for (const f of findings(unique, { employees, siteOrigin, now })) warnings.push(f);
  return { modules, rows, warnings };
}

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

const day = (iso: string | undefined) => iso?.slice(0, 10);

/** The roster as CSV (one row per employee, columns per module: status, date, due). Uses toCsv.
 *  Dates are YYYY-MM-DD (UTC); then the count of the employee's signing keys and who vouches for them (identity). */
export function rosterToCsv(roster: Roster): string {
  return toCsv([
    ['employeeId', 'name', 'email', 'department', 'manager', ...roster.modules.flatMap((m) => [`${m.id} status`, `${m.id} date`, `${m.id} due`]), 'keys', 'identity'],
    ...roster.rows.map((r) => [
      r.employeeId, r.name, r.email, r.department, r.manager,
      ...roster.modules.flatMap((m) => {
        const c = r.cells[m.id];
        return [c?.status ?? 'not-started', day(c?.date), day(c?.dueDate)];
      }),
      r.keys.length,
      r.identity,
    ]),
  ]);
}
