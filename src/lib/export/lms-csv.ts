/**
 * The LMS completion import: one row per valid passed record, in the columns "external training"
 * loads of learning management systems expect (README, "LMS completion CSV"). Formula-neutralised
 * and BOM-prefixed like every CSV of ours (csv.ts).
 */
import type { ValidRecord } from '../records/roster';
import { scorePercent } from '../quiz/grade';
import { isLmsPlaceholderEmail } from '../scorm/session';
import { toCsv } from './csv';

/** The header row, in order; the README documents each column. */
export const LMS_CSV_COLUMNS = ['user_id', 'email', 'course_id', 'course_title', 'course_version', 'status', 'score_percent', 'completed_at', 'record_id'] as const;

/** An ISO time as `YYYY-MM-DDTHH:MM:SS+00:00`: whole seconds and an explicit offset, which every importer reads. */
export function lmsDateTime(iso: string): string {
  return `${new Date(iso).toISOString().slice(0, 19)}+00:00`;
}

/**
 * The CSV text. `title(moduleId, version)` names the course as that version was published (the
 * module id when unknown). Failed records are not completions and are left out; rows are in
 * completion order. An e-mail the LMS never gave (a record made inside a SCORM package) is empty.
 */
export function lmsCompletionCsv(records: readonly ValidRecord[], title: (moduleId: string, version: string) => string | undefined): { text: string; rows: number } {
  const passed = records.filter((r) => r.payload.score.passed).sort((a, b) => (a.payload.attempt.completedAt < b.payload.attempt.completedAt ? -1 : a.payload.attempt.completedAt > b.payload.attempt.completedAt ? 1 : 0));
  const rows = passed.map(({ payload: p }) => [
    p.learner.employeeId,
    isLmsPlaceholderEmail(p.learner.email) ? '' : p.learner.email,
    p.module.id,
    title(p.module.id, p.module.version) ?? p.module.id,
    p.module.version,
    'passed',
    scorePercent(p.score.correct, p.score.total),
    lmsDateTime(p.attempt.completedAt),
    p.recordId,
  ]);
  return { text: toCsv([[...LMS_CSV_COLUMNS], ...rows]), rows: rows.length };
}
