/**
 * Reminder lists HR sends from its own mail program: who needs `kind`, for which modules and since
 * when, as CSV for a mail merge, as a list of addresses, and as a mailto: link per person. The site
 * itself sends nothing.
 */
import { t } from '../../i18n/hr-results';
import { toCsv } from '../export/csv';
import type { Roster, RosterRow } from '../records/roster';
import { ATTENTION_LABEL, modulesNeeding, sinceOf, type Attention } from './attention';

export interface Reminder {
  employeeId: string;
  name: string;
  email: string;
  department: string;
  manager: string;
  modules: Array<{ id: string; title: string; since: string }>;
}

/** One reminder per row of `rows` that needs `kind` in at least one module. */
export function reminders(roster: Roster, rows: readonly RosterRow[], kind: Attention, now: Date, days: number): Reminder[] {
  const ids = roster.modules.map((m) => m.id);
  const titles = new Map(roster.modules.map((m) => [m.id, m.title]));
  return rows.flatMap((row) => {
    const needed = modulesNeeding(row, ids, kind, now, days);
    if (needed.length === 0) return [];
    return [{
      employeeId: row.employeeId, name: row.name, email: row.email, department: row.department ?? '', manager: row.manager ?? '',
      modules: needed.map((id) => ({ id, title: titles.get(id) ?? id, since: sinceOf(row.cells[id], kind) })),
    }];
  });
}

/** What "since" means per kind, for the CSV header and the mail; nothing for a module not started. */
const SINCE: Record<Attention, string> = { overdue: t('reminder.since.overdue'), 'due-soon': t('reminder.since.due-soon'), failed: t('reminder.since.failed'), 'not-started': '' };

function moduleText(r: Reminder, kind: Attention): string {
  return r.modules.map((m) => (m.since && SINCE[kind] ? t('reminder.module-since', { title: m.title, since: SINCE[kind], date: m.since }) : m.title)).join('; ');
}

/** The reminder list as CSV: one line per person, the modules in one cell and the earliest date. */
export function remindersToCsv(list: readonly Reminder[], kind: Attention): string {
  return toCsv([
    ['employeeId', 'name', 'email', 'department', 'manager', 'reason', 'modules', 'since'],
    ...list.map((r) => {
      const dates = r.modules.map((m) => m.since).filter(Boolean).sort();
      return [r.employeeId, r.name, r.email, r.department, r.manager, ATTENTION_LABEL[kind], moduleText(r, kind), dates[0] ?? ''];
    }),
  ]);
}

/** The addresses, one per person with one, separated as mail programs accept them. */
export function emailList(list: readonly Reminder[]): string {
  return [...new Set(list.map((r) => r.email).filter((e) => e.includes('@')))].join('; ');
}

/** A mailto: link with the subject and a body naming the modules and the site's address. */
export function mailtoLink(r: Reminder, kind: Attention, siteUrl: string): string {
  const body = [
    t('reminder.hello', { name: r.name || r.employeeId }),
    '',
    t('reminder.needs', { label: ATTENTION_LABEL[kind], modules: moduleText(r, kind) }),
    '',
    t('reminder.where', { url: siteUrl }),
    '',
    t('reminder.thanks'),
  ].join('\r\n');
  return `mailto:${encodeURIComponent(r.email)}?subject=${encodeURIComponent(t(`reminder.subject.${kind}`))}&body=${encodeURIComponent(body)}`;
}
