/**
 * The AI-use policy (`content/policy/policy.mdx`) at build time: read and validated, checked against
 * the lock, and locked, beside the modules. Its version is org.yaml's `policyVersion`.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LockedPolicy, VersionsLock } from '../schemas/lock';
import { policyFrontmatterSchema, type PolicyFrontmatter } from '../schemas/policy';
import { display, parseYamlFile, splitFrontmatter, validate } from './read';

export interface PolicySource {
  /** Path relative to the working directory. */
  file: string;
  /** org.yaml `policyVersion`. */
  version: string;
  frontmatter: PolicyFrontmatter;
  /** `sha256:` + hex SHA-256 of the raw bytes of policy.mdx. */
  contentHash: string;
}

/** The policy file of a content folder; absent is allowed (a site without a policy to acknowledge). */
export function policyFile(dir: string): string {
  return join(dir, 'policy', 'policy.mdx');
}

/** Reads the policy, or undefined when the file does not exist; problems name the file and field. */
export function readPolicy(dir: string, version: string, problems: string[]): PolicySource | undefined {
  const path = policyFile(dir);
  if (!existsSync(path)) return undefined;
  const file = display(path);
  const bytes = readFileSync(path);
  const parts = splitFrontmatter(bytes.toString('utf8'));
  if (!parts) {
    problems.push(`${file}: missing frontmatter (a block between --- lines at the top)`);
    return undefined;
  }
  const data = parseYamlFile(path, parts.frontmatter, problems);
  const frontmatter = data === undefined ? undefined : validate(path, data ?? {}, policyFrontmatterSchema, problems, () => 'frontmatter');
  if (!frontmatter) return undefined;
  return { file, version, frontmatter, contentHash: `sha256:${createHash('sha256').update(bytes).digest('hex')}` };
}

/** The lock entry the policy would get now. */
export function policyLockEntry(policy: PolicySource, lockedAt: string): LockedPolicy {
  return { version: policy.version, title: policy.frontmatter.title, contentHash: policy.contentHash, minReadingSeconds: policy.frontmatter.minReadingSeconds, lockedAt };
}

/** Problems between the policy on disk and the lock, each naming the file and what to do. */
export function policyLockProblems(policy: PolicySource | undefined, lock: VersionsLock, lockFile: string): string[] {
  if (!policy) return [];
  const entry = (lock.policies ?? []).find((p) => p.version === policy.version);
  if (!entry) return [`${policy.file}: policy version ${policy.version} (org.yaml policyVersion) is not in ${lockFile}; run npm run content:lock`];
  const problems: string[] = [];
  if (entry.contentHash !== policy.contentHash) {
    problems.push(`${policy.file}: the policy changed since version ${policy.version} was locked (content hash ${policy.contentHash} differs from the lock's ${entry.contentHash}); set a new policyVersion in org.yaml, then run npm run content:lock`);
  }
  if (entry.minReadingSeconds !== policy.frontmatter.minReadingSeconds) {
    problems.push(`${policy.file}: field minReadingSeconds (frontmatter) is ${policy.frontmatter.minReadingSeconds}, but version ${policy.version} was locked with ${entry.minReadingSeconds}; set a new policyVersion in org.yaml to change it`);
  }
  return problems;
}

/** Adds the policy's current version to `lock` (in place); refuses a locked version whose content changed. */
export function lockPolicy(lock: VersionsLock, policy: PolicySource | undefined, lockedAt: string): { added?: string; problem?: string } {
  if (!policy) return {};
  const policies = (lock.policies ??= []);
  const existing = policies.find((p) => p.version === policy.version);
  if (existing) {
    return existing.contentHash === policy.contentHash ? {} : { problem: `${policy.file}: policy version ${policy.version} is already locked with other content; set a new policyVersion in org.yaml first` };
  }
  policies.push(policyLockEntry(policy, lockedAt));
  return { added: `policy@${policy.version}` };
}
