/**
 * The roster table with its filters, sortable header, "Show more" paging and warnings. The rows
 * to show come from the pure visibleRows; this only draws them, a few dozen per frame.
 */
import { t } from '../../i18n/hr-results';
import { rosterCountText, rosterSummaryText, ROWS_PER_PAGE, showMoreText } from '../../lib/hr/roster-text';
import type { Attention } from '../../lib/hr/attention';
import { cellText, defaultView, visibleRows, type RosterView } from '../../lib/hr/roster-view';
import { isCompletionStatus, STATUS_TONE } from '../../lib/records/status';
import type { Roster, RosterRow } from '../../lib/records/roster';
import { piecesOf } from '../../lib/slices';
import { identityColumnText, policyCellText, policyColumnText } from '../../lib/hr/policy-text';
import { el } from './dom';
import { nextFrame } from './next-frame';
import type { Ref } from './refs';
import { WarningsView } from './warnings-view';

/** Of a page, rows drawn per frame: a table lays out a few dozen new rows in milliseconds, 250 at once took over 100 ms. */
const ROWS_PER_FRAME = 50;

export class RosterTable {
  private roster: Roster | undefined;
  /** How many of the visible roster rows are drawn. */
  private shown = 0;
  /** Counts drawings of the rows: a drawing still in progress stops when a newer one starts. */
  private drawing = 0;
  private readonly warnings: WarningsView;
  readonly view: RosterView = defaultView();

  /** `onDetail` opens an employee's detail view. */
  constructor(private readonly ref: Ref, private readonly onDetail: (row: RosterRow) => void) {
    this.warnings = new WarningsView(ref);
    const search = ref<HTMLInputElement>('search');
    search.addEventListener('input', () => {
      this.view.query = search.value;
      void this.renderRows();
    });
    for (const [name, key] of [['filter-department', 'department'], ['filter-manager', 'manager'], ['filter-attention', 'attention'], ['filter-identity', 'identity']] as const) {
      const select = ref<HTMLSelectElement>(name);
      select.addEventListener('change', () => {
        // The select's options are the only values it can hold: '' or one of its kind.
        (this.view as unknown as Record<string, string>)[key] = select.value;
        void this.renderRows();
      });
    }
    const module = ref<HTMLSelectElement>('filter-module');
    const status = ref<HTMLSelectElement>('filter-status');
    const due = ref<HTMLInputElement>('filter-due');
    module.addEventListener('change', () => {
      this.view.module = module.value;
      void this.renderRows();
    });
    status.addEventListener('change', () => {
      this.view.status = isCompletionStatus(status.value) ? status.value : '';
      void this.renderRows();
    });
    due.addEventListener('input', () => {
      const n = Number.parseInt(due.value, 10);
      this.view.dueWithinDays = due.value.trim() === '' || !Number.isFinite(n) || n < 0 ? null : n;
      void this.renderRows();
    });
    ref('show-more').querySelector('button')?.addEventListener('click', () => void this.renderRows(true));
  }

  /** True once `roster` is the one drawn. */
  isShowing(roster: Roster): boolean {
    return this.roster === roster;
  }

  /** Shows a new roster; `valid` and `files` are the loaded totals for the summary line. Resolves once it is drawn. */
  async show(roster: Roster, valid: number, files: number): Promise<void> {
    this.roster = roster;
    this.ref('roster-section').hidden = roster.rows.length === 0;
    const withResult = roster.rows.filter((r) => r.keys.length > 0).length;
    this.ref('roster-summary').textContent = rosterSummaryText(roster.rows.length, withResult, valid, files);
    const select = this.ref<HTMLSelectElement>('filter-module');
    const chosen = select.value;
    // The first option, "All modules", is the page's own (components/hr/Roster.astro), kept as it is.
    const all = select.querySelector('option[value=""]');
    select.replaceChildren(...(all ? [all] : []), ...roster.modules.map((m) => {
      const o = el('option', undefined, m.title);
      o.value = m.id;
      return o;
    }));
    select.value = roster.modules.some((m) => m.id === chosen) ? chosen : '';
    this.view.module = select.value;
    this.fillGroup('department', roster.rows.map((r) => r.department));
    this.fillGroup('manager', roster.rows.map((r) => r.manager));
    this.renderHead();
    await this.renderRows();
    // The warnings (long lines of ids and key thumbprints) are laid out in a frame of their own:
    // with the last rows of the table that one frame took 54-65 ms at 3,000 people.
    await nextFrame();
    if (this.roster === roster) this.warnings.show(roster);
  }

  /** Fills the department or manager filter with the values the employee list holds; hidden without a list. */
  private fillGroup(key: 'department' | 'manager', values: Array<string | undefined>): void {
    const select = this.ref<HTMLSelectElement>(`filter-${key}`);
    const distinct = [...new Set(values.filter((v): v is string => v !== undefined && v !== ''))].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
    this.ref(`${key}-filter`).hidden = distinct.length === 0;
    const chosen = select.value;
    const first = select.options[0]!;
    select.replaceChildren(first, ...distinct.map((v) => {
      const o = el('option', undefined, v);
      o.value = v;
      return o;
    }));
    select.value = distinct.includes(chosen) ? chosen : '';
    this.view[key] = select.value;
  }

