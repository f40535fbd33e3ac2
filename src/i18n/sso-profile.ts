/**
 * The words of the sign-in in place of the details form, as its script writes them: a plain look-up
 * with its own filling of `{name}` placeholders, like ./profile (no translate code in the first load).
 */
import { ssoStatus } from './en/sso-profile';

export function t(key: keyof typeof ssoStatus, vars: Readonly<Record<string, string>> = {}): string {
  return ssoStatus[key].replace(/\{(\w+)\}/g, (all, name: string) => vars[name] ?? all);
}
