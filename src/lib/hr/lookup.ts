/**
 * Certificate lookup among the loaded records: by record ID, key thumbprint (the codes printed on a
 * certificate), employee ID or name. Pure: the HR page draws what this returns.
 */
import { visible } from '../text/visible';
import { distinctRecords, type ValidRecord } from '../records/roster';
import { t, tn } from '../../i18n/hr-results';
import type { Failure } from './findings';
import { positionText } from './findings';
import { day } from './roster-view';

/** What a code matched, in the order it is tried. */
export type LookupMatch = 'record-id' | 'key' | 'employee-id' | 'name';

export type LookupResult =
  | { kind: 'empty'; text: string }
  | { kind: 'none'; text: string }
  | { kind: 'found'; match: LookupMatch; valid: { heading: string; lines: string[] } | null; failed: { heading: string; lines: string[] } | null };

export const LOOKUP_EMPTY_TEXT = t('lookup.empty');

/** One valid record in a sentence: who, which module and version, the verdict, and where it came from. */
export function recordLine(r: ValidRecord, titles: ReadonlyMap<string, string>): string {
  const p = r.payload;
  const title = titles.get(`${p.module.id}@${p.module.version}`) ?? p.module.id;
  return t('lookup.line', {
    name: p.learner.name,
    id: p.learner.employeeId,
    email: p.learner.email,
    title,
    version: p.module.version,
    verdict: t(p.score.passed ? 'lookup.verdict.passed' : 'lookup.verdict.failed'),
    correct: p.score.correct,
    total: p.score.total,
    date: day(p.attempt.completedAt),
    recordId: p.recordId,
    kid: r.kid,
    file: visible(r.file ?? '?'),
    n: String((r.index ?? 0) + 1),
  });
}

/** The records a code matches, trying record ID, key, employee ID, then name (case-insensitive, whole or part). */
function matching(code: string, records: readonly ValidRecord[]): { match: LookupMatch; found: ValidRecord[] } | null {
  const lower = code.toLowerCase();
  const tries: Array<[LookupMatch, (r: ValidRecord) => boolean]> = [
    ['record-id', (r) => r.payload.recordId.toLowerCase() === lower],
    ['key', (r) => r.kid === code],
    ['employee-id', (r) => r.payload.learner.employeeId.toLowerCase() === lower],
    ['name', (r) => r.payload.learner.name.toLowerCase().includes(lower)],
  ];
  for (const [match, test] of tries) {
    const found = records.filter(test);
    if (found.length > 0) return { match, found };
  }
  return null;
}

/**
 * Looks `raw` up. The same record loaded from two files is one certificate; records that only share
 * an id are each shown. Records with this record ID that failed verification are listed apart.
 */
export function lookup(raw: string, valid: readonly ValidRecord[], failures: readonly Failure[], titles: ReadonlyMap<string, string>): LookupResult {
  const code = raw.trim();
  if (code === '') return { kind: 'empty', text: LOOKUP_EMPTY_TEXT };
  const hit = matching(code, distinctRecords(valid));
  const lower = code.toLowerCase();
  const failed = failures.filter((f) => f.recordId?.toLowerCase() === lower);
  if (!hit && failed.length === 0) {
    return { kind: 'none', text: t('lookup.none', { code }) };
  }
  const match = hit?.match ?? 'record-id';
  return {
    kind: 'found',
    match,
    valid: hit ? { heading: tn('lookup.valid', hit.found.length, { by: t(`lookup.by.${match}`) }), lines: hit.found.map((r) => recordLine(r, titles)) } : null,
    failed:
      failed.length > 0
        ? {
            heading: tn('lookup.failed', failed.length),
            lines: failed.map((f) => `${visible(f.file)}, ${positionText(f)}: ${f.text} (${f.reason}).`),
          }
        : null,
  };
}
