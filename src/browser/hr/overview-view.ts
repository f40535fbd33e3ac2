/**
 * Draws the overview: attention counts as buttons into the filtered roster, and per module,
 * department and manager a table whose rows carry a stacked bar (SVG drawn from barSegments) and the
 * figures themselves, so the chart has its text beside it and colour is never the only carrier.
 */
import { ATTENTION, ATTENTION_LABEL, type Attention } from '../../lib/hr/attention';
import { count } from '../../lib/hr/count';
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
  wrap.setAttribute('aria-label', `${caption}, scrolls sideways`);
  const t = el('table');
  t.append(el('caption', undefined, caption));
  const head = el('tr');
  const cols = [first, ...(rows.some((r) => r.people !== undefined) ? ['People'] : []), 'Chart'];
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
  t.append(thead, body);
  wrap.append(t);
  return wrap;
}

/** What the figures count, in one sentence. */
function baseText(o: Overview, valid: number, files: number, duplicates: number, invalid: number): string {
  const whom = o.base === 'employee-list' ? `the ${count(o.people, 'person', 'people')} on the employee list` : `the ${count(o.people, 'person', 'people')} with valid records (load the employee list to see who has not started)`;
  const unlisted = o.unlisted > 0 ? ` ${count(o.unlisted, 'person', 'people')} with records but not on the list ${o.unlisted === 1 ? 'is' : 'are'} left out of the figures.` : '';
  return `Percentages are of ${whom}. Counted: ${count(valid, 'unique valid record')} from ${count(files, 'file')}; ${count(duplicates, 'duplicate copy', 'duplicate copies')} ignored; ${count(invalid, 'record')} that failed verification not counted.${unlisted}`;
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
      const what = kind === 'due-soon' ? `${ATTENTION_LABEL[kind]} (within ${days} days)` : ATTENTION_LABEL[kind];
      const button = el('button', 'secondary', `${what}: ${count(o.attention[kind], 'person', 'people')}`);
      button.type = 'button';
      button.dataset['attention'] = kind;
      button.addEventListener('click', () => onAttention(kind));
      li.append(button);
      return li;
    }),
  );
  const parts: HTMLElement[] = [table('Completion per module', 'Module', o.modules.map((m) => ({ label: m.title, tally: m.tally })))];
  if (o.departments.length > 0) parts.push(table('Completion per department (every module)', 'Department', o.departments));
  if (o.managers.length > 0) {
    const details = el('details');
    details.append(el('summary', undefined, `Completion per manager (${count(o.managers.length, 'manager')})`), table('Completion per manager (every module)', 'Manager', o.managers));
    parts.push(details);
  }
  ref('overview-tables').replaceChildren(...parts);
}
