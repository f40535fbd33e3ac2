import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { checkLock, headingSlugs, readContent, updatedLock } from '../../src/build/content';
import { copyContent, edit, problemsOf } from '../support/content-copy';

describe('readContent over broken fixtures', () => {
  it('reads the real content without problems and with the lock current', () => {
    const set = readContent('content');
    assert.ok(set.modules.length >= 2);
    assert.deepEqual(checkLock(set), []);
  });

  it('names the file, line and column of a YAML syntax error', () => {
    const dir = copyContent();
    edit(dir, 'policy/platforms.yaml', (t) => `${t}\n- id: [unclosed\n`);
    assert.match(problemsOf(dir), /policy\/platforms\.yaml: YAML syntax error at line \d+, column \d+/);
  });

  it('names a missing file and what it is', () => {
    const dir = copyContent();
    rmSync(join(dir, 'policy', 'data-classes.yaml'));
    assert.match(problemsOf(dir), /policy\/data-classes\.yaml: missing file \(data classes\)/);
  });

  it('names the file, the platform and the field of a schema violation', () => {
    const dir = copyContent();
    edit(dir, 'policy/platforms.yaml', (t) => t.replace('maxDataClass: restricted', 'maxDataClass: top-secret'));
    assert.match(problemsOf(dir), /platforms\.yaml: field \[\d+\]\.maxDataClass \(platform "[a-z0-9-]+"\) expected one of "public", "internal", "confidential", "restricted"; received "top-secret"/);
  });

  it('names a module frontmatter field', () => {
    const dir = copyContent();
    const first = readContent(dir).modules[0]!;
    edit(dir, `modules/${first.id}.mdx`, (t) => t.replace(/^minutes: .*$/m, 'minutes: soon'));
    assert.match(problemsOf(dir), new RegExp(`modules/${first.id}\\.mdx: field minutes \\(frontmatter\\) expected number, received string`));
  });

  it('reports a quiz bank without a module and a module without a quiz bank', () => {
    const dir = copyContent();
    const first = readContent(dir).modules[0]!;
    writeFileSync(join(dir, 'quizzes', 'orphan.yaml'), 'questions: []\n');
    rmSync(join(dir, 'quizzes', `${first.id}.yaml`));
    const m = problemsOf(dir);
    assert.match(m, /quizzes\/orphan\.yaml: quiz bank without a module/);
    assert.match(m, new RegExp(`quizzes/${first.id}\\.yaml: missing file \\(the quiz bank of module "${first.id}"\\)`));
  });

  it('reports a quiz question whose section is not a heading of its module', () => {
    const dir = copyContent();
    const first = readContent(dir).modules[0]!;
    edit(dir, `quizzes/${first.id}.yaml`, (t) => t.replace(/section: .*/, 'section: no-such-heading'));
    assert.match(problemsOf(dir), /section \(question "[a-z0-9-]+"\) names "no-such-heading", which is not a heading anchor/);
  });
});

describe('the versions lock', () => {
  it('flags a module changed without a version bump, naming it', () => {
    const dir = copyContent();
    const first = readContent(dir).modules[0]!;
    edit(dir, `modules/${first.id}.mdx`, (t) => `${t}\nOne more sentence.\n`);
    const problems = checkLock(readContent(dir));
    assert.equal(problems.length, 1);
    assert.match(problems[0]!, new RegExp(`module "${first.id}" changed since version ${first.frontmatter.version.replace(/\./g, '\\.')} was locked`));
  });

  it('flags a bumped version that was not locked, and content:lock adds it keeping the old one', () => {
    const dir = copyContent();
    const first = readContent(dir).modules[0]!;
    edit(dir, `modules/${first.id}.mdx`, (t) => t.replace(/^version: .*$/m, 'version: "9.0.0"'));
    const set = readContent(dir);
    assert.match(checkLock(set).join(), /version 9\.0\.0 is not in .*versions\.lock\.json; run npm run content:lock/);
    const { lock, added, problems } = updatedLock(set);
    assert.deepEqual(problems, []);
    assert.deepEqual(added, [`${first.id}@9.0.0`]);
    // Every version locked before (1.0.0 and later) stays, and the new one is appended.
    const before = (JSON.parse(readFileSync(join(dir, 'versions.lock.json'), 'utf8')) as { modules: Record<string, Array<{ version: string }>> }).modules[first.id]!.map((v) => v.version);
    assert.ok(before.includes(first.frontmatter.version));
    assert.deepEqual(lock.modules[first.id]!.map((v) => v.version), [...before, '9.0.0']);
  });

  it('refuses to re-lock a version with other content', () => {
    const dir = copyContent();
    const first = readContent(dir).modules[0]!;
    edit(dir, `modules/${first.id}.mdx`, (t) => `${t}\nChanged.\n`);
    assert.match(updatedLock(readContent(dir)).problems.join(), /already locked with other content; bump "version"/);
  });

  it('reports a missing lock', () => {
    const dir = copyContent();
    rmSync(join(dir, 'versions.lock.json'));
    assert.match(checkLock(readContent(dir)).join(), /versions\.lock\.json: missing; run npm run content:lock/);
  });
});

describe('heading slugs', () => {
  it('slugs headings like github-slugger, skipping code fences and de-duplicating', () => {
    const body = '## Pasting a stack trace\n```\n## not a heading\n```\n### `API` keys & tokens\n## Pasting a stack trace\n';
    assert.deepEqual(headingSlugs(body), ['pasting-a-stack-trace', 'api-keys--tokens', 'pasting-a-stack-trace-1']);
  });
});

describe('astro build over broken content', () => {
  it('fails, naming the file and the field', () => {
    const dir = copyContent();
    edit(dir, 'org.yaml', (t) => t.replace(/^passMarkPercent: .*$/m, 'passMarkPercent: eighty'));
    const r = spawnSync('npx', ['astro', 'build'], {
      env: { ...process.env, AGA_CONTENT_DIR: dir, AGA_OUT_DIR: join(dir, 'dist') },
      encoding: 'utf8',
      timeout: 120_000,
    });
    assert.notEqual(r.status, 0, 'the build must fail');
    assert.match(`${r.stdout}${r.stderr}`, /org\.yaml: field passMarkPercent expected number, received string/);
  });
});
