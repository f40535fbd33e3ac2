/**
 * Draws the overview: attention counts as buttons into the filtered roster, and per module,
 * department and manager a table whose rows carry a stacked bar (SVG drawn from barSegments) and the
 * figures themselves, so the chart has its text beside it and colour is never the only carrier.
 */
import { ATTENTION, ATTENTION_LABEL, type Attention } from '../../lib/hr/attention';
import { t, tn } from '../../i18n/hr-results';
import { tn as hrTn } from '../../i18n/hr';
import { OVERVIEW_STATUSES, percent, type Overview, type Tally } from '../../lib/hr/overview';
import { STATUS_LABEL } from '../../lib/records/status';
import { barLabel, barSegments } from '../../lib/hr/stacked-bars';
import { policyOverviewText } from '../../lib/hr/policy-text';
import { el } from './dom';
import type { Ref } from './refs';

const SVG = 'http://www.w3.org/2000/svg';

function bar(label: string, tally: Tally): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('class', 'hr-bar');
  svg.setAttribute('viewBox', '0 0 100 10');
  svg.setAttribute('preserveAspectRatio', 'none');
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', barLabel(label, tally));
  for (const s of barSegments(tally)) {
    const rect = document.createElementNS(SVG, 'rect');
    rect.setAttribute('class', `s-${s.status}`);
    rect.setAttribute('x', String(s.x));
    rect.setAttribute('width', String(s.width));
    rect.setAttribute('height', '10');
    svg.append(rect);
  }
  return svg;
}

/** A table: one row per module or group, a bar, then "count (percent)" per status. */
function table(caption: string, first: string, rows: Array<{ label: string; people?: number; tally: Tally }>): HTMLElement {
  // On a phone the table scrolls inside this box, which keyboard users must be able to reach and scroll.
  const wrap = el('div', 'table-scroll');
  wrap.tabIndex = 0;
  wrap.setAttribute('role', 'region');
  wrap.setAttribute('aria-label', t('overview.scrolls', { caption }));
  const tableEl = el('table');
  tableEl.append(el('caption', undefined, caption));
  const head = el('tr');
  const cols = [first, ...(rows.some((r) => r.people !== undefined) ? [t('overview.col.people')] : []), t('overview.col.chart')];
  for (const c of cols) {
    const th = el('th', undefined, c);
    th.scope = 'col';
    head.append(th);
  }
  for (const s of OVERVIEW_STATUSES) {
    const th = el('th');
    th.scope = 'col';
    th.append(el('span', `hr-swatch s-${s}`), STATUS_LABEL[s]);
    head.append(th);
  }
  const thead = el('thead');
  thead.append(head);
  const body = el('tbody');
  for (const r of rows) {
    const tr = el('tr');
    const th = el('th', undefined, r.label);
    th.scope = 'row';
    tr.append(th);
    if (r.people !== undefined) tr.append(el('td', 'num', r.people.toLocaleString('en-US')));
    const chart = el('td');
    chart.append(bar(r.label, r.tally));
    tr.append(chart);
    for (const s of OVERVIEW_STATUSES) tr.append(el('td', 'num', `${r.tally.counts[s].toLocaleString('en-US')} (${percent(r.tally.counts[s], r.tally.total)}%)`));
    body.append(tr);
  }
  tableEl.append(thead, body);
  wrap.append(tableEl);
  return wrap;
}

/** What the figures count, in one sentence. */
function baseText(o: Overview, valid: number, files: number, duplicates: number, invalid: number): string {
  const whom = tn(o.base === 'employee-list' ? 'overview.whom.list' : 'overview.whom.records', o.people);
  const unlisted = o.unlisted > 0 ? tn('overview.unlisted', o.unlisted) : '';
  return t('overview.base', {
    whom,
    valid: tn('overview.valid', valid),
    files: hrTn('hr.n.file', files),
    duplicates: tn('overview.duplicates', duplicates),
    invalid: hrTn('hr.n.record', invalid),
    unlisted,
  });
}

export interface OverviewTotals {
  valid: number;
  files: number;
  duplicates: number;
  invalid: number;
}

export function renderOverview(ref: Ref, o: Overview, totals: OverviewTotals, onAttention: (kind: Attention) => void): void {
  ref('overview-section').hidden = false;
  ref('overview-base').textContent = baseText(o, totals.valid, totals.files, totals.duplicates, totals.invalid);
  const policy = ref('overview-policy');
  policy.textContent = policyOverviewText(o);
  policy.hidden = policy.textContent === '';
  const days = ref<HTMLInputElement>('due-soon-days').value;
  ref('attention').replaceChildren(
    ...ATTENTION.map((kind) => {
      const li = el('li');
      const what = kind === 'due-soon' ? t('overview.due-soon', { label: ATTENTION_LABEL[kind], days }) : ATTENTION_LABEL[kind];
      const button = el('button', 'secondary', t('overview.attention', { what, people: tn('overview.people', o.attention[kind]) }));
      button.type = 'button';
      button.dataset['attention'] = kind;
      button.addEventListener('click', () => onAttention(kind));
      li.append(button);
      return li;
    }),
  );
  const parts: HTMLElement[] = [table(t('overview.per-module'), t('overview.col.module'), o.modules.map((m) => ({ label: m.title, tally: m.tally })))];
  if (o.departments.length > 0) parts.push(table(t('overview.per-department'), t('overview.col.department'), o.departments));
  if (o.managers.length > 0) {
    const details = el('details');
    details.append(el('summary', undefined, tn('overview.per-manager.summary', o.managers.length)), table(t('overview.per-manager'), t('overview.col.manager'), o.managers));
    parts.push(details);
  }
  ref('overview-tables').replaceChildren(...parts);
}
