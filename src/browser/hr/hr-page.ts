/**
 * `<aga-hr>`: the HR page. Takes record files (input, folder input or drop), verifies them in
 * workers against this site's manifest, keeps everything loaded in an ImportSession (and on this
 * computer, see session-store and session-keep) and shows the overview, what did not import, the roster, warnings,
 * a certificate lookup, reminders and the exports.
 * Nothing is uploaded: the only request the page makes is for the manifest, at load.
 * This element only wires the parts: each job is a module beside it, its words in src/lib/hr/.
 */
import type { JSONWebKeySet } from 'jose';
import { t } from '../../i18n/hr';
import { keptText, notKeptText, restoredText } from '../../lib/hr/kept-text';
import { NOT_READY_TEXT, NOTHING_CHOSEN_TEXT, READY_TEXT, batchText, checkingText, manifestErrorText, stoppedText } from '../../lib/hr/status-text';
import type { Employee } from '../../lib/records/roster';
import type { Manifest } from '../../schemas/manifest';
import { MANIFEST_FILE } from '../../lib/records/manifest-file';
import { fetchManifest } from '../manifest';
import { wireIntake } from './intake-wire';
import type { Picked } from './intake';
// Also defines <aga-hr-keys> (components/hr/IdentityKeys.astro has no script of its own).
import { KEYS_EVENT } from './keys-element';
import { VerifierPool, type Run } from './pool';
import { ProgressView } from './progress-view';
import { refsOf, type Ref } from './refs';
import type { HrResults } from './results';
import { ImportSession } from './session';
import { clearSession } from './session-store';

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
  private batches = 0;
  private readonly ref: Ref = refsOf(this);
  /** The code that shows results, loaded once the page is ready (see results.ts). */
  private results: Promise<{ view: HrResults; code: typeof import('./results') } | undefined> | undefined;

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
      box.textContent = manifestErrorText(`${import.meta.env.BASE_URL}${MANIFEST_FILE}`, err instanceof Error ? err.message : String(err));
      box.hidden = false;
      this.status(NOT_READY_TEXT);
      this.setState('error');
      return;
    }
    const manifest = this.manifest;
    this.results = import('./results').then(
      (code) => ({ view: new code.HrResults(this.ref, manifest, this.session), code }),
      (err: unknown) => {
        this.status(t('hr.results-failed', { why: err instanceof Error ? err.message : String(err) }));
        return undefined;
      },
    );
    this.status(READY_TEXT);
    this.setState('ready');
    await this.restore();
  }

  /** Replays the session kept on this computer, if any, through the same import as the first time. */
  private async restore(): Promise<void> {
    const stored = await (await this.results)?.code.loadSession().catch(() => null);
    if (!stored || (stored.batches.length === 0 && !stored.employees)) return;
    if (stored.employees) await this.loadEmployees(stored.employees, false);
    for (const batch of stored.batches) await this.import(batch, false);
    this.showKept();
    this.status(`${restoredText(stored.savedAt)} ${this.ref('status').textContent ?? ''}`);
    this.dataset['restored'] = 'true';
  }

  private async keep(): Promise<void> {
    this.kept = false;
    // Without the results code the status line asks for a reload, and leaving asks first: nothing is kept.
    const results = await this.results;
    if (!results) return;
    try {
      await results.code.saveSession(this.batchesAdded, this.employeeFile);
      this.kept = true;
      this.showKept();
    } catch (err) {
      this.ref('kept').textContent = notKeptText(err instanceof Error ? err.message : String(err));
      this.ref('kept-section').hidden = false;
    }
  }

  private showKept(): void {
    this.ref('kept').textContent = keptText(this.session.fileCount, this.employeeFile !== null);
    this.ref('kept-section').hidden = false;
  }

  private wire(): void {
    // HR's identity provider keys (IdentityKeys.astro): used for every file verified after they load.
    this.addEventListener(KEYS_EVENT, (e) => this.pool?.setKeys((e as CustomEvent<JSONWebKeySet[]>).detail));
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
    // Busy from here: a second drop waits until this import is in.
    this.setState('busy');
    const { toRead, skipped } = this.session.triage(picked);
    const progress = new ProgressView(this.ref);
    progress.start(toRead.length);
    this.status(checkingText(toRead.length));
    const run = pool.run(toRead.map((p) => p.file), (done) => progress.update(done), () => performance.mark('aga-hr-sized'));
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
    performance.mark('aga-hr-verified');
    if (results === null) this.status(stoppedText(toRead.length, stopped));
    else {
      const summary = this.session.add(toRead, results, skipped);
      this.batchesAdded.push(picked);
      await (await this.results)?.view.show(this.employees);
      if (keep) await this.keep();
      // Said last: the roster is drawn (in slices) and the session kept, so the page takes the next import.
      this.status(batchText(summary, { files: this.session.fileCount, valid: this.session.valid.length + this.session.acknowledgements.length }));
    }
    this.batches += 1;
    performance.mark('aga-hr-import-end');
    this.dataset['batches'] = String(this.batches);
    this.setState('ready');
  }

  private async loadEmployees(file: File, keep = true): Promise<void> {
    const results = await this.results;
    if (!results) return;
    const employees = await results.code.readEmployeeList(this.ref, file, this.employees !== undefined);
    if (!employees) return;
    this.employees = employees;
    this.employeeFile = file;
    await results.view.show(employees);
    if (keep) await this.keep();
  }
}

if (!customElements.get('aga-hr')) customElements.define('aga-hr', AgaHr);
