/**
 * `<aga-hr>`: the HR page. Takes record files (input, folder input or drop), verifies them in
 * workers against this site's manifest, keeps everything loaded in an ImportSession and shows
 * what did not import, the roster, warnings, a certificate lookup and the exports.
 * Nothing is uploaded: the only request the page makes is for the manifest, at load.
 */
import type { HrExport } from '../../lib/export/exporters';
import { visible } from '../../lib/text/visible';
import { warningText } from '../../lib/records/warnings';
import { isCompletionStatus, STATUS_TONE } from '../../lib/records/status';
import { buildRoster, distinctRecords, parseEmployeeCsv, type Employee, type Roster, type RosterWarning } from '../../lib/records/roster';
import type { Manifest } from '../../schemas/manifest';
import type { RecordPayload } from '../../schemas/record';
import { fetchManifest } from '../manifest';
import { el } from './dom';
import { drawFindings } from './failures-view';
import { MAX_FILE_BYTES, pickedFromDrop, pickedFromInput, type Picked } from './intake';
import { VerifierPool, type Run } from './pool';
import { ImportSession, megabytes, type BatchSummary } from './session';
import { cellText, day, visibleRows, type RosterView } from './roster-view';

/** Roster rows drawn at a time. */
const ROWS_PER_PAGE = 250;

