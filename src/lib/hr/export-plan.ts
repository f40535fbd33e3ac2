/**
 * What the HR page's exports contain and are called. File names come from here only, so the page,
 * its tests and the documentation agree on them.
 */
import { byRecordId, distinctRecords, type ValidRecord } from '../records/roster';
import type { RecordPayload } from '../../schemas/record';
import { count, figure } from './count';

/** The HR exports by file: prefix and extension. */
export const HR_EXPORTS = {
  roster: { prefix: 'aga-roster', ext: 'csv' },
  xapi: { prefix: 'aga-xapi', ext: 'json' },
  reminders: { prefix: 'aga-reminders', ext: 'csv' },
} as const;

export type HrExport = keyof typeof HR_EXPORTS;

/** `aga-roster-2026-05-01.csv`; `scope` (e.g. "filtered") goes before the date when the file holds part of the roster. */
export function hrFileName(kind: HrExport, now: Date, scope = ''): string {
  const { prefix, ext } = HR_EXPORTS[kind];
  return `${prefix}${scope ? `-${scope}` : ''}-${now.toISOString().slice(0, 10)}.${ext}`;
}

/**
 * The records an xAPI file holds. Statement ids (the record ids) must be unique: a record loaded twice is
 * one statement, and records that share an id while differing are left out (no order may pick a winner).
 */
export function xapiPlan(valid: readonly ValidRecord[]): { payloads: RecordPayload[]; leftOut: number } {
  const groups = [...byRecordId(distinctRecords(valid)).values()];
  return {
    payloads: groups.filter((g) => g.length === 1).map((g) => g[0]!.payload),
    leftOut: groups.reduce((n, g) => n + (g.length > 1 ? g.length : 0), 0),
  };
}

/** The export status line after an xAPI file was saved. */
export function xapiSavedText(statements: number, leftOut: number): string {
  const conflicts = leftOut > 0 ? ` ${count(leftOut, 'record')} sharing a record id with another record ${leftOut === 1 ? 'was' : 'were'} left out: see the conflict warnings.` : '';
  return `xAPI file saved (${count(statements, 'statement')}).${conflicts}`;
}

/** The export status line after a roster CSV was saved: `shown` of `all` rows, and the file's name. */
export function rosterSavedText(shown: number, all = shown, file = ''): string {
  const what = shown === all ? count(shown, 'employee') : `${figure(shown)} of ${count(all, 'employee')}: the rows the filters show`;
  return `Roster CSV saved (${what})${file ? ` as ${file}` : ''}.`;
}

/** After a reminder list was saved or copied. */
export function remindersText(done: 'saved' | 'copied', people: number, kind: string, file = ''): string {
  if (people === 0) return `No one the roster shows is ${kind.toLowerCase()}: nothing to ${done === 'saved' ? 'save' : 'copy'}.`;
  const what = done === 'saved' ? `Reminder list saved${file ? ` as ${file}` : ''}` : 'E-mail addresses copied';
  return `${what}: ${count(people, 'person', 'people')} ${kind.toLowerCase()}.`;
}
