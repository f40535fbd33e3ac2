import type { CellStatus, Roster, RosterCell, RosterRow } from '../../lib/records/roster';
import { compareStatus, STATUS_LABEL } from '../../lib/records/status';

/** What the roster table shows: filters and sort order, as the controls set them. */
export interface RosterView {
  /** Module id to filter on; '' for every module. */
  module: string;
  /** Status a cell must have; '' for any. */
  status: CellStatus | '';
  /** Only cells whose re-training is due within this many days (overdue included); null for no limit. */
  dueWithinDays: number | null;
  /** 'employeeId', 'name', or a module id. */
  sort: string;
  direction: 'ascending' | 'descending';
}

/** The date part of an ISO time (UTC). */
export function day(iso: string | undefined): string {
  return iso ? iso.slice(0, 10) : '';
}

function plural(n: number, word: string): string {
  return `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;
}

/** One cell in words: the status, then its date, attempts or version. */
export function cellText(cell: RosterCell): { label: string; detail: string } {
  const due = cell.dueDate ? `, re-training due ${day(cell.dueDate)}` : '';
  switch (cell.status) {
    case 'passed':
      return { label: STATUS_LABEL.passed, detail: `${day(cell.date)}${due}` };
    case 'passed-older':
      return { label: STATUS_LABEL['passed-older'], detail: `version ${cell.version ?? '?'} on ${day(cell.date)}${due}` };
    case 'expired':
      return { label: STATUS_LABEL.expired, detail: `passed ${day(cell.date)}${due}` };
    case 'failed':
      return { label: STATUS_LABEL.failed, detail: plural(cell.attempts, 'attempt') };
    default:
      return { label: STATUS_LABEL['not-started'], detail: 'no valid record' };
  }
}

function cellMatches(cell: RosterCell | undefined, view: RosterView, limit: number | null): boolean {
  if (!cell) return false;
  if (view.status !== '' && cell.status !== view.status) return false;
  if (limit !== null) return cell.dueDate !== undefined && Date.parse(cell.dueDate) <= limit;
  return true;
}

/** The rows the view shows, filtered and sorted. A row shows when the chosen module's cell (or any cell) matches. */
export function visibleRows(roster: Roster, view: RosterView, now: Date): RosterRow[] {
  const limit = view.dueWithinDays === null ? null : now.getTime() + view.dueWithinDays * 86_400_000;
  const modules = view.module === '' ? roster.modules.map((m) => m.id) : [view.module];
  const filtering = view.status !== '' || limit !== null;
  const rows = filtering ? roster.rows.filter((row) => modules.some((id) => cellMatches(row.cells[id], view, limit))) : [...roster.rows];
  const sign = view.direction === 'ascending' ? 1 : -1;
  const text = (a: string, b: string) => a.localeCompare(b, 'en', { numeric: true, sensitivity: 'base' });
  const byCell = (a: RosterCell | undefined, b: RosterCell | undefined) => {
    const rank = compareStatus(a?.status ?? 'not-started', b?.status ?? 'not-started');
    // Within one status the later date ranks higher: it stays valid longer.
    return rank !== 0 ? rank : text(b?.date ?? '', a?.date ?? '');
  };
  return rows.sort((a, b) => {
    let d: number;
    if (view.sort === 'employeeId') d = text(a.employeeId, b.employeeId);
    else if (view.sort === 'name') d = text(a.name, b.name);
    else d = byCell(a.cells[view.sort], b.cells[view.sort]);
    return d !== 0 ? sign * d : text(a.employeeId, b.employeeId);
  });
}
