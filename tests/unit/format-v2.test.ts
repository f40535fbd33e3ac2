import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { readContent, updatedLock } from '../../src/build/content';
import { contentManifest } from '../../src/build/manifest';
import { buildManifest, drawOf, identityOf, policiesOf } from '../../src/lib/records/manifest';
import { acknowledgementPayloadSchema } from '../../src/schemas/acknowledgement';
import { manifestSchema } from '../../src/schemas/manifest';
import { orgSchema } from '../../src/schemas/org';
import { completionPayloadSchema, completionV2PayloadSchema } from '../../src/schemas/record';
import { copyContent, edit, problemsOf } from '../support/content-copy';

const hash = `sha256:${'a'.repeat(64)}`;
const salt = 'A'.repeat(43);
const v1Payload = {
  type: 'aga.completion', v: 1, recordId: '00000000-0000-4000-8000-000000000001',
  site: { origin: 'https://x.example', build: 'b' },
  module: { id: 'm', version: '1.0.0', contentHash: hash },
  learner: { name: 'A', email: 'a@example.com', employeeId: 'E1' },
  attempt: { n: 1, startedAt: '2026-01-01T00:00:00.000Z', completedAt: '2026-01-01T00:10:00.000Z' },
  answers: [{ q: 'q1', selected: [0] }],
  score: { correct: 1, total: 1, passMarkPercent: 80, passed: true },
};

describe('completion payload v2', () => {
  const table: Array<[string, unknown, boolean]> = [
    ['v1 stays accepted', v1Payload, true],
    ['v2 self-declared', { ...v1Payload, v: 2, identity: { method: 'self-declared' } }, true],
    ['v2 oidc', { ...v1Payload, v: 2, identity: { method: 'oidc', idToken: 'a.b.c', nonceSalt: salt } }, true],
    ['v2 without identity', { ...v1Payload, v: 2 }, false],
    ['v1 with identity (closed object)', { ...v1Payload, identity: { method: 'self-declared' } }, false],
    ['v2 oidc with a short salt', { ...v1Payload, v: 2, identity: { method: 'oidc', idToken: 'a.b.c', nonceSalt: 'abc' } }, false],
    ['v2 unknown identity method', { ...v1Payload, v: 2, identity: { method: 'saml' } }, false],
    ['v3', { ...v1Payload, v: 3, identity: { method: 'self-declared' } }, false],
  ];
  for (const [name, payload, ok] of table) {
    it(`${name}: ${ok ? 'accepted' : 'refused'}`, () => assert.equal(completionPayloadSchema.safeParse(payload).success, ok));
  }
  it('v2 is v1 plus identity, nothing else', () => {
    const keys = Object.keys(completionV2PayloadSchema.shape).sort();
    assert.deepEqual(keys, [...Object.keys(v1Payload), 'identity'].sort());
  });
});

describe('acknowledgement payload v2', () => {
  const ack = {
    type: 'aga.acknowledgement', v: 2, recordId: '00000000-0000-4000-8000-000000000002',
    site: { origin: 'https://x.example', build: 'b' }, policy: { version: '2026.1', contentHash: hash },
    learner: { name: 'A', email: 'a@example.com', employeeId: 'E1' }, identity: { method: 'self-declared' },
    readingSeconds: 95, acknowledgedAt: '2026-01-01T00:10:00.000Z',
  };
  const table: Array<[string, unknown, boolean]> = [
    ['as DESIGN fixes it', ack, true],
    ['fractional reading time', { ...ack, readingSeconds: 9.5 }, false],
    ['v1', { ...ack, v: 1 }, false],
    ['an extra member', { ...ack, module: {} }, false],
    ['no identity', { ...ack, identity: undefined }, false],
  ];
  for (const [name, payload, ok] of table) {
    it(`${name}: ${ok ? 'accepted' : 'refused'}`, () => assert.equal(acknowledgementPayloadSchema.safeParse(payload).success, ok));
  }
});

