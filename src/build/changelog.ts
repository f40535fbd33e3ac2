/**
 * Reads `content/changelog.yaml` and checks it against the content set: every entry names a
 * module that exists and a version that is locked or current, and every version after a module's
 * first has an entry (a learner asked to retake it must be told what changed).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { changelogFileSchema } from '../schemas/changelog';
import { formatZodError } from '../schemas/format-error';
import type { ChangeEntry } from '../lib/quiz/changes';
import { compareVersions } from '../lib/quiz/changes';
import { ContentError, type ContentSet } from './content';

/** Module id to its entries, oldest first. */
export type Changelog = Map<string, ChangeEntry[]>;

/** The changelog of `set`; throws a ContentError naming the file and field of every problem. */
export function readChangelog(set: ContentSet): Changelog {
  const path = join(set.dir, 'changelog.yaml');
  const file = 'content/changelog.yaml';
  if (!existsSync(path)) throw new ContentError([`${file}: missing file (what changed in each module version)`]);
  let data: unknown;
  try {
    data = parseYaml(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new ContentError([`${file}: not valid YAML (${(error as Error).message})`]);
  }
  const parsed = changelogFileSchema.safeParse(data ?? {});
  if (!parsed.success) throw new ContentError(formatZodError(file, parsed.error));
  const problems: string[] = [];
  const changelog: Changelog = new Map();
  for (const [id, versions] of Object.entries(parsed.data)) {
    const m = set.modules.find((x) => x.id === id);
    if (!m) {
      problems.push(`${file}: field ${id} names no module; expected one of ${set.modules.map((x) => x.id).join(', ')}`);
      continue;
    }
    const known = new Set([...(set.lock?.modules[id] ?? []).map((v) => v.version), m.frontmatter.version]);
    for (const v of Object.keys(versions)) {
      if (!known.has(v)) problems.push(`${file}: field ${id}.${v} is not a version of module "${id}" (locked or current: ${[...known].join(', ')})`);
    }
    changelog.set(id, Object.entries(versions).map(([version, text]) => ({ version, text })).sort((a, b) => compareVersions(a.version, b.version)));
  }
  for (const m of set.modules) {
    const versions = [...new Set([...(set.lock?.modules[m.id] ?? []).map((v) => v.version), m.frontmatter.version])].sort(compareVersions);
    const have = new Set((changelog.get(m.id) ?? []).map((e) => e.version));
    for (const v of versions.slice(1)) if (!have.has(v)) problems.push(`${file}: module "${m.id}" version ${v} has no entry; say in a sentence what changed since the version before`);
  }
  if (problems.length > 0) throw new ContentError(problems);
  return changelog;
}
