import { ssoConfig } from '../../browser/sso-config';
import { t } from '../../i18n/sso-profile';
import { profile } from '../../stores/learner';

const EMPLOYEE_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** `aga-sso-profile`: sign-in with the company's identity provider instead of typed details (see SsoProfile.astro). */
class AgaSsoProfile extends HTMLElement {
  connectedCallback() {
    void this.show();
    this.querySelector('[data-sign-in]')?.addEventListener('click', () => void this.signIn());
    this.querySelector('[data-employee-id-typed]')?.addEventListener('change', (e) => this.saveTypedId(e.target as HTMLInputElement));
  }

  private el<T extends HTMLElement>(selector: string): T {
    const found = this.querySelector<T>(selector);
    if (!found) throw new Error(`aga-sso-profile: missing ${selector}`);
    return found;
  }

  private input(name: string): HTMLInputElement {
    return this.el<HTMLInputElement>(`input[name="${name}"]`);
  }

  /** Shows the stored sign-in of this device key, and makes it the profile quizzes are signed with. */
  private async show(): Promise<void> {
    const config = ssoConfig();
    const status = this.el('[data-status]');
    const button = this.el<HTMLButtonElement>('[data-sign-in]');
    if (!config) return;
    try {
      const { currentSignIn, signedInDetails } = await import('../../browser/sso');
      const signIn = await currentSignIn(config);
      const details = signIn && signedInDetails(signIn, config);
      if (!details) {
        status.textContent = t('sso-status.not-signed-in', { org: config.orgName });
        button.textContent = t('sso-status.sign-in', { org: config.orgName });
        return;
      }
      const typedId = profile.get()?.email === details.email ? profile.get()?.employeeId : undefined;
      const employeeId = details.employeeId ?? typedId ?? '';
      this.input('name').value = details.name;
      this.input('email').value = details.email;
      this.input('employeeId').value = employeeId;
      this.el('[data-details]').hidden = false;
      status.textContent = t('sso-status.signed-in', { org: config.orgName, name: details.name, email: details.email });
      button.textContent = t('sso-status.sign-in-again', { org: config.orgName });
      if (employeeId) profile.set({ name: details.name, email: details.email, employeeId });
    } catch (error) {
      status.textContent = t('sso-status.unreadable', { message: (error as Error).message });
    }
  }

  private saveTypedId(input: HTMLInputElement): void {
    const value = input.value.trim();
    const ok = EMPLOYEE_ID.test(value);
    input.toggleAttribute('aria-invalid', !ok);
    this.el('[data-status]').textContent = t(ok ? 'sso-status.id-saved' : 'sso-status.id-invalid');
    if (ok) profile.set({ name: this.input('name').value, email: this.input('email').value, employeeId: value });
  }

  private async signIn(): Promise<void> {
    const config = ssoConfig();
    if (!config) return;
    const button = this.el<HTMLButtonElement>('[data-sign-in]');
    const problem = this.el('[data-problem]');
    button.disabled = true;
    problem.hidden = true;
    this.el('[data-status]').textContent = t('sso-status.redirecting', { org: config.orgName });
    try {
      const { startSignIn } = await import('../../browser/sso');
      await startSignIn(config);
    } catch (error) {
      problem.textContent = error instanceof Error && error.name === 'SsoError' ? error.message : t('sso-status.not-started', { message: (error as Error).message });
      problem.hidden = false;
      this.el('[data-status]').textContent = '';
      button.disabled = false;
      button.focus();
    }
  }
}
customElements.define('aga-sso-profile', AgaSsoProfile);
