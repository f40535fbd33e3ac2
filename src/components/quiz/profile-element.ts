import { allRecords } from '../../browser/db';
import { t } from '../../i18n/profile';
import { profile } from '../../stores/learner';

type Field = 'name' | 'email' | 'employeeId';
const FIELDS: Field[] = ['name', 'email', 'employeeId'];

/** `aga-profile`: the learner's details form (see ProfileForm.astro). */
class AgaProfile extends HTMLElement {
  connectedCallback() {
    const form = this.querySelector<HTMLFormElement>('[data-form]');
    const summary = this.querySelector<HTMLElement>('[data-summary]');
    const summaryText = this.querySelector<HTMLElement>('[data-summary-text]');
    const status = this.querySelector<HTMLElement>('[data-status]');
    if (!form || !summary || !summaryText || !status) return;
    const gate = this.dataset.mode === 'gate';
    const input = (f: Field) => form.elements.namedItem(f) as HTMLInputElement;

    profile.subscribe((p) => {
      if (p) summaryText.textContent = t('profile-status.as', p);
      if (gate) {
        summary.hidden = !p;
        form.hidden = !!p;
      }
      if (!gate && !form.contains(document.activeElement)) for (const f of FIELDS) input(f).value = p ? p[f] : '';
    });

    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      status.textContent = '';
      // zod is loaded only when details are saved, to keep the first load small.
      const { profileSchema } = await import('../../schemas/profile');
      const result = profileSchema.safeParse(Object.fromEntries(FIELDS.map((f) => [f, input(f).value])));
      for (const f of FIELDS) {
        const error = form.querySelector<HTMLElement>(`[data-error-for="${f}"]`);
        const issue = result.success ? undefined : result.error.issues.find((i) => i.path[0] === f);
        if (error) {
          error.textContent = issue?.message ?? '';
          error.hidden = !issue;
        }
        input(f).toggleAttribute('aria-invalid', !!issue);
      }
      if (!result.success) {
        const first = FIELDS.find((f) => result.error.issues.some((i) => i.path[0] === f));
        if (first) input(first).focus();
        return;
      }
      const before = profile.get();
      const records = await allRecords();
      profile.set(result.data);
      const changedId = before && before.employeeId !== result.data.employeeId && records.length > 0;
      status.textContent = changedId
        ? t('profile-status.new-identity', { id: result.data.employeeId, before: before.employeeId })
        : t('profile-status.saved');
      if (gate) {
        const summary = this.querySelector<HTMLElement>('[data-summary]');
        summary?.setAttribute('tabindex', '-1');
        summary?.focus();
      }
    });
  }
}
customElements.define('aga-profile', AgaProfile);