  /** Shows those needing `kind` (from the overview) and brings the roster into view. */
  showAttention(kind: Attention, dueSoonDays: number): void {
    this.ref<HTMLSelectElement>('filter-attention').value = kind;
    this.view.attention = kind;
    this.view.dueSoonDays = dueSoonDays;
    void this.renderRows();
    const heading = this.ref('roster-section').querySelector('h2');
    heading?.setAttribute('tabindex', '-1');
    heading?.focus();
  }

  /** Every row the filters let through, in the table's order (not only those drawn). */
  matchingRows(): RosterRow[] {
    return this.roster ? visibleRows(this.roster, this.view, new Date()) : [];
  }

  private renderHead(): void {
    const roster = this.roster;
    if (!roster) return;
    const columns: Array<{ key: string | null; label: string }> = [
      { key: 'employeeId', label: t('roster-col.employee-id') },
      { key: 'name', label: t('roster-col.name') },
      { key: null, label: t('roster-col.email') },
      ...(roster.rows.some((r) => r.department) ? [{ key: null, label: t('roster-col.department') }] : []),
      ...roster.modules.map((m) => ({ key: m.id, label: m.title })),
      ...(roster.policy ? [{ key: null, label: policyColumnText(roster.policy.version) }] : []),
      { key: null, label: identityColumnText() },
    ];
    this.ref('roster-head').replaceChildren(
      ...columns.map(({ key, label }) => {
        const th = el('th');
        th.scope = 'col';
        if (key === null) {
          th.textContent = label;
          return th;
        }
        if (this.view.sort === key) th.setAttribute('aria-sort', this.view.direction);
        const button = el('button', undefined, label);
        button.type = 'button';
        button.addEventListener('click', () => {
          this.view.direction = this.view.sort === key && this.view.direction === 'ascending' ? 'descending' : 'ascending';
          this.view.sort = key;
          this.renderHead();
          void this.renderRows();
          this.ref('roster-head').querySelector<HTMLButtonElement>(`th[aria-sort] button`)?.focus();
        });
        th.append(button);
        return th;
      }),
    );
  }

  /**
   * Draws the roster's rows. Thousands of rows are drawn a page at a time ("Show more"), and a page
   * ROWS_PER_FRAME rows per frame: a table lays out a few dozen new rows in milliseconds, where 250
   * at once held the page for a tenth of a second or more. Filters and sorting always work on every
   * row. Resolves once drawn, or when a newer drawing (a filter typed meanwhile) took over.
   */
  async renderRows(more = false): Promise<void> {
    const roster = this.roster;
    if (!roster) return;
    const drawing = ++this.drawing;
    const rows = visibleRows(roster, this.view, new Date());
    if (!more) this.shown = 0;
    const body = this.ref('roster-body');
    const table = body.closest('table');
    table?.setAttribute('aria-busy', 'true');
    for (const [n, [from, to]] of piecesOf(this.shown, Math.min(rows.length, this.shown + ROWS_PER_PAGE), ROWS_PER_FRAME).entries()) {
      if (n > 0) await nextFrame();
      if (drawing !== this.drawing) return;
      const part = this.rowsOf(roster, rows.slice(from, to));
      if (n === 0 && !more) body.replaceChildren(part);
      else body.append(part);
      this.shown = to;
    }
    // A page with no rows (nothing matches) still clears the table.
    if (this.shown === 0) body.replaceChildren();
    table?.removeAttribute('aria-busy');
    this.ref('roster-count').textContent = rosterCountText(this.shown, rows.length, roster.rows.length);
    const moreBox = this.ref('show-more');
    moreBox.hidden = this.shown >= rows.length;
    const button = moreBox.querySelector('button');
    if (button) button.textContent = showMoreText(this.shown, rows.length);
  }

  /** The table rows of `rows`. */
  private rowsOf(roster: Roster, rows: readonly RosterRow[]): DocumentFragment {
    const withDepartment = roster.rows.some((r) => r.department);
    const body = document.createDocumentFragment();
    for (const row of rows) {
      const tr = el('tr');
      const id = el('th');
      id.scope = 'row';
      const open = el('button', undefined, row.employeeId);
      open.type = 'button';
      open.addEventListener('click', () => this.onDetail(row));
      id.append(open);
      tr.append(id, el('td', undefined, row.name), el('td', 'hr-file', row.email));
      if (withDepartment) tr.append(el('td', undefined, row.department ?? ''));
      for (const m of roster.modules) {
        const cell = row.cells[m.id] ?? { status: 'not-started' as const, attempts: 0 };
        const { label, detail, due } = cellText(cell);
        const td = el('td');
        if (due) td.title = due;
        td.append(el('span', `badge badge--${STATUS_TONE[cell.status]}`, label), el('span', 'hr-cell__detail', detail));
        tr.append(td);
      }
      if (roster.policy) tr.append(el('td', undefined, policyCellText(row)));
      tr.append(el('td', undefined, row.identity));
      body.append(tr);
    }
    return body;
  }
}
