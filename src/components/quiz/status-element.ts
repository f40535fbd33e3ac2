import { allRecords } from '../../browser/db';
import { moduleStatus, statusText } from '../../lib/quiz/status';
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
    }
  }
}
customElements.define('aga-module-status', AgaModuleStatus);
