import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dataClassesFileSchema } from '../../src/schemas/data-classes';
import { formatZodError } from '../../src/schemas/format-error';
import { versionsLockSchema } from '../../src/schemas/lock';
import { moduleFrontmatterSchema } from '../../src/schemas/module';
import { orgSchema } from '../../src/schemas/org';
import { platformSchema, platformsFileSchema } from '../../src/schemas/platforms';
import { profileSchema } from '../../src/schemas/profile';
import { quizBankSchema } from '../../src/schemas/quiz';
import { exportBundleSchema, recordJwsSchema, recordPayloadSchema } from '../../src/schemas/record';

const messages = (label: string, r: { success: boolean; error?: unknown }) =>
  r.success ? [] : formatZodError(label, r.error as Parameters<typeof formatZodError>[1]);

const platform = {
  id: 'tool-a', name: 'Tool A', vendor: 'V', kind: 'Chat assistant', status: 'approved', maxDataClass: 'internal',
  conditions: ['Company account'], owner: 'AI board', reviewed: '2026-01-31', reason: 'Contract in place',
};
const classes = ['public', 'internal', 'confidential', 'restricted'].map((id) => ({ id, name: id, meaning: 'm', examples: ['e'], aiRule: 'r' }));
const question = { id: 'q-one', type: 'single', prompt: 'P?', options: [{ text: 'A', correct: true }, { text: 'B' }], explanation: 'Because.', section: 'a-heading' };

describe('org schema', () => {
  it('accepts the sample and applies defaults', () => {
    const org = orgSchema.parse({ name: 'X', policyOwner: 'O', contact: 'c@x', policyVersion: '1' });
    assert.equal(org.passMarkPercent, 80);
    assert.equal(org.retrainMonths, 12);
    assert.equal(org.template, false);
  });
  it('rejects a pass mark over 100 and unknown keys, naming the field', () => {
    const r = orgSchema.safeParse({ name: 'X', policyOwner: 'O', contact: 'c', policyVersion: '1', passMarkPercent: 120, colour: 'red' });
    const m = messages('content/org.yaml', r);
    assert.ok(m.some((l) => l.includes('field passMarkPercent') && l.includes('at most 100')), m.join('\n'));
    assert.ok(m.some((l) => l.includes('unknown field(s) "colour"')), m.join('\n'));
  });
});

describe('data-classes schema', () => {
  it('accepts the four classes in order', () => assert.equal(dataClassesFileSchema.parse(classes).length, 4));
  it('rejects a wrong order', () => {
    const r = dataClassesFileSchema.safeParse([...classes].reverse());
    assert.match(messages('f', r).join('\n'), /public, internal, confidential, restricted/);
  });
  it('rejects an unknown id, listing the allowed ones', () => {
    const r = dataClassesFileSchema.safeParse([{ ...classes[0], id: 'secret' }, ...classes.slice(1)]);
    assert.match(messages('f', r).join('\n'), /field \[0\]\.id expected one of "public", "internal"/);
  });
});

describe('platform schema', () => {
  it('accepts a full entry and turns the review date into a Date', () => {
    assert.ok(platformSchema.parse(platform).reviewed instanceof Date);
  });
  it('requires maxDataClass unless prohibited, and forbids it when prohibited', () => {
    assert.match(messages('f', platformSchema.safeParse({ ...platform, maxDataClass: undefined })).join(), /maxDataClass.*required when status is approved/);
    assert.match(messages('f', platformSchema.safeParse({ ...platform, status: 'prohibited' })).join(), /maxDataClass.*must be absent/);
  });
  it('rejects an unknown status and a non-kebab id', () => {
    const m = messages('f', platformSchema.safeParse({ ...platform, status: 'maybe', id: 'Tool A' })).join('\n');
    assert.match(m, /field status expected one of "approved", "conditional", "prohibited"/);
    assert.match(m, /field id expected a kebab-case id/);
  });
  it('rejects duplicate ids in the file', () => {
    assert.match(messages('f', platformsFileSchema.safeParse([platform, platform])).join(), /duplicate platform id "tool-a"/);
  });
});

describe('module frontmatter schema', () => {
  const fm = { title: 'T', summary: 'S', order: 1, version: '1.0.0', minutes: 10 };
  it('accepts minimal frontmatter', () => assert.deepEqual(moduleFrontmatterSchema.parse(fm).objectives, []));
  it('rejects an unquoted version (a number) and a missing title', () => {
    const m = messages('m.mdx', moduleFrontmatterSchema.safeParse({ ...fm, version: 1.0, title: undefined })).join('\n');
    assert.match(m, /field version expected string, received number/);
    assert.match(m, /field title is required/);
  });
  it('rejects a version that is not semver', () => {
    assert.match(messages('m', moduleFrontmatterSchema.safeParse({ ...fm, version: 'v1' })).join(), /quoted semantic version/);
  });
});

