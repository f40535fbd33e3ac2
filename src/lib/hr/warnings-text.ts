/** The roster's warnings a page at a time: which to draw next and the lines that say so. */
import { t, tn } from '../../i18n/hr-results';

/** Warnings drawn at a time ("Show more" adds the next page). */
export const WARNINGS_PER_PAGE = 100;

/** One page of warnings to draw, after `shown` drawn (0 starts again). */
export interface WarningsPage {
  from: number;
  to: number;
  /** The count line, '' when every warning fits on the first page (the list says it all then). */
  count: string;
  /** The "Show more" button's label, '' when nothing is left. */
  more: string;
}

export function warningsPage(total: number, shown: number, perPage = WARNINGS_PER_PAGE): WarningsPage {
  const to = Math.min(total, shown + perPage);
  const count = total <= perPage ? '' : to < total ? t('warnings.first', { shown: to, n: total }) : tn('warnings.all', total);
  const left = Math.min(perPage, total - to);
  return { from: shown, to, count, more: left > 0 ? tn('warnings.more', left) : '' };
}
