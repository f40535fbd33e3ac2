/**
 * Geometry of a stacked bar: one segment per status, widths in percent of the bar, so the HR page
 * draws it as SVG with no charting library. The words for it come from barLabel.
 */
import { t } from '../../i18n/hr-results';
import type { CellStatus } from '../records/roster';
import { STATUS_LABEL } from '../records/status';
import { OVERVIEW_STATUSES, percent, type Tally } from './overview';

export interface BarSegment {
  status: CellStatus;
  count: number;
  /** Left edge and width, in percent of the bar (0..100). */
  x: number;
  width: number;
}

/** The non-empty segments of a tally, in OVERVIEW_STATUSES order, filling the bar exactly. */
export function barSegments(tally: Tally): BarSegment[] {
  const out: BarSegment[] = [];
  let x = 0;
  for (const status of OVERVIEW_STATUSES) {
    const count = tally.counts[status];
    if (count === 0 || tally.total === 0) continue;
    const width = (100 * count) / tally.total;
    out.push({ status, count, x, width });
    x += width;
  }
  return out;
}

/** "Alpha: 60% passed (1,800), 10% expired (300)…": the bar in words, for its accessible name. */
export function barLabel(label: string, tally: Tally): string {
  if (tally.total === 0) return t('overview.bar.empty', { label });
  const parts = barSegments(tally).map((s) => `${percent(s.count, tally.total)}% ${STATUS_LABEL[s.status].toLowerCase()} (${s.count.toLocaleString('en-US')})`);
  return `${label}: ${parts.join(', ')}`;
}
