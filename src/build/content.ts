/**
 * Reads and validates everything under `content/` in plain Node, outside Astro.
 * The build (through the `aga-content` integration), `npm run content:lock` and the `aga` CLI
 * all use this, so a broken file fails the same way everywhere, naming file and field.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import GithubSlugger from 'github-slugger';
import { dataClassesFileSchema, type DataClass } from '../schemas/data-classes';
import { versionsLockSchema, type VersionsLock } from '../schemas/lock';
import { moduleFrontmatterSchema, type ModuleFrontmatter } from '../schemas/module';
import { orgSchema, type Org } from '../schemas/org';
import { platformsFileSchema, type Platform } from '../schemas/platforms';
import { quizBankSchema, type QuizBank } from '../schemas/quiz';
import { lockPolicy, policyLockProblems, readPolicy, type PolicySource } from './policy';
import { display, parseYamlFile, readText, splitFrontmatter, validate } from './read';
import { lockEntryFor, settingsProblems } from './settings';

/** A content problem that must stop the build. Its message lists every problem, one per line. */
export class ContentError extends Error {
  constructor(readonly problems: string[]) {
    super(`Content check failed:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ContentError';
  }
}

/** One module with its quiz bank, as read from disk. */
export interface ModuleSource {
  id: string;
  /** Path of the MDX file relative to the working directory. */
  file: string;
  quizFile: string;
  frontmatter: ModuleFrontmatter;
  quiz: QuizBank;
  /** `sha256:<hex>` over the raw MDX bytes then the raw quiz-bank bytes. */
  contentHash: string;
  /** Slugs of the headings in the MDX body, as Astro generates them. */
  headings: string[];
}

export interface ContentSet {
  dir: string;
  org: Org;
  dataClasses: DataClass[];
  platforms: Platform[];
  modules: ModuleSource[];
  /** The AI-use policy (content/policy/policy.mdx) at org.yaml's policyVersion; undefined when there is none. */
  policy?: PolicySource;
  /** The lock file, or null when it does not exist yet. */
  lock: VersionsLock | null;
}

/** The content folder: `AGA_CONTENT_DIR` when set (tests, benchmarks), else `content`. */
export function contentDir(): string {
  return process.env.AGA_CONTENT_DIR ?? 'content';
}

/** Heading slugs of a Markdown/MDX body, the way Astro's github-slugger pass names them. */
export function headingSlugs(body: string): string[] {
  const slugger = new GithubSlugger();
  const slugs: string[] = [];
  let fence: string | null = null;
  for (const line of body.split(/\r?\n/)) {
    const fenceMatch = /^\s*(```|~~~)/.exec(line);
    if (fenceMatch) {
      fence = fence === null ? fenceMatch[1]! : fence === fenceMatch[1] ? null : fence;
      continue;
    }
    if (fence) continue;
    const heading = /^(#{1,6})\s+(.+?)\s*#*\s*$/.exec(line);
    if (!heading) continue;
    const text = heading[2]!
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/[`*_]/g, '')
      .replace(/<[^>]+>/g, '');
    slugs.push(slugger.slug(text));
  }
  return slugs;
}

/** `sha256:` + hex SHA-256 of the MDX bytes followed by the quiz-bank bytes. */
export function contentHash(mdx: Buffer, quiz: Buffer): string {
  return `sha256:${createHash('sha256').update(mdx).update(quiz).digest('hex')}`;
}

function listFiles(dir: string, ext: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(ext))
    .sort();
}

/**
 * Reads and validates every content file. Throws a ContentError listing every problem found
 * (syntax, schema, missing files, cross-file references). Does not check the lock: see `checkLock`.
 */
export function readContent(dir = contentDir()): ContentSet {
  const problems: string[] = [];

  const orgPath = join(dir, 'org.yaml');
  const orgText = readText(orgPath, problems, 'organisation settings');
  const org = orgText === undefined ? undefined : validate(orgPath, parseYamlFile(orgPath, orgText, problems) ?? {}, orgSchema, problems);

  const classesPath = join(dir, 'policy', 'data-classes.yaml');
  const classesText = readText(classesPath, problems, 'data classes');
  const classesData = classesText === undefined ? undefined : parseYamlFile(classesPath, classesText, problems);
  const dataClasses = classesData === undefined ? undefined : validate(classesPath, classesData, dataClassesFileSchema, problems);

  const platformsPath = join(dir, 'policy', 'platforms.yaml');
  const platformsText = readText(platformsPath, problems, 'platform registry');
  const platformsData = platformsText === undefined ? undefined : parseYamlFile(platformsPath, platformsText, problems);
  const platforms =
    platformsData === undefined
      ? undefined
      : validate(platformsPath, platformsData, platformsFileSchema, problems, (p) => {
          const item = Array.isArray(platformsData) && typeof p[0] === 'number' ? (platformsData[p[0]] as { id?: unknown } | undefined) : undefined;
          return typeof item?.id === 'string' ? `platform "${item.id}"` : undefined;
        });

  const modulesDir = join(dir, 'modules');
  const quizzesDir = join(dir, 'quizzes');
  const mdxFiles = listFiles(modulesDir, '.mdx');
  const quizFiles = listFiles(quizzesDir, '.yaml');
  if (mdxFiles.length === 0) problems.push(`${display(modulesDir)}: no modules found (expected <id>.mdx files)`);

  const modules: ModuleSource[] = [];
  for (const f of mdxFiles) {
    const id = basename(f, '.mdx');
    const file = join(modulesDir, f);
    const quizFile = join(quizzesDir, `${id}.yaml`);
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) problems.push(`${display(file)}: the file name must be a kebab-case module id`);
    const mdxBytes = readFileSync(file);
    const parts = splitFrontmatter(mdxBytes.toString('utf8'));
    if (!parts) {
      problems.push(`${display(file)}: missing frontmatter (a block between --- lines at the top)`);
      continue;
    }
    const fmData = parseYamlFile(file, parts.frontmatter, problems);
    const frontmatter = fmData === undefined ? undefined : validate(file, fmData ?? {}, moduleFrontmatterSchema, problems, () => 'frontmatter');
    if (!existsSync(quizFile)) {
      problems.push(`${display(quizFile)}: missing file (the quiz bank of module "${id}")`);
      continue;
    }
    const quizBytes = readFileSync(quizFile);
    const quizData = parseYamlFile(quizFile, quizBytes.toString('utf8'), problems);
    const quiz =
      quizData === undefined
        ? undefined
        : validate(quizFile, quizData, quizBankSchema, problems, (p) => {
            const qs = (quizData as { questions?: Array<{ id?: unknown }> } | null)?.questions;
            const q = Array.isArray(qs) && typeof p[1] === 'number' ? qs[p[1]] : undefined;
            return typeof q?.id === 'string' ? `question "${q.id}"` : undefined;
          });
    if (!frontmatter || !quiz) continue;
    const headings = headingSlugs(parts.body);
    quiz.questions.forEach((q, i) => {
      if (!headings.includes(q.section)) {
        problems.push(
          `${display(quizFile)}: field questions[${i}].section (question "${q.id}") names "${q.section}", which is not a heading anchor of ${display(file)}; expected one of ${headings.join(', ') || '(no headings)'}`,
        );
      }
    });
    modules.push({ id, file: display(file), quizFile: display(quizFile), frontmatter, quiz, contentHash: contentHash(mdxBytes, quizBytes), headings });
  }
  for (const f of quizFiles) {
    const id = basename(f, '.yaml');
    if (!mdxFiles.includes(`${id}.mdx`)) problems.push(`${display(join(quizzesDir, f))}: quiz bank without a module (expected ${display(join(modulesDir, `${id}.mdx`))})`);
  }
  const orders = new Map<number, string>();
  for (const m of modules) {
    const other = orders.get(m.frontmatter.order);
    if (other) problems.push(`${m.file}: field order (frontmatter) ${m.frontmatter.order} is also used by module "${other}"; expected a unique position`);
    orders.set(m.frontmatter.order, m.id);
  }

  const lockPath = join(dir, 'versions.lock.json');
  let lock: VersionsLock | null = null;
  if (existsSync(lockPath)) {
    const text = readFileSync(lockPath, 'utf8');
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (error) {
      problems.push(`${display(lockPath)}: not valid JSON (${(error as Error).message}); regenerate it with npm run content:lock`);
    }
    if (data !== undefined) lock = validate(lockPath, data, versionsLockSchema, problems) ?? null;
  }

  if (org) problems.push(...settingsProblems(modules, org, lock, display(orgPath)));
  const policy = org ? readPolicy(dir, org.policyVersion, problems) : undefined;
  if (problems.length > 0 || !org || !dataClasses || !platforms) throw new ContentError(problems);
  modules.sort((a, b) => a.frontmatter.order - b.frontmatter.order);
  return { dir, org, dataClasses, platforms, modules, lock, ...(policy ? { policy } : {}) };
}

/** Problems between the modules on disk and the lock: each names the module and what to do. */
export function checkLock(set: ContentSet): string[] {
  const lockFile = display(join(set.dir, 'versions.lock.json'));
  if (!set.lock) return [`${lockFile}: missing; run npm run content:lock`];
  const problems: string[] = [];
  for (const m of set.modules) {
    const versions = set.lock.modules[m.id] ?? [];
    const entry = versions.find((v) => v.version === m.frontmatter.version);
    if (!entry) {
      problems.push(`${m.file}: module "${m.id}" version ${m.frontmatter.version} is not in ${lockFile}; run npm run content:lock`);
    } else if (entry.contentHash !== m.contentHash) {
      problems.push(
        `${m.file}: module "${m.id}" changed since version ${m.frontmatter.version} was locked (content hash ${m.contentHash} differs from the lock's ${entry.contentHash}); bump "version" in its frontmatter, then run npm run content:lock`,
      );
    }
  }
  problems.push(...policyLockProblems(set.policy, set.lock, lockFile));
  return problems;
}

/**
 * Returns the lock with the current version of every module added. An existing entry for the
 * same version is kept when its hash matches and refused when it differs (the version must be bumped).
 */
export function updatedLock(set: ContentSet, now = new Date()): { lock: VersionsLock; added: string[]; problems: string[] } {
  const lock: VersionsLock = structuredClone(set.lock ?? { v: 1, modules: {} });
  const added: string[] = [];
  const problems: string[] = [];
  for (const m of set.modules) {
    const versions = (lock.modules[m.id] ??= []);
    const existing = versions.find((v) => v.version === m.frontmatter.version);
    if (existing) {
      if (existing.contentHash !== m.contentHash) {
        problems.push(`${m.file}: version ${m.frontmatter.version} of "${m.id}" is already locked with other content; bump "version" in its frontmatter first`);
      }
      continue;
    }
    versions.push(lockEntryFor(m, set.org, now.toISOString()));
    added.push(`${m.id}@${m.frontmatter.version}`);
  }
  const policy = lockPolicy(lock, set.policy, now.toISOString());
  if (policy.added) added.push(policy.added);
  if (policy.problem) problems.push(policy.problem);
  return { lock, added, problems };
}
