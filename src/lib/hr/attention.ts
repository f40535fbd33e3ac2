/**
 * Who needs a reminder, and for what: overdue (re-training date passed), due soon (within N days),
 * failed (attempts, no pass) or not started (no valid record). One definition for the overview's
 * counts, the roster's "Needs" filter and the reminder list, so they always agree.
 */
import { t } from '../../i18n/hr-results';
import type { RosterCell, RosterRow } from '../records/roster';

export type Attention = 'overdue' | 'due-soon' | 'failed' | 'not-started';

export const ATTENTION: readonly Attention[] = ['overdue', 'due-soon', 'failed', 'not-started'];

/** Labels as the overview buttons, the filter and the reminder list say them. */
export const ATTENTION_LABEL = Object.fromEntries(ATTENTION.map((a) => [a, t(`attention.${a}`)])) as Record<Attention, string>;

/** How many days ahead "due soon" looks unless HR says otherwise. */
export const DUE_SOON_DAYS = 30;

const DAY_MS = 86_400_000;

/** Whether one cell needs `kind`. Due soon: a valid pass whose re-training date falls within `days` from now (not yet passed). */
export function cellNeeds(cell: RosterCell | undefined, kind: Attention, now: Date, days: number): boolean {
  const status = cell?.status ?? 'not-started';
  switch (kind) {
    case 'overdue':
      return status === 'expired';
    case 'due-soon':
      return (status === 'passed' || status === 'passed-older') && cell?.dueDate !== undefined && Date.parse(cell.dueDate) <= now.getTime() + days * DAY_MS;
    case 'failed':
      return status === 'failed';
    default:
      return status === 'not-started';
  }
}

/** The module ids of `row` that need `kind`, in module order. */
export function modulesNeeding(row: RosterRow, moduleIds: readonly string[], kind: Attention, now: Date, days: number): string[] {
  return moduleIds.filter((id) => cellNeeds(row.cells[id], kind, now, days));
}

/** Since when a cell needs attention: the re-training date for overdue and due soon, the last attempt for failed; '' when unknown. */
export function sinceOf(cell: RosterCell | undefined, kind: Attention): string {
  if (kind === 'overdue' || kind === 'due-soon') return cell?.dueDate?.slice(0, 10) ?? '';
  if (kind === 'failed') return cell?.date?.slice(0, 10) ?? '';
  return '';
}
