import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { checkLock, readContent, updatedLock } from '../../src/build/content';
import { ReadingClock } from '../../src/lib/policy/reading';
import { buildAcknowledgement } from '../../src/lib/records/build-acknowledgement';
import { acknowledgementPayloadSchema } from '../../src/schemas/acknowledgement';
import { copyContent } from '../support/content-copy';

describe('ReadingClock', () => {
  it('counts only visible time, and a long gap as one tick at most', () => {
    const c = new ReadingClock(1500);
    c.tick(0, true);
    c.tick(1000, true);
    c.tick(2000, true);
    assert.equal(c.seconds(), 2);
    c.tick(3000, false); // hidden from 2 s to 3 s: not counted
    c.tick(60_000, true); // came back: the hidden minute is not counted either
    assert.equal(c.seconds(), 2);
    c.tick(61_000, true);
    c.tick(400_000, true); // a sleeping laptop: one tick's worth at most
    assert.equal(c.seconds(), 4);
    assert.equal(c.remaining(90), 86);
    assert.equal(c.remaining(3), 0);
  });
});

describe('buildAcknowledgement', () => {
  const input = {
    recordId: '00000000-0000-4000-8000-000000000001',
    site: { origin: 'https://academy.example', build: 'b' },
    policy: { version: '2026.1', contentHash: `sha256:${'a'.repeat(64)}` },
    learner: { name: 'Ade\u0301 Lee', email: 'ade@example.com', employeeId: 'E7' },
    readingSeconds: 95,
    acknowledgedAt: '2026-12-02T10:00:00.000Z',
  };
  it('makes a payload the v2 schema accepts, self-declared by default, the name NFC', () => {
    const p = buildAcknowledgement(input);
    assert.ok(acknowledgementPayloadSchema.safeParse(p).success);
    assert.deepEqual(p.identity, { method: 'self-declared' });
    assert.equal(p.learner.name, 'Adé Lee'.normalize('NFC'));
  });
  it('refuses a time that does not round-trip and a negative reading time', () => {
    assert.throws(() => buildAcknowledgement({ ...input, acknowledgedAt: '2026-12-02T10:00:00Z' }), RangeError);
    assert.throws(() => buildAcknowledgement({ ...input, readingSeconds: -1 }), RangeError);
  });
});

describe('the policy in the lock', () => {
  it('the shipped policy version is locked with its text', () => {
    assert.deepEqual(checkLock(readContent('content')), []);
    assert.equal(readContent('content').policy?.version, readContent('content').org.policyVersion);
  });
  it('a changed text under the same policyVersion fails the build, naming the file; a new version locks', () => {
    const dir = copyContent();
    const file = join(dir, 'policy', 'policy.mdx');
    writeFileSync(file, `${readFileSync(file, 'utf8')}\nOne more rule.\n`);
    const problems = checkLock(readContent(dir));
    assert.equal(problems.length, 1);
    assert.match(problems[0]!, /policy\.mdx: the policy changed since version .* set a new policyVersion in org\.yaml/);
    assert.match(updatedLock(readContent(dir)).problems.join('\n'), /already locked with other content/);
    const org = join(dir, 'org.yaml');
    writeFileSync(org, readFileSync(org, 'utf8').replace(/policyVersion: .*/, 'policyVersion: "2027.1"'));
    const { lock, added, problems: none } = updatedLock(readContent(dir));
    assert.deepEqual(none, []);
    assert.deepEqual(added, ['policy@2027.1']);
    assert.deepEqual(lock.policies?.map((p) => p.version), [readContent('content').org.policyVersion, '2027.1']);
  });
  it('a broken frontmatter field is named', () => {
    const dir = copyContent();
    const file = join(dir, 'policy', 'policy.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/minReadingSeconds: \d+/, 'minReadingSeconds: soon'));
    assert.throws(() => readContent(dir), /policy\.mdx: field minReadingSeconds \(frontmatter\)/);
  });
});
