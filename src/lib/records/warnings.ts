/**
 * What HR is told about each roster finding, in one wording for the HR page and the command line
 * (the words are in src/i18n/en/findings.ts). Findings are warnings, never failures; each says
 * what it means and what to do.
 */
import { t, tn } from '../../i18n/findings';
import { ATTEMPT_BURST_MINUTES, MIN_SECONDS_PER_QUESTION } from './findings';
import type { RosterWarning } from './roster';

/** Where a copy came from, as a person reads it: file and 1-based record number. */
function origin(c: { file?: string; index?: number }): string {
  return t('finding.origin', { file: c.file ?? t('finding.origin.unknown'), n: (c.index ?? 0) + 1 });
}

/** Names listed in one warning; the rest are counted, so one warning never runs to thousands of ids. */
const MAX_NAMED = 20;
function some(items: readonly string[], show: (item: string) => string = (x) => x): string {
  const named = items.slice(0, MAX_NAMED).map(show).join(', ');
  return items.length > MAX_NAMED ? t('finding.more', { named, n: items.length - MAX_NAMED }) : named;
}
const quoted = (s: string) => JSON.stringify(s);
const ranges = (r: ReadonlyArray<[number, number]>) => r.map(([a, b]) => (a === b ? `${a}` : `${a}-${b}`)).join(', ');

function attemptParts(w: Extract<RosterWarning, { kind: 'attempt-numbers' }>): string {
  const parts: string[] = [];
  if (w.repeated.length > 0) parts.push(t('finding.attempt-numbers.repeated', { numbers: w.repeated.join(', ') }));
  if (w.missing.length > 0) {
    const listed = w.moreMissing > 0 ? t('finding.attempt-numbers.more', { ranges: ranges(w.missing), n: w.moreMissing }) : ranges(w.missing);
    const single = w.missing.length === 1 && w.missing[0]![0] === w.missing[0]![1] && w.moreMissing === 0;
    parts.push(t(single ? 'finding.attempt-numbers.missing.one' : 'finding.attempt-numbers.missing.other', { ranges: listed }));
  }
  return parts.join('; ');
}

/**
 * The plain-language text of a finding. `who` turns an employee id into what the reader
 * recognises (the HR page adds the name from the roster); by default the id itself.
 */
export function warningText(w: RosterWarning, who: (employeeId: string) => string = (id) => id): string {
  switch (w.kind) {
    case 'several-keys':
      return t('finding.several-keys', { who: who(w.employeeId), n: w.kids.length, kids: w.kids.join(', ') });
    case 'shared-key':
      return t('finding.shared-key', { kid: w.kid, n: w.employeeIds.length, who: w.employeeIds.map(who).join(', ') });
    case 'duplicate-record':
      return t('finding.duplicate-record', { recordId: w.recordId, n: w.count });
    case 'record-conflict':
      return t('finding.record-conflict', {
        recordId: w.recordId,
        n: w.copies.length,
        copies: w.copies.map((c) => t('finding.record-conflict.copy', { origin: origin(c), who: who(c.employeeId), kid: c.kid })).join('; '),
      });
    case 'hidden-characters':
      return t('finding.hidden-characters', { who: who(w.employeeId), field: t(`finding.field.${w.field}`), value: quoted(w.value) });
    case 'shared-email':
      return t('finding.shared-email', { email: w.email, n: w.employeeIds.length, who: some(w.employeeIds, who) });
    case 'differs-from-list':
      return t('finding.differs-from-list', { id: w.employeeId, field: t(`finding.field.${w.field}`), listed: quoted(w.listed), recorded: some(w.recorded, quoted) });
    case 'not-on-list':
      return tn('finding.not-on-list', w.employeeIds.length, { ids: some(w.employeeIds) });
    case 'attempt-numbers':
      return t('finding.attempt-numbers', { who: who(w.employeeId), module: w.moduleId, kid: w.kid, parts: attemptParts(w) });
    case 'keys-in-a-day':
      return t('finding.keys-in-a-day', { who: who(w.employeeId), n: w.kids.length, from: w.from, to: w.to, kids: w.kids.join(', ') });
    case 'site-origin':
      return w.expected !== undefined
        ? tn('finding.site-origin', w.count, { origin: w.origin, expected: w.expected, who: some(w.employeeIds, who) })
        : tn('finding.site-origin.several', w.count, { origin: w.origin, who: some(w.employeeIds, who) });
    case 'too-fast':
      return tn('finding.too-fast', w.count, { who: who(w.employeeId), module: w.moduleId, questions: w.questions, seconds: w.seconds, floor: MIN_SECONDS_PER_QUESTION });
    case 'many-attempts':
      return t('finding.many-attempts', { who: who(w.employeeId), module: w.moduleId, n: w.count, minutes: ATTEMPT_BURST_MINUTES, from: w.from, to: w.to });
    case 'future-date':
      return tn('finding.future-date', w.count, { who: who(w.employeeId), latest: w.latest, now: w.now });
  }
}
