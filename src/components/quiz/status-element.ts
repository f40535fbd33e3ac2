import { storedAcknowledgements } from '../../browser/acknowledgements';
import { allRecords } from '../../browser/db';
import { t, tn } from '../../i18n';
import { changesSince } from '../../lib/quiz/changes';
import { isoDate, moduleStatus, pathProgress, statusText, type ModuleStatus } from '../../lib/quiz/status';
import { progress } from '../../stores/learner';

/**
 * `aga-module-status`: fills every `[data-status-for]` slot inside it with the module's status,
 * computed by `moduleStatus` from the stored records and the answers in progress.
 */
class AgaModuleStatus extends HTMLElement {
  async connectedCallback() {
    const records = await allRecords();
    const attempts = records.map((r) => r.summary);
    const saved = progress.get();
    const path: Array<{ id: string; status: ModuleStatus }> = [];
    for (const item of this.querySelectorAll<HTMLElement>('[data-module-id]')) {
      const slot = item.querySelector<HTMLElement>('[data-status-for]');
      if (!slot) continue;
      const module = { id: item.dataset.moduleId!, version: item.dataset.moduleVersion!, retrainMonths: Number(item.dataset.retrainMonths) };
      const inProgress = saved[module.id]?.version === module.version;
      const status = moduleStatus(module, attempts, inProgress, new Date());
      path.push({ id: module.id, status });
      slot.textContent = statusText(status);
      slot.dataset.status = status.kind;
      showChanges(item, status, module.version);
    }
    this.showProgress(path);
    await this.showPolicy();
  }

  /** The overall line ("2 of 7 modules passed") and the button to the module to do next. */
  private showProgress(path: Array<{ id: string; status: ModuleStatus }>) {
    const overall = pathProgress(path);
    const line = this.querySelector<HTMLElement>('[data-path-progress]');
    if (line) line.textContent = overall.next ? tn('learner.path', overall.total, { passed: overall.passed }) : t('learner.all-passed');
    const button = this.querySelector<HTMLAnchorElement>('[data-continue]');
    if (!button) return;
    const item = overall.next ? this.querySelector<HTMLElement>(`[data-module-id="${overall.next}"]`) : null;
    button.hidden = !item;
    if (!item) return;
    button.href = item.dataset.moduleHref!;
    button.textContent = t(overall.started ? 'learner.continue' : 'learner.start', { title: item.dataset.moduleTitle! });
  }

  /** The policy card: whether this device holds an acceptance of the current version. */
  private async showPolicy() {
    const card = this.querySelector<HTMLElement>('[data-policy-version]');
    const slot = card?.querySelector<HTMLElement>('[data-policy-status]');
    if (!card || !slot) return;
    const version = card.dataset.policyVersion!;
    const done = (await storedAcknowledgements()).find((a) => a.version === version);
    slot.textContent = done ? t('learner.policy-accepted', { date: isoDate(done.acknowledgedAt) }) : t('learner.policy-not-accepted', { version });
    slot.dataset.status = done ? 'passed' : 'not-started';
  }
}

/**
 * Reveals a module's changelog entries since the version the learner passed, and only when they
 * passed an older version: a module whose content did not change never gets there.
 */
function showChanges(item: HTMLElement, status: ModuleStatus, current: string): void {
  const box = item.querySelector<HTMLElement>('[data-changes-for]');
  if (!box) return;
  const entries = [...box.querySelectorAll<HTMLElement>('li[data-version]')].map((li) => ({ version: li.dataset.version!, li }));
  const shown = status.kind === 'passed-older' ? changesSince(entries, status.version, current) : [];
  for (const e of entries) e.li.hidden = !shown.includes(e);
  box.hidden = shown.length === 0;
}
customElements.define('aga-module-status', AgaModuleStatus);
