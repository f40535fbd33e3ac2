/**
 * Which changelog entries a learner who passed an older version of a module needs to read: the
 * versions after the one they passed, up to the current one. Pure, for the home page's element
 * and the build alike.
 */

/** One changelog entry of one module version. */
export interface ChangeEntry {
  version: string;
  text: string;
}

/** Compares two "major.minor.patch" versions numerically: negative when `a` is older. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 3; i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/**
 * The entries newer than `passed` and not newer than `current`, newest first. Empty when the
 * learner passed the current version (nothing changed for them).
 */
export function changesSince<T extends Pick<ChangeEntry, 'version'>>(entries: readonly T[], passed: string, current: string): T[] {
  return entries
    .filter((e) => compareVersions(e.version, passed) > 0 && compareVersions(e.version, current) <= 0)
    .sort((a, b) => compareVersions(b.version, a.version));
}
