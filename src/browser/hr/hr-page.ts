/**
 * `<aga-hr>`: the HR page. Takes record files (input, folder input or drop), verifies them in
 * workers against this site's manifest, keeps everything loaded in an ImportSession (and on this
 * computer, see session-store) and shows the overview, what did not import, the roster, warnings,
 * a certificate lookup, reminders and the exports.
 * Nothing is uploaded: the only request the page makes is for the manifest, at load.
 * This element only wires the parts: each job is a module beside it, its words in src/lib/hr/.
 */
import { ATTENTION, DUE_SOON_DAYS } from '../../lib/hr/attention';
import { employeeDetail } from '../../lib/hr/detail';
import { keptText, notKeptText, restoredText } from '../../lib/hr/kept-text';
import { overview } from '../../lib/hr/overview';
import { mailtoLink, reminders } from '../../lib/hr/reminders';
import { isFiltered } from '../../lib/hr/roster-view';
import { NOT_READY_TEXT, NOTHING_CHOSEN_TEXT, READY_TEXT, batchText, checkingText, manifestErrorText, stoppedText } from '../../lib/hr/status-text';
import { buildRoster, distinctRecords, type Employee, type Roster, type RosterRow } from '../../lib/records/roster';
import type { Manifest } from '../../schemas/manifest';
import { fetchManifest } from '../manifest';
import { showDetail } from './detail-view';
import { readEmployeeList } from './employee-list';
import { renderFindings } from './findings-view';
import { exportRosterCsv, exportXapi } from './hr-exports';
import { wireIntake } from './intake-wire';
import type { Picked } from './intake';
import { wireLookup } from './lookup-view';
import { renderOverview } from './overview-view';
import { VerifierPool, type Run } from './pool';
import { ProgressView } from './progress-view';
import { refsOf, type Ref } from './refs';
import { wireReminders } from './reminders-view';
import { RosterTable } from './roster-table';
import { ImportSession } from './session';
import { clearSession, loadSession, saveSession } from './session-store';

class AgaHr extends HTMLElement {
  private manifest: Manifest | undefined;
  private pool: VerifierPool | undefined;
  private running: Run | undefined;
  private readonly session = new ImportSession();
  private employees: Employee[] | undefined;
  private employeeFile: File | null = null;
  /** Every import that was added, as chosen, so the session can be kept and replayed. */
  private readonly batchesAdded: Picked[][] = [];
  /** False while something loaded is not (yet) kept on this computer. */
  private kept = true;
  private roster: Roster | undefined;
  private batches = 0;
  private readonly ref: Ref = refsOf(this);
  /** Made in wire(), once the element's parts are in the document. */
  private table!: RosterTable;

  connectedCallback(): void {
    this.wire();
    void this.loadManifest();
  }

  private setState(state: 'loading' | 'ready' | 'busy' | 'error'): void {
    this.dataset['state'] = state;
    const disabled = state !== 'ready';
    for (const name of ['files', 'folder']) this.ref<HTMLInputElement>(name).disabled = disabled;
    this.ref<HTMLInputElement>('employees').disabled = state === 'loading' || state === 'error';
  }

  private status(text: string): void {
    this.ref('status').textContent = text;
  }

  private async loadManifest(): Promise<void> {
    try {
      // fetchManifest validates the manifest with its schema before it is used.
      const manifest = await fetchManifest();
      this.manifest = manifest;
      // Starting the workers now fetches their scripts before any file is chosen.
      this.pool = new VerifierPool(manifest);
    } catch (err) {
      const box = this.ref('manifest-error');
      box.textContent = manifestErrorText(`${import.meta.env.BASE_URL}records/manifest.json`, err instanceof Error ? err.message : String(err));
      box.hidden = false;
      this.status(NOT_READY_TEXT);
      this.setState('error');
      return;
    }
    this.status(READY_TEXT);
    this.setState('ready');
    await this.restore();
  }

  /** Replays the session kept on this computer, if any, through the same import as the first time. */
  private async restore(): Promise<void> {
    const stored = await loadSession().catch(() => null);
    if (!stored || (stored.batches.length === 0 && !stored.employees)) return;
    if (stored.employees) await this.loadEmployees(stored.employees, false);
    for (const batch of stored.batches) await this.import(batch, false);
    this.status(`${restoredText(stored.savedAt)} ${this.ref('status').textContent ?? ''}`);
    this.dataset['restored'] = 'true';
  }

  private async keep(): Promise<void> {
    this.kept = false;
    try {
      await saveSession(this.batchesAdded, this.employeeFile);
      this.kept = true;
      this.ref('kept').textContent = keptText(this.session.fileCount, this.employeeFile !== null);
    } catch (err) {
      this.ref('kept').textContent = notKeptText(err instanceof Error ? err.message : String(err));
    }
    this.ref('kept-section').hidden = false;
  }

