/**
 * The words of the learner's details as the scripts write them. These load with the first page of a
 * module, so this is a plain look-up with its own filling of `{name}` placeholders: the first load
 * carries no translate code (see the JS budget).
 */
import { profileStatus } from './en/profile';

export function t(key: keyof typeof profileStatus, vars: Readonly<Record<string, string>> = {}): string {
  return profileStatus[key].replace(/\{(\w+)\}/g, (all, name: string) => vars[name] ?? all);
}
