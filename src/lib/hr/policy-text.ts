/**
 * The HR page's words about policy acknowledgements and identities: the roster's column heading and
 * cell, the overview's sentence, and the lines of an employee's detail view.
 */
import { t } from '../../i18n/hr';
import type { ValidAcknowledgement } from '../records/acknowledgements';
import { identityLabel } from '../records/verify-v2';
import type { RosterRow } from '../records/roster';
import type { Overview } from './overview';
import { percent } from './overview';
import { tn } from '../../i18n/hr-results';
import { day } from './roster-view';
import { visible } from '../text/visible';

/** The roster's column heading: "Policy <version> acknowledged". */
export function policyColumnText(version: string): string {
  return t('hr.policy.column', { version });
}

/** The roster's cell: the date the employee first acknowledged the current version, or "no". */
export function policyCellText(row: RosterRow): string {
  return row.acknowledgedAt ? day(row.acknowledgedAt) : t('hr.policy.no');
}

/** The overview's sentence: how many of the people counted acknowledged the current version; '' without one. */
export function policyOverviewText(o: Overview): string {
  if (!o.policy) return '';
  return t('hr.policy.overview', { version: o.policy.version, acknowledged: o.policy.acknowledged, people: tn('overview.people', o.people), percent: percent(o.policy.acknowledged, o.people) });
}

/** The identity column's heading. */
export function identityColumnText(): string {
  return t('hr.identity.column');
}

/** The detail view's facts: who vouches for the records, and the current policy version's acknowledgement. */
export function detailFacts(row: RosterRow, version: string | undefined): string[] {
  return [
    ...(row.identity ? [t('hr.identity.detail', { identity: row.identity })] : []),
    ...(version !== undefined ? [t('hr.policy.detail', { version, date: policyCellText(row) })] : []),
  ];
}

/** A completion's line in the detail view, with the identity its record was verified with. */
export function withIdentity(line: string, identity: Parameters<typeof identityLabel>[0] | undefined): string {
  return t('hr.record.identity', { line, identity: identityLabel(identity ?? { method: 'self-declared' }) });
}

/** One acknowledgement in a sentence, for the detail view. */
export function acknowledgementLine(a: ValidAcknowledgement): string {
  const p = a.payload;
  return t('hr.policy.record', {
    name: p.learner.name, employeeId: p.learner.employeeId, email: p.learner.email, version: p.policy.version, date: day(p.acknowledgedAt),
    seconds: p.readingSeconds, recordId: p.recordId, kid: a.kid, identity: identityLabel(a.identity ?? { method: 'self-declared' }),
    file: visible(a.file ?? '?'), index: (a.index ?? 0) + 1,
  });
}