function count(n: number, word: string, plural = `${word}s`): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? word : plural}`;
}

class AgaHr extends HTMLElement {
  private manifest: Manifest | undefined;
  private pool: VerifierPool | undefined;
  private running: Run | undefined;
  private readonly session = new ImportSession();
  private employees: Employee[] | undefined;
  private roster: Roster | undefined;
  private batches = 0;
  /** How many failed records are drawn. */
  private failuresShown = 0;
  /** How many of the visible roster rows are drawn. */
  private shown = 0;
  private readonly view: RosterView = { module: '', status: '', dueWithinDays: null, sort: 'employeeId', direction: 'ascending' };

  private ref<T extends HTMLElement>(name: string): T {
    const node = this.querySelector<T>(`[data-hr="${name}"]`);
    if (!node) throw new Error(`aga-hr: missing [data-hr="${name}"]`);
    return node;
  }

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
    const href = `${import.meta.env.BASE_URL}records/manifest.json`;
    try {
      // fetchManifest validates the manifest with its schema before it is used.
      const manifest = await fetchManifest();
      this.manifest = manifest;
      // Starting the workers now fetches their scripts before any file is chosen.
      this.pool = new VerifierPool(manifest);
    } catch (err) {
      const why = err instanceof Error ? err.message : String(err);
      const box = this.ref('manifest-error');
      box.textContent = `This page could not load the site's list of module versions (${href}): ${why}. Records cannot be checked without it; reload the page to try again.`;
      box.hidden = false;
      this.status('Not ready: the list of module versions is missing.');
      this.setState('error');
      return;
    }
    this.status('Ready. Choose record files or a folder, or drop them on the box above.');
    this.setState('ready');
  }

  private wire(): void {
    const files = this.ref<HTMLInputElement>('files');
    const folder = this.ref<HTMLInputElement>('folder');
    for (const input of [files, folder]) {
      input.addEventListener('change', () => {
        const picked = pickedFromInput(input.files);
        // Cleared so that choosing the same file again fires `change` (and is reported as a duplicate).
        input.value = '';
        void this.import(picked);
      });
    }
    const drop = this.ref('drop');
    drop.addEventListener('dragover', (e) => {
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
      drop.classList.add('is-over');
    });
    drop.addEventListener('dragleave', () => drop.classList.remove('is-over'));
    drop.addEventListener('drop', (e) => {
      e.preventDefault();
      drop.classList.remove('is-over');
      if (!e.dataTransfer) return;
      if (this.dataset['state'] !== 'ready') {
        this.status('Wait until the current import has finished (or cancel it), then drop the files again.');
        return;
      }
      void pickedFromDrop(e.dataTransfer).then((picked) => this.import(picked));
    });
    // A drop that misses the box must not make the browser open the file in place of this page.
    for (const type of ['dragover', 'drop'] as const) {
      window.addEventListener(type, (e) => {
        if (!drop.contains(e.target as Node)) e.preventDefault();
      });
    }
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
    this.wireRoster();
  }

  private async import(picked: Picked[]): Promise<void> {
    const pool = this.pool;
    if (!pool || this.dataset['state'] !== 'ready') return;
    if (picked.length === 0) {
      this.status('No files were chosen.');
      return;
    }
    // Marks let the benchmark read the time from files chosen to a finished roster.
    performance.mark('aga-hr-import-start');
    const { toRead, skipped, tooLarge, overBatch } = this.session.triage(picked);
    const totalBytes = toRead.reduce((sum, p) => sum + p.file.size, 0);
    const bar = this.ref<HTMLProgressElement>('progress-bar');
    const text = this.ref('progress-text');
    const box = this.ref('progress');
    bar.max = Math.max(totalBytes, 1);
    bar.value = 0;
    const fileWord = count(toRead.length, 'file');
    text.textContent = `0% of ${fileWord}`;
    box.hidden = false;
    this.setState('busy');
    this.status(`Checking ${fileWord} (${megabytes(totalBytes)})…`);
    const run = pool.run(
      toRead.map((p) => p.file),
      (done) => {
        bar.value = done;
        text.textContent = `${Math.floor((100 * done) / Math.max(totalBytes, 1))}% of ${fileWord}`;
      },
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
      box.hidden = true;
    }
    if (results === null) {
      const why = stopped ? `The import stopped (${stopped})` : 'Import cancelled';
      this.status(`${why}: nothing from these ${fileWord} was added. Everything loaded before is still here.`);
    } else {
      const summary = this.session.add(toRead, results, tooLarge, skipped, overBatch);
      this.status(this.describe(summary));
      this.renderFindings();
      await this.renderRoster();
    }
    this.batches += 1;
    performance.mark('aga-hr-import-end');
    this.dataset['batches'] = String(this.batches);
    this.setState('ready');
  }

  private describe(s: BatchSummary): string {
    const parts = [`Imported ${s.imported.toLocaleString('en-US')} of ${count(s.files, 'file')}: ${count(s.valid, 'valid record')}`];
    parts.push(`${count(s.invalid, 'record')} failed verification`);
    if (s.problems > 0) parts.push(`${count(s.problems, 'file')} not imported (listed below)`);
    if (s.skipped > 0) parts.push(`${count(s.skipped, 'file')} in folders skipped because ${s.skipped === 1 ? 'its name does' : 'their names do'} not end in .json`);
    const total = `Loaded so far: ${count(this.session.fileCount, 'file')}, ${count(this.session.valid.length, 'valid record')}.`;
    return `${parts.join(', ')}. ${total}`;
  }

  private async loadEmployees(file: File): Promise<void> {
    const report = this.ref('employee-report');
    const statusLine = this.ref('employee-status');
    const list = this.ref('employee-problems');
    report.hidden = false;
    list.replaceChildren();
    if (file.size > MAX_FILE_BYTES) {
      statusLine.textContent = `${file.name} was not opened: it is too large (${megabytes(file.size)}; the limit is ${megabytes(MAX_FILE_BYTES)}).`;
      return;
    }
    const { employees, problems } = parseEmployeeCsv(await file.text());
    for (const p of problems) list.append(el('li', undefined, p));
    if (employees.length === 0) {
      statusLine.textContent = `${file.name} was not used: it lists no employees${problems.length ? ' (problems below)' : ''}.${this.employees ? ' The previous list is still in use.' : ''}`;
      return;
    }
    this.employees = employees;
    statusLine.textContent = `Employee list ${file.name}: ${count(employees.length, 'employee')}${problems.length ? `, with ${count(problems.length, 'problem')} listed below` : ''}.`;
    await this.renderRoster();
  }

  private renderFindings(more = false): void {
    this.failuresShown = drawFindings((name) => this.ref(name), this.session, more ? this.failuresShown : 0);
    this.ref('lookup-section').hidden = this.session.valid.length + this.session.failures.length === 0;
  }

  private wireRoster(): void {
    const module = this.ref<HTMLSelectElement>('filter-module');
    const status = this.ref<HTMLSelectElement>('filter-status');
    const due = this.ref<HTMLInputElement>('filter-due');
    module.addEventListener('change', () => {
      this.view.module = module.value;
      this.renderRows();
    });
    status.addEventListener('change', () => {
      this.view.status = isCompletionStatus(status.value) ? status.value : '';
      this.renderRows();
    });
    due.addEventListener('input', () => {
      const n = Number.parseInt(due.value, 10);
      this.view.dueWithinDays = due.value.trim() === '' || !Number.isFinite(n) || n < 0 ? null : n;
      this.renderRows();
    });
    this.ref('show-more').querySelector('button')?.addEventListener('click', () => this.renderRows(true));
    this.ref('failures-more').querySelector('button')?.addEventListener('click', () => this.renderFindings(true));
    for (const button of this.querySelectorAll<HTMLButtonElement>('[data-hr-export]')) {
      // The buttons are rendered from HR_EXPORTS (Roster.astro), so the attribute is one of its ids.
      button.addEventListener('click', () => void this.exportAs(button.dataset.hrExport as HrExport));
    }
    this.ref('lookup-form').addEventListener('submit', (e) => {
      e.preventDefault();
      this.lookup(this.ref<HTMLInputElement>('lookup-code').value);
    });
  }

  private async renderRoster(): Promise<void> {
    const manifest = this.manifest;
    if (!manifest) return;
    // This page is served by the site whose manifest verifies the records: records signed elsewhere are a finding.
    const roster = buildRoster(this.session.valid, manifest, new Date(), this.employees, location.origin);
    // Building and drawing a roster of thousands are two tasks, so the page answers input in between.
    await new Promise((resolve) => setTimeout(resolve, 0));
    this.roster = roster;
    this.ref('roster-section').hidden = roster.rows.length === 0;
    const withResult = roster.rows.filter((r) => r.keys.length > 0).length;
    this.ref('roster-summary').textContent =
      `${count(roster.rows.length, 'employee')} (${withResult.toLocaleString('en-US')} with records), ${count(this.session.valid.length, 'valid record')} from ${count(this.session.fileCount, 'file')}.`;
    const select = this.ref<HTMLSelectElement>('filter-module');
    const chosen = select.value;
    select.replaceChildren(el('option', undefined, 'All modules'), ...roster.modules.map((m) => {
      const o = el('option', undefined, m.title);
      o.value = m.id;
      return o;
    }));
    (select.firstElementChild as HTMLOptionElement).value = '';
    select.value = roster.modules.some((m) => m.id === chosen) ? chosen : '';
    this.view.module = select.value;
    this.renderHead();
    this.renderRows();
    this.renderWarnings(roster.warnings);
  }

  private renderHead(): void {
    const roster = this.roster;
    if (!roster) return;
    const columns: Array<{ key: string | null; label: string }> = [
      { key: 'employeeId', label: 'Employee ID' },
      { key: 'name', label: 'Name' },
      { key: null, label: 'Email' },
      ...(roster.rows.some((r) => r.department) ? [{ key: null, label: 'Department' }] : []),
      ...roster.modules.map((m) => ({ key: m.id, label: m.title })),
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
          this.renderRows();
          this.ref('roster-head').querySelector<HTMLButtonElement>(`th[aria-sort] button`)?.focus();
        });
        th.append(button);
        return th;
      }),
    );
  }

  /**
   * Draws the roster's rows. Thousands of rows are drawn a page at a time ("Show more"), so no
   * single task lays out a huge table; filters and sorting always work on every row.
   */
  private renderRows(more = false): void {
    const roster = this.roster;
    if (!roster) return;
    const rows = visibleRows(roster, this.view, new Date());
    const from = more ? this.shown : 0;
    this.shown = Math.min(rows.length, from + ROWS_PER_PAGE);
    const withDepartment = roster.rows.some((r) => r.department);
    const body = document.createDocumentFragment();
    for (const row of rows.slice(from, this.shown)) {
      const tr = el('tr');
      const id = el('th', undefined, row.employeeId);
      id.scope = 'row';
      tr.append(id, el('td', undefined, row.name), el('td', 'hr-file', row.email));
      if (withDepartment) tr.append(el('td', undefined, row.department ?? ''));
      for (const m of roster.modules) {
        const cell = row.cells[m.id] ?? { status: 'not-started' as const, attempts: 0 };
        const { label, detail } = cellText(cell);
        const td = el('td');
        td.append(el('span', `badge badge--${STATUS_TONE[cell.status]}`, label), el('span', 'hr-cell__detail', detail));
        tr.append(td);
      }
      body.append(tr);
    }
    if (more) this.ref('roster-body').append(body);
    else this.ref('roster-body').replaceChildren(body);
    const all = roster.rows.length;
    let text: string;
    if (this.shown < rows.length) {
      const matching = rows.length === all ? '' : ` matching the filters (${all.toLocaleString('en-US')} in all)`;
      text = `Showing the first ${this.shown.toLocaleString('en-US')} of ${count(rows.length, 'employee')}${matching}.`;
    } else {
      text = rows.length === all ? `Showing all ${count(rows.length, 'employee')}.` : `Showing ${rows.length.toLocaleString('en-US')} of ${count(all, 'employee')}.`;
    }
    this.ref('roster-count').textContent = text;
    const moreBox = this.ref('show-more');
    moreBox.hidden = this.shown >= rows.length;
    const button = moreBox.querySelector('button');
    if (button) button.textContent = `Show ${Math.min(ROWS_PER_PAGE, rows.length - this.shown).toLocaleString('en-US')} more employees`;
  }

  private renderWarnings(warnings: RosterWarning[]): void {
    const names = new Map(this.roster?.rows.map((r) => [r.employeeId, r.name]) ?? []);
    const who = (id: string) => (names.get(id) ? `${id} (${names.get(id)})` : id);
    this.ref('warnings-section').hidden = warnings.length === 0;
    const list = document.createDocumentFragment();
    for (const w of warnings) list.append(el('li', w.kind === 'record-conflict' ? 'hr-conflict' : undefined, visible(warningText(w, who))));
    this.ref('warnings').replaceChildren(list);
  }

  private lookup(raw: string): void {
    const out = this.ref('lookup-result');
    const code = raw.trim();
    out.replaceChildren();
    if (code === '') {
      out.append(el('p', undefined, 'Enter the record ID or key thumbprint printed on the certificate.'));
      return;
    }
    const lower = code.toLowerCase();
    const titles = new Map(this.manifest?.modules.map((m) => [`${m.id}@${m.version}`, m.title]) ?? []);
    // The same record loaded from two files is one certificate; records that only share an id are each shown.
    const valid = distinctRecords(this.session.valid).filter((r) => r.payload.recordId.toLowerCase() === lower || r.kid === code);
    const failed = this.session.failures.filter((f) => f.recordId?.toLowerCase() === lower);
    if (valid.length === 0 && failed.length === 0) {
      out.append(el('p', undefined, `No loaded record has the code ${code}. Load the employee's record file first, and check the code was copied in full.`));
      return;
    }
    if (valid.length > 0) {
      const byKey = valid.some((r) => r.kid === code);
      out.append(el('p', 'notice notice--ok', `${count(valid.length, 'valid record')} ${byKey ? 'signed with this key' : 'with this record ID'}:`));
      const list = el('ul');
      for (const r of valid) {
        const p: RecordPayload = r.payload;
        const title = titles.get(`${p.module.id}@${p.module.version}`) ?? p.module.id;
        const verdict = p.score.passed ? 'passed' : 'failed';
        list.append(
          el(
            'li',
            undefined,
            `${p.learner.name} (${p.learner.employeeId}, ${p.learner.email}): ${title}, version ${p.module.version}, ${verdict} with ${p.score.correct} of ${p.score.total} on ${day(p.attempt.completedAt)}. Record ${p.recordId}, key ${r.kid}, from ${visible(r.file ?? '?')}, record ${(r.index ?? 0) + 1}.`,
          ),
        );
      }
      out.append(list);
    }
    if (failed.length > 0) {
      out.append(el('p', 'notice notice--bad', `${count(failed.length, 'record')} with this record ID failed verification and must not be trusted:`));
      const list = el('ul');
      for (const f of failed) list.append(el('li', undefined, `${visible(f.file)}, record ${f.position} of ${f.count}: ${f.text} (${f.reason}).`));
      out.append(list);
    }
  }

  private async exportAs(id: HrExport): Promise<void> {
    const manifest = this.manifest;
    if (!manifest || !this.roster) return;
    // Exports load on first use. The activity is the module's page, so its name is the module's current title.
    const { saveExport, siteXapi } = await import('../save-export');
    const titles = new Map(manifest.modules.filter((m) => m.current).map((m) => [m.id, m.title]));
    const { status } = saveExport(id, { records: this.session.valid, roster: this.roster, xapi: siteXapi(titles) });
    this.ref('export-status').textContent = status;
  }
}

if (!customElements.get('aga-hr')) customElements.define('aga-hr', AgaHr);
