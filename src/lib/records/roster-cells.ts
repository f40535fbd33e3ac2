/**
 * One roster cell from one record (roster.ts picks the best of an employee's cells per module), and
 * the due dates it needs.
 */
import type { ManifestModule } from '../../schemas/manifest';
import { addMonths } from '../time';
import type { RosterCell, ValidRecord } from './roster';

/**
 * addMonths of a verified completedAt (a UTC time as toISOString() prints it), worked out once per
 * day and period: addMonths keeps the time of day, and 18,000 records fall on a few hundred days
 * (three Dates per record were 30 ms of the roster).
 */
export function dueDates(): (completedAt: string, months: number) => string {
  const byDay = new Map<string, string>();
  return (completedAt, months) => {
    const key = `${completedAt.slice(0, 10)}/${months}`;
    let day = byDay.get(key);
    if (day === undefined) byDay.set(key, (day = addMonths(`${completedAt.slice(0, 10)}T00:00:00.000Z`, months).slice(0, 10)));
    return `${day}${completedAt.slice(10)}`;
  };
}

/** The cell one record would make on its own. */
export function cellOf(record: ValidRecord, entry: ManifestModule | undefined, current: ManifestModule, now: Date, dueDate: ReturnType<typeof dueDates>): RosterCell {
  const p = record.payload;
  const base = { attempts: 0, date: p.attempt.completedAt, score: { correct: p.score.correct, total: p.score.total }, version: p.module.version, recordId: p.recordId };
  if (!p.score.passed) return { status: 'failed', ...base };
  // The re-training period of the version passed: the one the learner was told when they took it.
  const due = dueDate(p.attempt.completedAt, (entry ?? current).retrainMonths);
  if (Date.parse(due) <= now.getTime()) return { status: 'expired', ...base, dueDate: due };
  return { status: p.module.version === current.version ? 'passed' : 'passed-older', ...base, dueDate: due };
}

