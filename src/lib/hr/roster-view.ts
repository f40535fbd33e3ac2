import type { CellStatus, Roster, RosterCell, RosterRow } from '../records/roster';
import { compareStatus, STATUS_LABEL } from '../records/status';
import { cellNeeds, DUE_SOON_DAYS, type Attention } from './attention';
import { identityMatches, type IdentityFilter } from '../records/identity-summary';
import { t, tn } from '../../i18n';

/** What the roster table shows: filters and sort order, as the controls set them. */
export interface RosterView {
  /** Module id to filter on; '' for every module. */
  module: string;
  /** Status a cell must have; '' for any. */
  status: CellStatus | '';
  /** Only cells whose re-training is due within this many days (overdue included); null for no limit. */
  dueWithinDays: number | null;
  /** Text to find in the employee ID, name or e-mail (any case); '' for everyone. */
  query: string;
  /** Department or manager the row must have; '' for any. */
  department: string;
  manager: string;
  /** Only rows needing this in the chosen module (or any); '' for no such filter. */
  attention: Attention | '';
  /** Only rows with records of this kind (SSO or self-declared; a mixed row has both); '' for everyone. */
  identity: IdentityFilter | '';
  /** The "due soon" window in days. */
  dueSoonDays: number;
  /** 'employeeId', 'name', or a module id. */
  sort: string;
  direction: 'ascending' | 'descending';
}

/** A view with no filters, sorted by employee ID. */
export function defaultView(): RosterView {
  return { module: '', status: '', dueWithinDays: null, query: '', department: '', manager: '', attention: '', identity: '', dueSoonDays: DUE_SOON_DAYS, sort: 'employeeId', direction: 'ascending' };
}

/** True when some filter is set, so the table shows part of the roster. */
export function isFiltered(view: RosterView): boolean {
  return view.module !== '' || view.status !== '' || view.dueWithinDays !== null || view.query.trim() !== '' || view.department !== '' || view.manager !== '' || view.attention !== '' || view.identity !== '';
}

/** The date part of an ISO time (UTC). */
export function day(iso: string | undefined): string {
  return iso ? iso.slice(0, 10) : '';
}

/**
 * One cell in words, compact: the status and one date (or attempts, or version); the re-training
 * date goes in `due`, shown on hover and in the employee's detail view.
 */
export function cellText(cell: RosterCell): { label: string; detail: string; due: string } {
  const due = cell.dueDate ? t('cell.due', { due: day(cell.dueDate) }) : '';
  switch (cell.status) {
    case 'passed':
      return { label: STATUS_LABEL.passed, detail: day(cell.date), due };
    case 'passed-older':
      return { label: STATUS_LABEL['passed-older'], detail: t('cell.passed-older', { version: cell.version ?? '?', date: day(cell.date) }), due };
    case 'expired':
      return { label: STATUS_LABEL.expired, detail: t('cell.expired', { date: day(cell.date) }), due };
    case 'failed':
      return { label: STATUS_LABEL.failed, detail: tn('cell.failed', cell.attempts), due };
    default:
      return { label: STATUS_LABEL['not-started'], detail: t('cell.not-started'), due };
  }
}

function cellMatches(cell: RosterCell | undefined, view: RosterView, limit: number | null, now: Date): boolean {
  if (view.attention !== '' && !cellNeeds(cell, view.attention, now, view.dueSoonDays)) return false;
  if (!cell) return view.status === '' && limit === null;
  if (view.status !== '' && cell.status !== view.status) return false;
  if (limit !== null) return cell.dueDate !== undefined && Date.parse(cell.dueDate) <= limit;
  return true;
}

/** One collator for every sort: localeCompare with options builds one per call, too slow for 20,000 rows. */
const COLLATOR = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

/** The rows the view shows, filtered and sorted. A row shows when the chosen module's cell (or any cell) matches. */
export function visibleRows(roster: Roster, view: RosterView, now: Date): RosterRow[] {
  const limit = view.dueWithinDays === null ? null : now.getTime() + view.dueWithinDays * 86_400_000;
  const modules = view.module === '' ? roster.modules.map((m) => m.id) : [view.module];
  const byCell = view.status !== '' || limit !== null || view.attention !== '';
  const query = view.query.trim().toLowerCase();
  const rows = roster.rows.filter(
    (row) =>
      (query === '' || row.employeeId.toLowerCase().includes(query) || row.name.toLowerCase().includes(query) || row.email.toLowerCase().includes(query)) &&
      (view.department === '' || (row.department ?? '') === view.department) &&
      (view.manager === '' || (row.manager ?? '') === view.manager) &&
      identityMatches(row.identityKind, view.identity) &&
      (!byCell || modules.some((id) => cellMatches(row.cells[id], view, limit, now))),
  );
  const sign = view.direction === 'ascending' ? 1 : -1;
  const text = COLLATOR.compare;
  const cellOrder = (a: RosterCell | undefined, b: RosterCell | undefined) => {
    const rank = compareStatus(a?.status ?? 'not-started', b?.status ?? 'not-started');
    // Within one status the later date ranks higher: it stays valid longer.
    return rank !== 0 ? rank : text(b?.date ?? '', a?.date ?? '');
  };
  return rows.sort((a, b) => {
    let d: number;
    if (view.sort === 'employeeId') d = text(a.employeeId, b.employeeId);
    else if (view.sort === 'name') d = text(a.name, b.name);
    else d = cellOrder(a.cells[view.sort], b.cells[view.sort]);
    return d !== 0 ? sign * d : text(a.employeeId, b.employeeId);
  });
}

