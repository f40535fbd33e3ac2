/**
 * The words of a learner's status (./module-status.ts decides it): the sentence the home page shows.
 */

import { t, tn } from '../../i18n';
import { STATUS_LABEL } from '../records/status';
import { isoDate, type ModuleStatus } from './module-status';

export * from './module-status';

/** One plain sentence for a status, as the home page shows it; it starts with the status's label. */
export function statusText(s: ModuleStatus): string {
  switch (s.kind) {
    case 'not-started':
      return STATUS_LABEL['not-started'];
    case 'in-progress':
      return s.attempts > 0 ? t('learner.in-progress-attempt', { n: s.attempts + 1 }) : t('status.in-progress');
    case 'passed':
      return t('learner.passed', { label: STATUS_LABEL.passed, date: isoDate(s.date), due: isoDate(s.dueDate) });
    case 'failed':
      return tn('learner.failed', s.attempts, { label: STATUS_LABEL.failed });
    case 'expired':
      return t('learner.expired', { label: STATUS_LABEL.expired, date: isoDate(s.date), due: isoDate(s.dueDate) });
    case 'passed-older':
      return t('learner.passed-older', { label: STATUS_LABEL['passed-older'], version: s.version, date: isoDate(s.date) });
  }
}
