import type { Employee } from './employee-csv';
import type { Manifest } from '../../schemas/manifest';
import type { RecordPayload } from '../../schemas/record';
import type { VerifiedIdentity } from './verify-v2';
import { acknowledgedOn, currentPolicy, distinctAcknowledgements, type ValidAcknowledgement } from './acknowledgements';
import { identitySummary, type IdentityKind } from './identity-summary';
import { cellOf, dueDates } from './roster-cells';
import { findingsSteps, type Finding, type FindingOptions } from './findings';
import { runToEnd, type Steps } from '../slices';
import { compareStatus, type CompletionStatus } from './status';
import { byText, sortByText } from '../text/order';

export { parseEmployeeCsv, type Employee } from './employee-csv';
export { byRecordId, distinctRecords } from './distinct';
import { byRecordId, distinctRecordsSteps } from './distinct';

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
  /** Distinct key thumbprints of this employee's valid records (completions and acknowledgements). */
  keys: string[];
  /**
   * Who vouches for this employee's records (completions and acknowledgements): "SSO (<issuer>)",
   * "self-declared", or "mixed: SSO (<issuer>); self-declared" ('' without records); see identity-summary.ts.
   */
  identity: string;
  identityKind: IdentityKind;
  /** When the employee first acknowledged the current policy version (ISO); absent: not acknowledged (or no current policy). */
  acknowledgedAt?: string;
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
  /** The manifest's current policy version, whose acknowledgement the roster shows; absent when it has none. */
  policy?: { version: string; title: string };
  rows: RosterRow[];
  warnings: RosterWarning[];
  /** Distinct valid completion records the roster was built from (copies of one signed record count once). */
  distinct: number;
}
export interface ValidRecord {
  payload: RecordPayload;
  kid: string;
  file?: string;
  index?: number;
  /** Who vouches for the learner, as verification found it; absent: not known (treat as self-declared). */
  identity?: VerifiedIdentity;
}

/** Records handled between two yields in the roster's longer loops. */
const STEP_RECORDS = 2000;

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
export function buildRoster(...args: Parameters<typeof buildRosterSteps>): Roster {
  return runToEnd(buildRosterSteps(...args));
}

/** buildRoster as steps (see ../slices.ts): its rows, then its warnings. */
export function* buildRosterSteps(...args: Parameters<typeof rosterRowsSteps>): Steps<Roster> {
  return yield* rosterWarningsSteps(yield* rosterRowsSteps(...args));
}

/**
 * A roster with its rows and the warnings found while making them (several keys), and what its
 * other warnings are made from. The HR page shows the overview from it while rosterWarningsSteps
 * finishes the warnings (they change no count).
 */
export interface RosterDraft {
  roster: Roster;
  records: readonly ValidRecord[];
  unique: ValidRecord[];
  employeesByKid: Map<string, Set<string>>;
  findings: FindingOptions;
}

/**
 * What buildRoster makes. `rows: false`: the warnings only, and no rows (`aga verify` prints the
 * warnings, and needs rows only when it writes the roster CSV).
 */
export interface RosterOptions { rows?: boolean }

