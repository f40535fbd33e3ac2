/**
 * HR's overview: completion per module, per department and per manager, and how many people need
 * a reminder. Percentages are of the employee list when one is loaded, else of the people with records.
 */
import { t } from '../../i18n/hr-results';
import type { CellStatus, Roster, RosterRow } from '../records/roster';
import { COMPLETION_STATUSES } from '../records/status';
import { ATTENTION, modulesNeeding, type Attention } from './attention';

/** The statuses in the order the overview stacks and lists them: the one best-first order. */
export const OVERVIEW_STATUSES: readonly CellStatus[] = COMPLETION_STATUSES;

/** Counts per status over some cells; `total` is their sum. */
export interface Tally {
  counts: Record<CellStatus, number>;
  total: number;
}

export interface OverviewGroup {
  label: string;
  /** People in the group. */
  people: number;
  /** Their cells: one per person and current module. */
  tally: Tally;
}

export interface Overview {
  /** Whom the percentages are of. */
  base: 'employee-list' | 'with-records';
  /** How many people that is. */
  people: number;
  /** People with records who are not on the employee list (left out of the figures). */
  unlisted: number;
  modules: Array<{ id: string; title: string; tally: Tally }>;
  departments: OverviewGroup[];
  managers: OverviewGroup[];
  /** People with at least one module needing each kind of attention. */
  attention: Record<Attention, number>;
  /** The current policy version and how many of the people counted acknowledged it; absent when the manifest has none. */
  policy?: { version: string; acknowledged: number };
}

export const NO_GROUP = t('overview.no-group');

function emptyTally(): Tally {
  return { counts: Object.fromEntries(COMPLETION_STATUSES.map((s) => [s, 0])) as Record<CellStatus, number>, total: 0 };
}

function addCell(t: Tally, status: CellStatus): void {
  t.counts[status] += 1;
  t.total += 1;
}

/** Whole percent of `part` in `total` (rounded; 0 of 0 is 0). */
export function percent(part: number, total: number): number {
  return total > 0 ? Math.round((100 * part) / total) : 0;
}

function groups(rows: readonly RosterRow[], ids: readonly string[], key: (r: RosterRow) => string | undefined): OverviewGroup[] {
  const by = new Map<string, OverviewGroup>();
  for (const row of rows) {
    const label = key(row)?.trim() || NO_GROUP;
    let g = by.get(label);
    if (!g) by.set(label, (g = { label, people: 0, tally: emptyTally() }));
    g.people += 1;
    for (const id of ids) addCell(g.tally, row.cells[id]?.status ?? 'not-started');
  }
  return [...by.values()].sort((a, b) => (a.label === NO_GROUP ? 1 : b.label === NO_GROUP ? -1 : a.label.localeCompare(b.label, 'en', { numeric: true })));
}

/**
 * The overview of `roster`. `listed` holds the employee list's ids when one is loaded: then only they
 * are counted (and people with records not on it are counted apart as `unlisted`).
 */
export function overview(roster: Roster, now: Date, dueSoonDays: number, listed?: ReadonlySet<string>): Overview {
  const ids = roster.modules.map((m) => m.id);
  const rows = listed ? roster.rows.filter((r) => listed.has(r.employeeId)) : roster.rows.filter((r) => r.keys.length > 0);
  const unlisted = listed ? roster.rows.filter((r) => !listed.has(r.employeeId)).length : 0;
  const modules = roster.modules.map((m) => {
    const tally = emptyTally();
    for (const row of rows) addCell(tally, row.cells[m.id]?.status ?? 'not-started');
    return { id: m.id, title: m.title, tally };
  });
  const attention = Object.fromEntries(ATTENTION.map((k) => [k, rows.filter((r) => modulesNeeding(r, ids, k, now, dueSoonDays).length > 0).length])) as Record<Attention, number>;
  const hasList = listed !== undefined;
  return {
    base: hasList ? 'employee-list' : 'with-records',
    people: rows.length,
    unlisted,
    modules,
    departments: hasList ? groups(rows, ids, (r) => r.department) : [],
    managers: hasList ? groups(rows, ids, (r) => r.manager) : [],
    attention,
    ...(roster.policy ? { policy: { version: roster.policy.version, acknowledged: rows.filter((r) => r.acknowledgedAt !== undefined).length } } : {}),
  };
}
