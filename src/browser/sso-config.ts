/**
 * The site's single sign-on settings as the page carries them (`<meta name="aga-sso">`, written by
 * the layout from org.yaml's `sso` block), or undefined when the site has none. Tiny and
 * dependency-free, so first-load code can ask whether the learner signs in or types details.
 */

/** What the browser needs of org.yaml's `sso` block, plus the organisation's name for "Sign in with …". */
export interface SsoConfig {
  issuer: string;
  clientId: string;
  scopes: string;
  emailClaim: string;
  /** Absent when the provider sends no employee ID: the learner then types it. */
  employeeIdClaim?: string;
  orgName: string;
}

export const SSO_META = 'aga-sso';

let cached: SsoConfig | null | undefined;

export function ssoConfig(): SsoConfig | undefined {
  if (cached === undefined) {
    const text = document.querySelector<HTMLMetaElement>(`meta[name="${SSO_META}"]`)?.content;
    try {
      cached = text ? (JSON.parse(text) as SsoConfig) : null;
    } catch {
      cached = null;
    }
  }
  return cached ?? undefined;
}