/** The first part of buildRosterSteps: rows and several-keys warnings (see RosterDraft). */
export function* rosterRowsSteps(
  records: ValidRecord[],
  manifest: Manifest,
  now: Date,
  employees?: Employee[],
  siteOrigin?: string,
  acknowledgements: readonly ValidAcknowledgement[] = [],
  { rows: withRows = true }: RosterOptions = {},
): Steps<RosterDraft> {
  const currentEntries = manifest.modules.filter((m) => m.current);
  const modules = currentEntries.map((m) => ({ id: m.id, title: m.title, version: m.version }));
  const entries = new Map(manifest.modules.map((m) => [`${m.id}@${m.version}`, m]));

  const unique = yield* distinctRecordsSteps(records);
  yield;
  const byEmployee = new Map<string, ValidRecord[]>();
  const employeesByKid = new Map<string, Set<string>>();
  // Acknowledgements add people, keys and identities; only completions make cells.
  const acks = distinctAcknowledgements(acknowledgements);
  const acksOf = new Map<string, ValidAcknowledgement[]>();
  const note = (id: string, kid: string) => {
    let ids = employeesByKid.get(kid);
    if (!ids) employeesByKid.set(kid, (ids = new Set()));
    ids.add(id);
  };
  const add = <T extends { payload: { learner: { employeeId: string } }; kid: string }>(into: Map<string, T[]>, item: T) => {
    const id = item.payload.learner.employeeId;
    const list = into.get(id);
    if (list) list.push(item);
    else into.set(id, [item]);
    note(id, item.kid);
  };
  // A step per few thousand records: one step per loop over 18,000 overran the HR page's slices.
  for (const [i, r] of unique.entries()) {
    if (i % STEP_RECORDS === STEP_RECORDS - 1) yield;
    add(byEmployee, r);
  }
  for (const a of acks) add(acksOf, a);
  yield;
  const policy = currentPolicy(manifest);
  const acknowledged = policy ? acknowledgedOn(acks, policy.version) : new Map<string, string>();

  const listed = new Map((employees ?? []).map((e) => [e.employeeId, e]));
  const ids = sortByText([...new Set([...listed.keys(), ...byEmployee.keys(), ...acksOf.keys()])]);
  const warnings: RosterWarning[] = [];
  const rows: RosterRow[] = [];
  const dueDate = dueDates();
  for (const employeeId of ids) {
    yield;
    const own = byEmployee.get(employeeId) ?? [];
    const ownAcks = acksOf.get(employeeId) ?? [];
    const keys = [...new Set([...own.map((r) => r.kid), ...ownAcks.map((a) => a.kid)])].sort();
    if (keys.length > 1) warnings.push({ kind: 'several-keys', employeeId, kids: keys });
    if (!withRows) continue;
    const latest = own.reduce<ValidRecord | undefined>((a, r) => (!a || r.payload.attempt.completedAt > a.payload.attempt.completedAt ? r : a), undefined);
    const learner = latest?.payload.learner ?? ownAcks.reduce<ValidAcknowledgement | undefined>((a, r) => (!a || r.payload.acknowledgedAt > a.payload.acknowledgedAt ? r : a), undefined)?.payload.learner;
    const person = listed.get(employeeId);
    const cells: Record<string, RosterCell> = {};
    for (const m of currentEntries) {
      const mine = own.filter((r) => r.payload.module.id === m.id);
      let best: RosterCell = { status: 'not-started', attempts: 0 };
      for (const r of mine) {
        const cell = cellOf(r, entries.get(`${m.id}@${r.payload.module.version}`), m, now, dueDate);
        const rank = compareStatus(cell.status, best.status);
        if (rank < 0 || (rank === 0 && (cell.date ?? '') > (best.date ?? ''))) best = cell;
      }
      cells[m.id] = { ...best, attempts: mine.length };
    }
    const who = identitySummary([...own.map((r) => r.identity), ...ownAcks.map((a) => a.identity)]);
    const row: RosterRow = {
      employeeId,
      name: person?.name || learner?.name || '',
      email: person?.email || learner?.email || '',
      cells,
      keys,
      identity: who.label,
      identityKind: who.kind,
    };
    const at = acknowledged.get(employeeId);
    if (at !== undefined) row.acknowledgedAt = at;
    if (person) {
      row.department = person.department;
      row.manager = person.manager;
    }
    rows.push(row);
  }
  const roster: Roster = { modules, ...(policy ? { policy: { version: policy.version, title: policy.title } } : {}), rows, warnings, distinct: unique.length };
  return { roster, records, unique, employeesByKid, findings: { employees, siteOrigin, now } };
}

/**
 * The second part of buildRosterSteps: the draft's roster with its warnings completed (shared keys,
 * copies and conflicts of record ids, findings), in that order after the several-keys ones.
 */
export function* rosterWarningsSteps(draft: RosterDraft): Steps<Roster> {
  const { roster, records, unique, employeesByKid } = draft;
  const { warnings } = roster;
  const seen = new Map<string, number>();
  for (const [i, r] of records.entries()) {
    if (i % STEP_RECORDS === STEP_RECORDS - 1) yield;
    seen.set(r.payload.recordId, (seen.get(r.payload.recordId) ?? 0) + 1);
  }
  yield;
  for (const [kid, owners] of employeesByKid) {
    if (owners.size > 1) warnings.push({ kind: 'shared-key', kid, employeeIds: sortByText([...owners]) });
  }
  yield;
  const byId = byRecordId(unique);
  let checked = 0;
  for (const [recordId, count] of seen) {
    // A step per few hundred record ids: 18,000 of them made a 68 ms task on the HR page.
    if (++checked % 500 === 0) yield;
    const distinct = byId.get(recordId) ?? [];
    if (distinct.length > 1) {
      // Listed by file and position, so the warning reads the same whatever order the files loaded in.
      const copies = distinct
        .map((r) => ({ file: r.file, index: r.index, employeeId: r.payload.learner.employeeId, kid: r.kid }))
        .sort((a, b) => byText(a.file ?? '', b.file ?? '') || (a.index ?? 0) - (b.index ?? 0) || byText(a.employeeId, b.employeeId));
      warnings.push({ kind: 'record-conflict', recordId, copies });
    } else if (count > 1) warnings.push({ kind: 'duplicate-record', recordId, count });
  }
  for (const f of yield* findingsSteps(unique, draft.findings)) warnings.push(f);
  return roster;
}