describe('quiz bank schema', () => {
  it('accepts a bank of each type', () => {
    const bank = {
      questions: [
        question,
        { ...question, id: 'q-two', type: 'multiple', options: [{ text: 'A', correct: true }, { text: 'B', correct: true }, { text: 'C' }] },
        { ...question, id: 'q-three', type: 'true-false', options: [{ text: 'True' }, { text: 'False', correct: true }] },
      ],
    };
    assert.equal(quizBankSchema.parse(bank).questions[0]!.options[1]!.correct, false);
  });
  it('rejects a single question with two right options', () => {
    const r = quizBankSchema.safeParse({ questions: [{ ...question, options: [{ text: 'A', correct: true }, { text: 'B', correct: true }] }] });
    assert.match(messages('q.yaml', r).join(), /questions\[0\]\.options a single question has exactly one option/);
  });
  it('rejects a true-false question whose options are not True then False', () => {
    const r = quizBankSchema.safeParse({ questions: [{ ...question, type: 'true-false', options: [{ text: 'Yes', correct: true }, { text: 'No' }] }] });
    assert.match(messages('q', r).join(), /exactly two options, "True" then "False"/);
  });
  it('rejects duplicate question ids and a missing explanation', () => {
    const r = quizBankSchema.safeParse({ questions: [question, { ...question, explanation: undefined }] });
    const m = messages('q', r).join('\n');
    assert.match(m, /questions\[1\]\.explanation is required/);
  });
  it('rejects duplicate ids', () => {
    assert.match(messages('q', quizBankSchema.safeParse({ questions: [question, question] })).join(), /duplicate question id "q-one"/);
  });
});

describe('lock schema', () => {
  const entry = { version: '1.0.0', contentHash: `sha256:${'a'.repeat(64)}`, title: 'T', passMarkPercent: 80, retrainMonths: 12, lockedAt: '2026-01-01T00:00:00.000Z', questions: [{ id: 'q', type: 'single', correct: [0] }] };
  it('accepts a lock', () => assert.ok(versionsLockSchema.parse({ v: 1, modules: { m: [entry] } })));
  it('rejects a malformed hash', () => {
    assert.match(messages('lock', versionsLockSchema.safeParse({ v: 1, modules: { m: [{ ...entry, contentHash: 'md5:x' }] } })).join(), /modules\.m\[0\]\.contentHash expected "sha256:"/);
  });
});

describe('profile schema', () => {
  it('trims and accepts a good profile', () => {
    assert.deepEqual(profileSchema.parse({ name: ' Ada ', email: 'ada@example.com', employeeId: 'E-1' }), { name: 'Ada', email: 'ada@example.com', employeeId: 'E-1' });
  });
  it('explains each bad field', () => {
    const r = profileSchema.safeParse({ name: '', email: 'nope', employeeId: 'a b' });
    assert.equal(r.success, false);
    const m = r.success ? [] : r.error.issues.map((i) => i.message);
    assert.deepEqual(m, ['Enter your name', 'Enter a valid work email address', 'Use letters, digits, dots, hyphens or underscores only']);
  });
});

/** A v1 payload that passes the schema. */
const payload = {
  type: 'aga.completion', v: 1, recordId: '7b6e52ec-d3e5-4676-b535-72db93a2b4b5',
  site: { origin: 'http://localhost:4321', build: 'b' },
  module: { id: 'm1', version: '1.0.0', contentHash: `sha256:${'0'.repeat(64)}` },
  learner: { name: 'A', email: 'a@x.example', employeeId: 'E1' },
  attempt: { n: 1, startedAt: '2026-11-20T08:51:00.000Z', completedAt: '2026-11-20T09:01:00.000Z' },
  answers: [{ q: 'q1', selected: [1] }],
  score: { correct: 1, total: 1, passMarkPercent: 80, passed: true },
};

describe('record schemas', () => {
  it('accepts a v1 payload', () => assert.ok(recordPayloadSchema.parse(payload)));
  it('rejects floats, extra fields and non-ISO times', () => {
    assert.equal(recordPayloadSchema.safeParse({ ...payload, score: { ...payload.score, correct: 0.5 } }).success, false);
    assert.equal(recordPayloadSchema.safeParse({ ...payload, extra: 1 }).success, false);
    assert.equal(recordPayloadSchema.safeParse({ ...payload, attempt: { ...payload.attempt, startedAt: '2026-11-20' } }).success, false);
  });
  it('accepts a JWS and a bundle, rejects a compact JWS string', () => {
    assert.ok(recordJwsSchema.parse({ protected: 'e30', payload: 'e30', signature: 'abc_-' }));
    assert.equal(recordJwsSchema.safeParse('eyJ.eyJ.abc').success, false);
    assert.ok(exportBundleSchema.parse({ type: 'aga.export', v: 1, exportedAt: '2026-11-21T10:00:00.000Z', records: [] }));
  });
});

describe('record times (hostile input)', () => {
  const base = payload;
  const cases: Array<[string, string, string, boolean]> = [
    ['an ordinary attempt', '2026-11-20T10:00:00.000Z', '2026-11-20T10:12:00.000Z', true],
    ['the same instant', '2026-11-20T10:00:00.000Z', '2026-11-20T10:00:00.000Z', true],
    ['an impossible date that matches the pattern', '2026-11-20T10:00:00.000Z', '2026-13-45T99:99:99.999Z', false],
    ['30 February', '2026-02-30T10:00:00.000Z', '2026-03-01T10:00:00.000Z', false],
    ['hour 24', '2026-11-20T24:00:00.000Z', '2026-11-21T10:00:00.000Z', false],
    ['completed before it started', '2026-11-20T10:12:00.000Z', '2026-11-20T10:00:00.000Z', false],
  ];
  for (const [name, startedAt, completedAt, ok] of cases) {
    it(`${name}: ${ok ? 'accepted' : 'refused'}`, () => {
      assert.equal(recordPayloadSchema.safeParse({ ...base, attempt: { ...base.attempt, startedAt, completedAt } }).success, ok);
    });
  }
});
