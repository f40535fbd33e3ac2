/**
 * Everything the HR page shows once something is loaded: the overview, findings, roster, lookup,
 * reminders, the detail view and the exports. The page loads this with import() as soon as it is
 * ready, so the first load stays small and the code is there before the first file is chosen.
 */
import { t } from '../../i18n/hr-results';
import { ATTENTION, DUE_SOON_DAYS } from '../../lib/hr/attention';
import { employeeDetail } from '../../lib/hr/detail';
import { overview } from '../../lib/hr/overview';
import { mailtoLink, reminders } from '../../lib/hr/reminders';
import { FILTERED, rosterScopeText } from '../../lib/hr/export-plan';
import { isFiltered } from '../../lib/hr/roster-view';
import { employeeNamer } from '../../lib/hr/roster-text';
import type { HrExport } from '../../lib/export/exporters';
import { rosterRowsSteps, rosterWarningsSteps, type Employee, type Roster, type RosterRow } from '../../lib/records/roster';
import type { Manifest } from '../../schemas/manifest';
import { showDetail } from './detail-view';
import { readEmployeeList } from './employee-list';
import { renderFindings } from './findings-view';
import { wireLookup } from './lookup-view';
import { renderOverview } from './overview-view';
import type { Ref } from './refs';
import { wireReminders } from './reminders-view';
import { RosterTable } from './roster-table';
import type { ImportSession } from './session';
import { nextTask } from '../next-task';
import { runInSlices } from '../../lib/slices';

/** Longest piece of roster building per task (the page's budget for a task is 50 ms). */
const SLICE_MS = 25;

export { readEmployeeList };
// The page keeps its session with this code: writing thousands of files is not first-load work.
export { loadSession, saveSession } from './session-keep';

export class HrResults {
  private roster: Roster | undefined;
  private employees: Employee[] | undefined;
  private readonly table: RosterTable;
  /** How many failed records are drawn. */
  private failuresShown = 0;

  constructor(private readonly ref: Ref, private readonly manifest: Manifest, private readonly session: ImportSession) {
    this.table = new RosterTable(ref, (row) => this.detail(row));
    for (const button of ref('roster-section').querySelectorAll<HTMLButtonElement>('[data-hr-export]')) {
      // The buttons are rendered from HR_EXPORTS (Roster.astro), so the attribute is one of its ids.
      button.addEventListener('click', () => void this.exportAs(button.dataset['hrExport'] as HrExport));
    }
    ref('failures-more').querySelector('button')?.addEventListener('click', () => {
      this.failuresShown = renderFindings(this.ref, this.session, this.failuresShown);
    });
    wireLookup(ref, { valid: () => this.session.valid, failures: () => this.session.failures, titles: () => this.titles() });
    wireReminders(ref, { roster: () => this.roster, rows: () => this.table.matchingRows(), dueSoonDays: () => this.dueSoonDays() });
    ref('due-soon-days').addEventListener('input', () => {
      this.table.view.dueSoonDays = this.dueSoonDays();
      this.renderOverview();
      void this.table.renderRows();
    });
  }

  /** Exports what is shown: the roster file holds the filtered rows (and says so in its name); xAPI every valid record. */
  private async exportAs(id: HrExport): Promise<void> {
    const roster = this.roster;
    // Between the overview and the new table (a roster's warnings), the table still shows the last import.
    if (!roster || !this.table.isShowing(roster)) return;
    // Exports load on first use. The activity is the module's page, so its name is the module's current title (manifestXapi).
    const { saveExport, manifestXapi } = await import('../save-export');
    const rows = this.table.matchingRows();
    const filtered = isFiltered(this.table.view);
    const source = {
      records: this.session.valid, acknowledgements: this.session.acknowledgements, roster: { ...roster, rows },
      xapi: manifestXapi(this.manifest), manifest: this.manifest, ...(filtered ? { who: FILTERED } : {}),
    };
    const { status } = saveExport(id, source);
    this.ref('export-status').textContent = id === 'roster-csv' ? `${status} ${rosterScopeText(rows.length, roster.rows.length)}` : status;
  }

  private titles(): Map<string, string> {
    return new Map(this.manifest.modules.map((m) => [`${m.id}@${m.version}`, m.title]));
  }

  private dueSoonDays(): number {
    const n = Number.parseInt(this.ref<HTMLInputElement>('due-soon-days').value, 10);
    return Number.isFinite(n) && n >= 0 ? n : DUE_SOON_DAYS;
  }

  /** Redraws everything from the session and the employee list (undefined: none loaded). */
  async show(employees: Employee[] | undefined): Promise<void> {
    // The workers' last message ends the import's task: the findings and the roster start in a task of their own.
    await nextTask();
    this.employees = employees;
    this.failuresShown = renderFindings(this.ref, this.session);
    this.ref('lookup-section').hidden = this.session.valid.length + this.session.failures.length === 0;
    // This page is served by the site whose manifest verifies the records: records signed elsewhere are a finding.
    // Built in slices of a few milliseconds, so a roster of 20,000 records never holds the page for long.
    const draft = await runInSlices(rosterRowsSteps(this.session.valid, this.manifest, new Date(), employees, location.origin, this.session.acknowledgements), SLICE_MS, nextTask);
    // The overview needs the rows only: it is shown while the warnings, which change no count, are found.
    await nextTask();
    this.roster = draft.roster;
    this.renderOverview();
    // Drawn and laid out in a task of its own: the warnings' first slice waits for the next.
    await nextTask();
    const roster = await runInSlices(rosterWarningsSteps(draft), SLICE_MS, nextTask);
    await nextTask();
    await this.table.show(roster, roster.distinct, this.session.fileCount);
  }

  private renderOverview(): void {
    if (!this.roster) return;
    const listed = this.employees ? new Set(this.employees.map((e) => e.employeeId)) : undefined;
    const o = overview(this.roster, new Date(), this.dueSoonDays(), listed);
    const unique = this.roster.distinct;
    const totals = { valid: unique, files: this.session.fileCount, duplicates: this.session.valid.length - unique + this.session.duplicateFiles, invalid: this.session.failures.length };
    renderOverview(this.ref, o, totals, (kind) => this.table.showAttention(kind, this.dueSoonDays()));
    performance.mark('aga-hr-overview');
  }

  private detail(row: RosterRow): void {
    const roster = this.roster;
    if (!roster) return;
    const d = employeeDetail(row, roster, this.session.valid, this.titles(), employeeNamer(roster.rows), this.session.acknowledgements);
    const site = new URL(import.meta.env.BASE_URL, location.origin).href;
    const now = new Date();
    const needs = ATTENTION.map((kind) => ({ kind, r: reminders(roster, [row], kind, now, this.dueSoonDays())[0] })).find((x) => x.r);
    showDetail(this.ref, d, needs?.r?.email ? { href: mailtoLink(needs.r, needs.kind, site), text: t('remind.write', { email: needs.r.email }) } : null);
  }
}
