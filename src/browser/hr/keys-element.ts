/**
 * `aga-hr-keys` (src/components/hr/IdentityKeys.astro): reads HR's identity provider key files and
 * fetches the provider's current keys, then fires `aga-hr-keys` with every key set loaded so far
 * (one per file or fetch), for the HR page to hand to its verifiers. A file that is not a key file
 * is named and refused; the others still load.
 */
import type { JSONWebKeySet } from 'jose';
import { t, tn } from '../../i18n/hr';
import { readJwksFile } from '../../lib/identity/jwks-file';
import { visible } from '../../lib/text/visible';

/** The event the HR page listens for; `detail` is every key set loaded. */
export const KEYS_EVENT = 'aga-hr-keys';

class AgaHrKeys extends HTMLElement {
  private readonly sets: Array<{ name: string; jwks: JSONWebKeySet }> = [];

  private piece<T extends HTMLElement>(name: string): T | null {
    return this.querySelector<T>(`[data-keys="${name}"]`);
  }

  connectedCallback(): void {
    const input = this.piece<HTMLInputElement>('files');
    input?.addEventListener('change', () => {
      const files = [...(input.files ?? [])];
      input.value = '';
      void this.readFiles(files);
    });
    this.piece('fetch')?.addEventListener('click', () => void this.fetchCurrent());
  }

  private async readFiles(files: File[]): Promise<void> {
    const problems: string[] = [];
    for (const file of files) {
      const read = readJwksFile(visible(file.name), await file.text());
      if (read.ok) this.sets.push({ name: visible(file.name), jwks: read.jwks });
      else problems.push(read.message);
    }
    this.announce(problems);
  }

  private async fetchCurrent(): Promise<void> {
    const issuer = this.dataset['issuer'];
    const button = this.piece<HTMLButtonElement>('fetch');
    if (!issuer || !button) return;
    button.disabled = true;
    try {
      const { fetchJwks } = await import('../../lib/identity/fetch-jwks');
      const saved = await fetchJwks(issuer);
      this.sets.push({ name: t('hr.keys.current', { issuer }), jwks: { keys: saved.keys } });
      this.announce([]);
    } catch (error) {
      this.announce([t('hr.keys.unfetched', { issuer, why: (error as Error).message })]);
    } finally {
      button.disabled = false;
    }
  }

  private announce(problems: string[]): void {
    const keys = this.sets.reduce((n, s) => n + s.jwks.keys.length, 0);
    const loaded = this.sets.length === 0 ? t('hr.keys.none') : t('hr.keys.loaded', { keys: tn('hr.n.key', keys), names: this.sets.map((s) => s.name).join(', ') });
    const status = this.piece('status');
    if (status) status.textContent = [...problems, loaded].join(' ');
    this.dispatchEvent(new CustomEvent<JSONWebKeySet[]>(KEYS_EVENT, { detail: this.sets.map((s) => s.jwks), bubbles: true }));
  }
}
customElements.define('aga-hr-keys', AgaHrKeys);