describe('manifest v2', () => {
  const mod = { id: 'm', version: '1.0.0', title: 'M', contentHash: hash, passMarkPercent: 80, retrainMonths: 12, current: true, questions: [{ id: 'q1', type: 'single' as const, correct: [0] }, { id: 'q2', type: 'single' as const, correct: [1] }] };
  const v2 = { v: 2, build: 'b', modules: [{ ...mod, draw: 1 }], policies: [{ version: '1', title: 'P', contentHash: hash, minReadingSeconds: 60, current: true }] };
  const identity = { issuer: 'https://login.example.com', clientId: 'academy', emailClaim: 'email' };
  const table: Array<[string, unknown, boolean]> = [
    ['v1 stays accepted', { v: 1, build: 'b', modules: [mod] }, true],
    ['the committed v1 sample', JSON.parse(readFileSync(join('tests', 'fixtures', 'record-v1', 'manifest.json'), 'utf8')), true],
    ['v2 without SSO', v2, true],
    ['v2 with SSO identity', { ...v2, identity }, true],
    ['v2 module without draw', { ...v2, modules: [mod] }, false],
    ['v2 draw above the bank size', { ...v2, modules: [{ ...mod, draw: 3 }] }, false],
    ['v2 without policies', { v: 2, build: 'b', modules: [{ ...mod, draw: 2 }] }, false],
    ['v2 identity with a non-URL issuer', { ...v2, identity: { ...identity, issuer: 'login' } }, false],
  ];
  for (const [name, manifest, ok] of table) {
    it(`${name}: ${ok ? 'accepted' : 'refused'}`, () => assert.equal(manifestSchema.safeParse(manifest).success, ok));
  }
  it('drawOf, policiesOf and identityOf read both formats', () => {
    const one = manifestSchema.parse({ v: 1, build: 'b', modules: [mod] });
    const two = manifestSchema.parse({ ...v2, identity });
    assert.equal(drawOf(one.modules[0]!), 2);
    assert.equal(drawOf(two.modules[0]!), 1);
    assert.deepEqual(policiesOf(one), []);
    assert.equal(policiesOf(two).length, 1);
    assert.equal(identityOf(one), undefined);
    assert.deepEqual(identityOf(two), identity);
  });
  it('buildManifest writes draw (bank size by default), the policies and identity only with SSO', async () => {
    const lock = {
      v: 1 as const,
      modules: { m: [{ version: '1.0.0', contentHash: hash, title: 'M', passMarkPercent: 80, retrainMonths: 12, lockedAt: '2026-01-01T00:00:00.000Z', questions: mod.questions }] },
      policies: [{ version: '1', title: 'P', contentHash: hash, minReadingSeconds: 60 }, { version: '2', title: 'P', contentHash: hash, minReadingSeconds: 90 }],
    };
    const m = await buildManifest(lock, { m: '1.0.0' }, { policyVersion: '2' });
    assert.equal(m.v, 2);
    assert.equal(m.modules[0]!.draw, 2);
    assert.deepEqual(m.policies.map((p) => [p.version, p.current]), [['1', false], ['2', true]]);
    assert.equal('identity' in m, false);
    assert.ok(manifestSchema.safeParse(m).success);
    const drawn = await buildManifest({ ...lock, modules: { m: [{ ...lock.modules.m[0]!, draw: 1 }] } }, { m: '1.0.0' }, { identity });
    assert.equal(drawn.modules[0]!.draw, 1);
    assert.deepEqual(drawn.identity, identity);
  });
});

/** A bank's YAML with its `draw` set to `value`: the existing line replaced, or one added. */
function withDraw(yaml: string, value: string): string {
  return /^draw: .*$/m.test(yaml) ? yaml.replace(/^draw: .*$/m, `draw: ${value}`) : `draw: ${value}\n${yaml}`;
}

describe('content: org.yaml sso and quiz bank draw', () => {
  it('the real content gives a v2 manifest with an empty policies list until a policy is locked', async () => {
    const set = readContent('content');
    const m = await contentManifest(set);
    assert.equal(m.v, 2);
    if (!set.lock?.policies?.length) assert.deepEqual(m.policies, []);
    // A version locked with a draw presents that many; one locked before banks drew presents every question.
    for (const e of m.modules) {
      const locked = set.lock!.modules[e.id]!.find((v) => v.version === e.version)!;
      assert.equal(e.draw, locked.draw ?? e.questions.length, `${e.id} ${e.version}`);
    }
  });

  it('org.yaml sso is read, defaults applied, and the manifest carries identity', async () => {
    const dir = copyContent();
    edit(dir, 'org.yaml', (t) => `${t}\nsso:\n  issuer: https://login.example.com/t\n  clientId: academy\n  employeeIdClaim: employee_id\n`);
    const set = readContent(dir);
    assert.deepEqual(set.org.sso, { issuer: 'https://login.example.com/t', clientId: 'academy', scopes: 'openid email profile', emailClaim: 'email', employeeIdClaim: 'employee_id' });
    assert.deepEqual((await contentManifest(set)).identity, { issuer: 'https://login.example.com/t', clientId: 'academy', emailClaim: 'email', employeeIdClaim: 'employee_id' });
    assert.equal(orgSchema.safeParse({ ...set.org, sso: { clientId: 'x' } }).success, false);
  });

  it('a broken sso block fails, naming org.yaml and the field', () => {
    const dir = copyContent();
    edit(dir, 'org.yaml', (t) => `${t}\nsso:\n  issuer: http://login.example.com\n  clientId: academy\n`);
    assert.match(problemsOf(dir), /org\.yaml: field sso\.issuer/);
  });

  it('a draw larger than the bank fails, naming the quiz file and the field', () => {
    const dir = copyContent();
    const first = readContent(dir).modules[0]!;
    edit(dir, `quizzes/${first.id}.yaml`, (t) => withDraw(t, '99'));
    assert.match(problemsOf(dir), new RegExp(`quizzes/${first.id}\\.yaml: field draw .*at most ${first.quiz.questions.length}`));
  });

  it('a draw that is not a whole number fails, naming the field', () => {
    const dir = copyContent();
    const first = readContent(dir).modules[0]!;
    edit(dir, `quizzes/${first.id}.yaml`, (t) => withDraw(t, '1.5'));
    assert.match(problemsOf(dir), new RegExp(`quizzes/${first.id}\\.yaml: field draw`));
  });

  it('a bank with draw locks it with the version, and the manifest presents that many', async () => {
    const dir = copyContent();
    const first = readContent(dir).modules[0]!;
    edit(dir, `quizzes/${first.id}.yaml`, (t) => withDraw(t, '2'));
    edit(dir, `modules/${first.id}.mdx`, (t) => t.replace(/^version: .*$/m, 'version: "9.0.0"'));
    const set = readContent(dir);
    const { lock } = updatedLock(set);
    const entry = lock.modules[first.id]!.find((v) => v.version === '9.0.0')!;
    assert.equal(entry.draw, 2);
    assert.equal(lock.modules[first.id]![0]!.draw, undefined, 'the first version was locked before banks drew');
    const m = await buildManifest(lock, { [first.id]: '9.0.0' });
    assert.equal(m.modules.find((e) => e.id === first.id && e.version === '9.0.0')!.draw, 2);
  });
});