  private wire(): void {
    this.table = new RosterTable(this.ref, (row) => this.detail(row));
    wireIntake(this.ref, {
      onPicked: (picked) => void this.import(picked),
      isReady: () => this.dataset['state'] === 'ready',
      status: (text) => this.status(text),
    });
    this.ref('cancel').addEventListener('click', () => this.running?.cancel());
    this.ref<HTMLInputElement>('employees').addEventListener('change', (e) => {
      const input = e.currentTarget as HTMLInputElement;
      const file = input.files?.[0];
      input.value = '';
      if (file) void this.loadEmployees(file);
    });
    this.ref('forget').addEventListener('click', () => void clearSession().finally(() => location.reload()));
    // Only what is not kept on this computer would be lost by leaving.
    window.addEventListener('beforeunload', (e) => {
      if (this.running || !this.kept) e.preventDefault();
    });
    const saved = (text: string) => (this.ref('export-status').textContent = text);
    this.ref('export-csv').addEventListener('click', () => {
      if (this.roster) saved(exportRosterCsv(this.roster, this.table.matchingRows(), isFiltered(this.table.view)));
    });
    this.ref('export-xapi').addEventListener('click', () => {
      if (this.manifest) void exportXapi(this.manifest, this.session.valid).then(saved);
    });
    wireLookup(this.ref, { valid: () => this.session.valid, failures: () => this.session.failures, titles: () => this.titles() });
    wireReminders(this.ref, { roster: () => this.roster, rows: () => this.table.matchingRows(), dueSoonDays: () => this.dueSoonDays() });
    this.ref('due-soon-days').addEventListener('input', () => {
      this.table.view.dueSoonDays = this.dueSoonDays();
      this.renderOverview();
      this.table.renderRows();
    });
  }

  private titles(): Map<string, string> {
    return new Map(this.manifest?.modules.map((m) => [`${m.id}@${m.version}`, m.title]) ?? []);
  }

  private dueSoonDays(): number {
    const n = Number.parseInt(this.ref<HTMLInputElement>('due-soon-days').value, 10);
    return Number.isFinite(n) && n >= 0 ? n : DUE_SOON_DAYS;
  }

  /** `keep`: false while replaying a kept session (it is kept already). */
  private async import(picked: Picked[], keep = true): Promise<void> {
    const pool = this.pool;
    if (!pool || this.dataset['state'] !== 'ready') return;
    if (picked.length === 0) {
      this.status(NOTHING_CHOSEN_TEXT);
      return;
    }
    // Marks let the benchmark read the time from files chosen to a finished roster.
    performance.mark('aga-hr-import-start');
    const { toRead, skipped, tooLarge } = this.session.triage(picked);
    const totalBytes = toRead.reduce((sum, p) => sum + p.file.size, 0);
    const progress = new ProgressView(this.ref);
    progress.start(totalBytes, toRead.length);
    this.setState('busy');
    this.status(checkingText(toRead.length, totalBytes));
    const run = pool.run(toRead.map((p) => p.file), (done) => progress.update(done));
    this.running = run;
    let results: Awaited<Run['result']> = null;
    let stopped = '';
    try {
      results = await run.result;
    } catch (err) {
      stopped = err instanceof Error ? err.message : String(err);
    } finally {
      this.running = undefined;
      progress.hide();
    }
    if (results === null) this.status(stoppedText(toRead.length, stopped));
    else {
      const summary = this.session.add(toRead, results, tooLarge, skipped);
      this.batchesAdded.push(picked);
      this.status(batchText(summary, { files: this.session.fileCount, valid: this.session.valid.length }));
      renderFindings(this.ref, this.session.problems, this.session.failures);
      this.ref('lookup-section').hidden = this.session.valid.length + this.session.failures.length === 0;
      await this.renderRoster();
      if (keep) await this.keep();
    }
    this.batches += 1;
    performance.mark('aga-hr-import-end');
    this.dataset['batches'] = String(this.batches);
    this.setState('ready');
  }

  private async loadEmployees(file: File, keep = true): Promise<void> {
    const employees = await readEmployeeList(this.ref, file, this.employees !== undefined);
    if (!employees) return;
    this.employees = employees;
    this.employeeFile = file;
    await this.renderRoster();
    if (keep) await this.keep();
  }

  private async renderRoster(): Promise<void> {
    const manifest = this.manifest;
    if (!manifest) return;
    const roster = buildRoster(this.session.valid, manifest, new Date(), this.employees);
    // Building and drawing a roster of thousands are two tasks, so the page answers input in between.
    await new Promise((resolve) => setTimeout(resolve, 0));
    this.roster = roster;
    this.renderOverview();
    this.table.show(roster, distinctRecords(this.session.valid).length, this.session.fileCount);
  }

  private renderOverview(): void {
    if (!this.roster) return;
    const listed = this.employees ? new Set(this.employees.map((e) => e.employeeId)) : undefined;
    const o = overview(this.roster, new Date(), this.dueSoonDays(), listed);
    const unique = distinctRecords(this.session.valid).length;
    const totals = { valid: unique, files: this.session.fileCount, duplicates: this.session.valid.length - unique + this.session.duplicateFiles, invalid: this.session.failures.length };
    renderOverview(this.ref, o, totals, (kind) => this.table.showAttention(kind, this.dueSoonDays()));
    performance.mark('aga-hr-overview');
  }

  private detail(row: RosterRow): void {
    if (!this.roster) return;
    const names = new Map(this.roster.rows.map((r) => [r.employeeId, r.name]));
    const d = employeeDetail(row, this.roster, this.session.valid, this.titles(), (id) => (names.get(id) ? `${id} (${names.get(id)})` : id));
    const site = new URL(import.meta.env.BASE_URL, location.origin).href;
    const kind = ATTENTION.find((k) => reminders(this.roster!, [row], k, new Date(), this.dueSoonDays()).length > 0);
    const r = kind ? reminders(this.roster, [row], kind, new Date(), this.dueSoonDays())[0] : undefined;
    showDetail(this.ref, d, kind && r && r.email ? { href: mailtoLink(r, kind, site), text: `Write a reminder to ${r.email}` } : null);
  }
}

if (!customElements.get('aga-hr')) customElements.define('aga-hr', AgaHr);
