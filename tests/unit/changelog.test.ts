/** content/changelog.yaml: read, checked against the modules and the lock, problems named by file and field. */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { readChangelog } from '../../src/build/changelog';
import { ContentError, readContent, type ContentSet } from '../../src/build/content';
import { scratchDir } from '../support/scratch';

const set = readContent('content');

/** The real content set, with its changelog replaced by `yaml`. */
function withChangelog(yaml: string): ContentSet {
  const dir = scratchDir('aga-changelog-');
  writeFileSync(join(dir, 'changelog.yaml'), yaml);
  return { ...set, dir };
}

function problemsOf(yaml: string): string[] {
  try {
    readChangelog(withChangelog(yaml));
    return [];
  } catch (error) {
    assert.ok(error instanceof ContentError, String(error));
    return error.problems;
  }
}

describe('the changelog', () => {
  it('of the shipped content has an entry for every module version after the first', () => {
    const changelog = readChangelog(set);
    for (const m of set.modules) {
      const versions = new Set([...(set.lock?.modules[m.id] ?? []).map((v) => v.version), m.frontmatter.version]);
      assert.ok((changelog.get(m.id) ?? []).length >= versions.size - 1, m.id);
    }
  });

  it('names a module version that lacks an entry', () => {
    const problems = problemsOf('ai-coding-agents:\n  "1.0.0": New.\n');
    assert.ok(problems.some((p) => /module "approved-platforms" version 1\.2\.0 has no entry/.test(p)), problems.join('\n'));
  });

  it('names an entry for a module or a version that does not exist', () => {
    const problems = problemsOf('no-such-module:\n  "1.0.0": x\napproved-platforms:\n  "9.9.9": x\n');
    assert.ok(problems.some((p) => /field no-such-module names no module/.test(p)), problems.join('\n'));
    assert.ok(problems.some((p) => /field approved-platforms\.9\.9\.9 is not a version/.test(p)), problems.join('\n'));
  });

  it('names the field of an entry that is not text', () => {
    const problems = problemsOf('approved-platforms:\n  "1.2.0": [1, 2]\n');
    assert.ok(problems.some((p) => p.startsWith('content/changelog.yaml: field approved-platforms')), problems.join('\n'));
  });
});
