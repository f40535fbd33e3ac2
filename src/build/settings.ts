/**
 * The pass mark and re-training period of a module's current version. Authors write them in the
 * module's frontmatter or, as defaults, in `org.yaml`; once a version is locked, the lock entry is
 * the value every consumer uses (module page, home page, signed record, manifest, HR roster, CLI).
 */
import { answerKeyOf } from '../lib/quiz/answer-key';
import type { LockedVersion, VersionsLock } from '../schemas/lock';
import type { Org } from '../schemas/org';
import type { ContentSet, ModuleSource } from './content';

/** The settings a lock entry fixes per version, besides the text and the answer key. */
export const LOCKED_SETTINGS = ['passMarkPercent', 'retrainMonths'] as const;
export type LockedSetting = (typeof LOCKED_SETTINGS)[number];

/** A module's current version as published: the lock entry, or (only before locking, in dev) the authored one. */
export interface CurrentVersion extends Omit<LockedVersion, 'lockedAt'> {
  /** When the version was locked; absent while the version is not locked yet. */
  lockedAt?: string;
}

/** The lock entry that describes a module as it is on disk now: frontmatter values, else org.yaml's. */
export function lockEntryFor(m: ModuleSource, org: Org, lockedAt: string): LockedVersion {
  return {
    version: m.frontmatter.version,
    contentHash: m.contentHash,
    title: m.frontmatter.title,
    passMarkPercent: m.frontmatter.passMarkPercent ?? org.passMarkPercent,
    retrainMonths: m.frontmatter.retrainMonths ?? org.retrainMonths,
    lockedAt,
    questions: answerKeyOf(m.quiz.questions),
    // Only a bank that draws records it: entries locked before draw existed present every question.
    ...(m.quiz.draw === undefined ? {} : { draw: m.quiz.draw }),
  };
}

/** The lock entry of the module's version on disk, when that version is locked with the same content. */
function unchangedEntry(m: ModuleSource, lock: VersionsLock | null): LockedVersion | undefined {
  const entry = lock?.modules[m.id]?.find((v) => v.version === m.frontmatter.version);
  return entry?.contentHash === m.contentHash ? entry : undefined;
}

/**
 * Problems where frontmatter or org.yaml now gives a locked setting another value than the lock has
 * for the same, unchanged version (same version and content hash). Each names the module, the file
 * and the field that gives the new value. `orgFile` is how to name org.yaml in messages.
 */
export function settingsProblems(modules: readonly ModuleSource[], org: Org, lock: VersionsLock | null, orgFile: string): string[] {
  const problems: string[] = [];
  for (const m of modules) {
    const entry = unchangedEntry(m, lock);
    if (!entry) continue;
    const authored = lockEntryFor(m, org, entry.lockedAt);
    for (const field of LOCKED_SETTINGS) {
      if (authored[field] === entry[field]) continue;
      const source = m.frontmatter[field] === undefined ? `${orgFile}: field ${field}` : `${m.file}: field ${field} (frontmatter)`;
      problems.push(
        `${source} gives module "${m.id}" ${authored[field]}, but its version ${entry.version} is locked with ${entry[field]}; restore ${entry[field]}, or give the module a new version and run npm run content:lock`,
      );
    }
  }
  return problems;
}

/**
 * The effective settings, title and answer key of a module's current version: the lock entry
 * when that version is locked (readContent has already refused any disagreement with it), else
 * the authored values, which only `astro dev` sees (a build refuses an unlocked version).
 */
export function currentVersionOf(set: ContentSet, moduleId: string): CurrentVersion {
  const m = set.modules.find((x) => x.id === moduleId);
  if (!m) throw new Error(`no module "${moduleId}" in ${set.dir}`);
  const entry = unchangedEntry(m, set.lock);
  if (entry) return entry;
  const { lockedAt: _draft, ...authored } = lockEntryFor(m, set.org, '');
  return authored;
}
