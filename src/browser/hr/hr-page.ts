/**
 * `<aga-hr>`: the HR page. Takes record files (input, folder input or drop), verifies them in
 * workers against this site's manifest, keeps everything loaded in an ImportSession and shows
 * what did not import, the roster, warnings, a certificate lookup and the exports.
 * Nothing is uploaded: the only request the page makes is for the manifest, at load.
 * This element only wires the parts: each job is a module beside it, its words in src/lib/hr/.
 */
import { NOT_READY_TEXT, NOTHING_CHOSEN_TEXT, READY_TEXT, batchText, checkingText, manifestErrorText, stoppedText } from '../../lib/hr/status-text';
import { buildRoster, type Employee, type Roster } from '../../lib/records/roster';
import type { Manifest } from '../../schemas/manifest';
import { fetchManifest } from '../manifest';
import { readEmployeeList } from './employee-list';
import { renderFindings } from './findings-view';
import { exportRosterCsv, exportXapi } from './hr-exports';
import { wireIntake } from './intake-wire';
import type { Picked } from './intake';
import { wireLookup } from './lookup-view';
import { VerifierPool, type Run } from './pool';
import { ProgressView } from './progress-view';
import { refsOf, type Ref } from './refs';
import { RosterTable } from './roster-table';
import { ImportSession } from './session';

class AgaHr extends HTMLElement {
  private manifest: Manifest | undefined;
  private pool: VerifierPool | undefined;
  private running: Run | undefined;
  private readonly session = new ImportSession();
  private employees: Employee[] | undefined;
  private roster: Roster | undefined;
  private batches = 0;
  private readonly ref: Ref = refsOf(this);
  private table: RosterTable | undefined;

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
  }

  private wire(): void {
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
    window.addEventListener('beforeunload', (e) => {
      if (this.session.hasData || this.employees || this.running) e.preventDefault();
    });
    this.table = new RosterTable(this.ref);
    const saved = (text: string) => (this.ref('export-status').textContent = text);
    this.ref('export-csv').addEventListener('click', () => {
      if (this.roster) saved(exportRosterCsv(this.roster));
    });
    this.ref('export-xapi').addEventListener('click', () => {
      if (this.manifest) void exportXapi(this.manifest, this.session.valid).then(saved);
    });
    wireLookup(this.ref, {
      valid: () => this.session.valid,
      failures: () => this.session.failures,
      titles: () => new Map(this.manifest?.modules.map((m) => [`${m.id}@${m.version}`, m.title]) ?? []),
    });
  }

  private async import(picked: Picked[]): Promise<void> {
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
    const run = pool.run(
      toRead.map((p) => p.file),
      (done) => progress.update(done),
    );
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
      this.status(batchText(summary, { files: this.session.fileCount, valid: this.session.valid.length }));
      renderFindings(this.ref, this.session.problems, this.session.failures);
      this.ref('lookup-section').hidden = this.session.valid.length + this.session.failures.length === 0;
      await this.renderRoster();
    }
    this.batches += 1;
    performance.mark('aga-hr-import-end');
    this.dataset['batches'] = String(this.batches);
    this.setState('ready');
  }

  private async loadEmployees(file: File): Promise<void> {
    const employees = await readEmployeeList(this.ref, file, this.employees !== undefined);
    if (!employees) return;
    this.employees = employees;
    await this.renderRoster();
  }

  private async renderRoster(): Promise<void> {
    const manifest = this.manifest;
    if (!manifest) return;
    const roster = buildRoster(this.session.valid, manifest, new Date(), this.employees);
    // Building and drawing a roster of thousands are two tasks, so the page answers input in between.
    await new Promise((resolve) => setTimeout(resolve, 0));
    this.roster = roster;
    this.table?.show(roster, this.session.valid.length, this.session.fileCount);
  }
}

if (!customElements.get('aga-hr')) customElements.define('aga-hr', AgaHr);
