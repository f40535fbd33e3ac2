import { allRecords } from '../../browser/db';
import { changesSince } from '../../lib/quiz/changes';
import { moduleStatus, statusText, type ModuleStatus } from '../../lib/quiz/status';
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
    for (const item of this.querySelectorAll<HTMLElement>('[data-module-id]')) {
      const slot = item.querySelector<HTMLElement>('[data-status-for]');
      if (!slot) continue;
      const module = { id: item.dataset.moduleId!, version: item.dataset.moduleVersion!, retrainMonths: Number(item.dataset.retrainMonths) };
      const inProgress = saved[module.id]?.version === module.version;
      const status = moduleStatus(module, attempts, inProgress, new Date());
      slot.textContent = statusText(status);
      slot.dataset.status = status.kind;
      showChanges(item, status, module.version);
    }
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
