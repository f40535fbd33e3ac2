import { allRecords, deleteEverything, getMeta, type RecordRow } from '../../browser/db';
import { t, tn } from '../../i18n/records';
import { STATUS_LABEL } from '../../lib/records/status';
import { isoDate } from '../../lib/quiz/module-status';
import type { LearnerExport } from '../../lib/export/exporters';
import type { Verification } from '../../lib/records/verify';
import { profile, progress } from '../../stores/learner';
import { reportProblem } from '../../stores/notices';
import { el } from '../../browser/find';

type Verified = Extract<Verification, { ok: true }>;

function text(tag: string, value: string, className?: string): HTMLElement {
  const node = document.createElement(tag);
  node.textContent = value;
  if (className) node.className = className;
  return node;
}

/** `aga-records`: the learner's records, exports, import, deletion and certificates (see Records.astro). */
class AgaRecords extends HTMLElement {
  private rows: RecordRow[] = [];
  private checks = new Map<string, Verification>();
  private titles = new Map<string, string>();
  /** "SSO (<issuer>)" or "self-declared", loaded with the verification code. */
  private identityLabel: (identity: Verified['identity']) => string = () => '';
  /**
   * The record whose certificate the address asks for, until the first check has shown it. The
   * parameter is CERTIFICATE_PARAM of ./certificate-link.ts, written out: importing it would add a
   * chunk to this page's first load, which has no room for it.
   */
  private askedCertificate = new URLSearchParams(location.search).get('certificate');

  connectedCallback() {
    for (const button of this.querySelectorAll<HTMLButtonElement>('[data-export]')) {
      // The buttons are rendered from LEARNER_EXPORTS (Records.astro), so the attribute is one of its ids.
      button.addEventListener('click', () => void this.exportAs(button.dataset.export as LearnerExport));
    }
    el<HTMLInputElement>(this, '[data-import]').addEventListener('change', (e) => void this.importFile(e.target as HTMLInputElement));
    const dialog = el<HTMLDialogElement>(this, '[data-delete-dialog]');
    el(this, '[data-delete-open]').addEventListener('click', () => dialog.showModal());
    el(this, '[data-delete-cancel]').addEventListener('click', () => dialog.close());
    el(this, '[data-delete-export]').addEventListener('click', () => void this.exportAs('bundle'));
    el(this, '[data-delete-confirm]').addEventListener('click', () => void this.deleteAll(dialog));
    el(this, '[data-cert-print]').addEventListener('click', () => this.print());
    el(this, '[data-cert-close]').addEventListener('click', () => {
      el(this, '[data-certificate]').hidden = true;
      document.documentElement.classList.remove('aga-printing-certificate');
    });
    void this.load();
  }

  private status(selector: string, message: string) {
    el(this, selector).textContent = message;
  }

  /** Reads the stored records, shows them, then verifies each against the published manifest. */
  private async load() {
    this.rows = await allRecords();
    const last = await getMeta('lastExportedAt');
    this.status('[data-last-exported]', typeof last === 'string' ? t('my.last-export.at', { date: isoDate(last), time: last.slice(11, 16) }) : t('my.last-export.never'));
    this.render();
    await Promise.all([this.showKey(), this.verifyAll()]);
  }

  private async showKey() {
    const kid = el(this, '[data-kid]');
    try {
      const { cryptoProblem, existingSigningKey } = await import('../../browser/keystore');
      const problem = cryptoProblem();
      if (problem) {
        kid.textContent = t('my.key.unavailable');
        reportProblem(problem);
        return;
      }
      const key = await existingSigningKey();
      kid.textContent = key ? key.kid : t('my.key.none');
    } catch (error) {
      kid.textContent = t('my.key.unreadable');
      reportProblem(t('my.key.error', { message: (error as Error).message }));
    }
  }

  private async verifyAll() {
    if (this.rows.length === 0) return;
    try {
      const [{ verifyRecord, identityLabel }, { fetchManifest }, { identityOf }] = await Promise.all([import('../../lib/records/verify'), import('../../browser/manifest'), import('../../lib/records/manifest')]);
      this.identityLabel = identityLabel;
      const manifest = await fetchManifest();
      for (const m of manifest.modules) if (m.current || !this.titles.has(m.id)) this.titles.set(m.id, m.title);
      // Records signed in with the company's sign-in are checked against its current keys.
      const issuer = identityOf(manifest)?.issuer;
      const jwks = issuer ? [await this.providerKeys(issuer)] : [];
      for (const row of this.rows) this.checks.set(row.recordId, await verifyRecord(row.jws, manifest, { jwks }));
    } catch (error) {
      this.status('[data-records-status]', t('my.check-failed', { message: (error as Error).message }));
    }
    this.render();
    // The quiz links a pass to its certificate (certificate-link.ts): shown once, on the first check.
    const check = this.askedCertificate ? this.checks.get(this.askedCertificate) : undefined;
    this.askedCertificate = null;
    if (check?.ok && check.payload.score.passed) this.showCertificate(check);
  }

  /** The identity provider's current keys; none when it cannot be reached (its records then say so). */
  private async providerKeys(issuer: string): Promise<{ keys: [] } | Awaited<ReturnType<typeof import('../../lib/identity/fetch-jwks').fetchJwks>>> {
    try {
      const { fetchJwks } = await import('../../lib/identity/fetch-jwks');
      return await fetchJwks(issuer);
    } catch (error) {
      reportProblem(t('my.keys-unreachable', { message: (error as Error).message }));
      return { keys: [] };
    }
  }

  private verified(): Verified[] {
    return this.rows.flatMap((r) => {
      const v = this.checks.get(r.recordId);
      return v?.ok ? [v] : [];
    });
  }

  private render() {
    const body = el(this, '[data-rows]');
    el(this, '[data-table-wrap]').hidden = this.rows.length === 0;
    this.status(
      '[data-records-status]',
      this.rows.length === 0
        ? t('my.none')
        : tn('my.count', this.rows.length),
    );
    body.replaceChildren(
      ...this.rows.map((row) => {
        const s = row.summary;
        const check = this.checks.get(row.recordId);
        const tr = document.createElement('tr');
        const title = this.titles.get(s.moduleId) ?? s.moduleId;
        tr.append(
          text('td', title),
          text('td', s.version),
          text('td', String(s.n)),
          text('td', t('my.score', { correct: s.correct, total: s.total })),
          text('td', s.passed ? STATUS_LABEL.passed : t('my.not-passed'), s.passed ? 'ok' : 'bad'),
          text('td', isoDate(s.completedAt)),
          check === undefined ? text('td', t('my.checking')) : check.ok ? text('td', t('my.verified', { identity: this.identityLabel(check.identity) }), 'ok') : text('td', t('my.not-verified', { message: check.message }), 'bad'),
        );
        const cell = document.createElement('td');
        if (check?.ok && check.payload.score.passed) {
          const button = document.createElement('button');
          button.type = 'button';
          button.append(t('my.print'), text('span', t('my.print.for', { title, n: s.n }), 'visually-hidden'));
          button.addEventListener('click', () => {
            this.showCertificate(check);
            this.print();
          });
          cell.append(button);
        }
        tr.append(cell);
        return tr;
      }),
    );
  }

  private employeeId(): string {
    return profile.get()?.employeeId ?? this.rows.at(-1)?.summary.employeeId ?? 'unknown';
  }

  private async exportAs(kind: LearnerExport) {
    // The bundle also carries policy acceptances, so a learner who has only accepted the policy can hand that in.
    const acceptances = kind === 'bundle' ? (await (await import('../../browser/acknowledgements')).storedAcknowledgements()).length : 0;
    if (this.rows.length === 0 && acceptances === 0) {
      this.status('[data-export-status]', t('my.nothing'));
      return;
    }
    const exports = await import('../../browser/exports');
    let status: string;
    if (kind === 'bundle') {
      status = await exports.exportBundle(this.rows, this.employeeId());
      const last = (await getMeta('lastExportedAt')) as string;
      this.status('[data-last-exported]', t('my.last-export.at', { date: isoDate(last), time: last.slice(11, 16) }));
    } else {
      status = exports.exportVerified(kind, this.verified().map((v) => ({ payload: v.payload, kid: v.kid })), this.employeeId(), this.titles);
    }
    this.status('[data-export-status]', status);
  }

  private async importFile(input: HTMLInputElement) {
    const file = input.files?.[0];
    const out = el(this, '[data-import-status]');
    if (!file) return;
    out.replaceChildren(text('p', t('my.import.checking', { file: file.name })));
    try {
      const [{ importRecords }, { fetchManifest }] = await Promise.all([import('../../browser/import-records'), import('../../browser/manifest')]);
      const result = await importRecords(await file.text(), await fetchManifest(), new Set(this.rows.map((r) => r.recordId)));
      const lines = [tn('my.import.added', result.added, { already: result.alreadyHere ? t('my.import.already', { n: result.alreadyHere }) : '' }), ...result.refused];
      const list = document.createElement('ul');
      list.append(...lines.map((l) => text('li', l)));
      out.replaceChildren(list);
    } catch (error) {
      out.replaceChildren(text('p', t('my.import.failed', { message: (error as Error).message })));
    }
    input.value = '';
    this.checks.clear();
    await this.load();
  }

  private async deleteAll(dialog: HTMLDialogElement) {
    await deleteEverything();
    profile.set(null);
    progress.set({});
    dialog.close();
    this.checks.clear();
    await this.load();
    this.status('[data-delete-status]', t('my.delete.done'));
  }

  private showCertificate(v: Verified) {
    const cert = el(this, '[data-certificate]');
    const p = v.payload;
    const fill: Record<string, string> = {
      name: p.learner.name,
      employeeId: p.learner.employeeId,
      module: t('cert.module', { title: v.entry.title, version: p.module.version }),
      date: isoDate(p.attempt.completedAt),
      score: t('cert.score.value', { correct: p.score.correct, total: p.score.total, percent: Math.floor((p.score.correct * 100) / p.score.total), passMark: p.score.passMarkPercent }),
      recordId: p.recordId,
      kid: v.kid,
      identity: this.identityLabel(v.identity),
    };
    for (const [k, value] of Object.entries(fill)) el(cert, `[data-cert="${k}"]`).textContent = value;
    cert.hidden = false;
    cert.focus();
  }

  /** Prints the certificate shown, and only it. */
  private print() {
    document.documentElement.classList.add('aga-printing-certificate');
    // Printing the whole page later must not print only the certificate.
    window.addEventListener('afterprint', () => document.documentElement.classList.remove('aga-printing-certificate'), { once: true });
    window.print();
  }
}
customElements.define('aga-records', AgaRecords);
