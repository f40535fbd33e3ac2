import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readContent } from '../../src/build/content';
import { findScormApi, MAX_PARENT_HOPS, type ApiWindow, type Scorm12Api } from '../../src/lib/scorm/api';
import { problemText, type LmsProblem } from '../../src/lib/scorm/errors';
import { displayName, lmsProfile, ScormSession, sessionTime } from '../../src/lib/scorm/session';
import { decodeSuspendData, encodeSuspendData, SUSPEND_DATA_MAX } from '../../src/lib/scorm/suspend';

/** A SCORM 1.2 API over a plain object; `refuse` maps a call (or "LMSSetValue cmi.x") to an error code. */
function fakeApi(values: Record<string, string> = {}, refuse: Record<string, string> = {}) {
  let last = '0';
  const calls: string[] = [];
  const answer = (key: string, ok: string): string => {
    calls.push(key);
    const code = refuse[key] ?? refuse[key.split(' ')[0]!];
    last = code ?? '0';
    return code ? (key.startsWith('LMSGetValue') ? '' : 'false') : ok;
  };
  const api: Scorm12Api = {
    LMSInitialize: () => answer('LMSInitialize', 'true'),
    LMSFinish: () => answer('LMSFinish', 'true'),
    LMSGetValue: (e) => answer(`LMSGetValue ${e}`, values[e] ?? ''),
    LMSSetValue: (e, v) => {
      const r = answer(`LMSSetValue ${e}`, 'true');
      if (r === 'true') values[e] = v;
      return r;
    },
    LMSCommit: () => answer('LMSCommit', 'true'),
    LMSGetLastError: () => last,
    LMSGetErrorString: (c) => (c === '403' ? 'Element is read only' : ''),
    LMSGetDiagnostic: () => '',
  };
  return { api, values, calls };
}

describe('findScormApi', () => {
  const { api } = fakeApi();
  const chain = (depth: number, top: ApiWindow): ApiWindow => {
    let win = top;
    for (let i = 0; i < depth; i++) win = { parent: win };
    return win;
  };
  const top = (): ApiWindow => {
    const w: ApiWindow = { API: api };
    w.parent = w;
    return w;
  };
  const cases: Array<[string, ApiWindow, boolean]> = [
    ['on the window itself', { API: api, parent: null }, true],
    ['on the parent', chain(1, top()), true],
    [`${MAX_PARENT_HOPS} parents up`, chain(MAX_PARENT_HOPS, top()), true],
    [`more than ${MAX_PARENT_HOPS} parents up: not searched`, chain(MAX_PARENT_HOPS + 1, top()), false],
    ['on the opener', { parent: null, opener: { API: api } }, true],
    ["on the opener's parent", { parent: null, opener: chain(2, top()) }, true],
    ['an API object without LMS functions', { API: { LMSInitialize: () => 'true' }, parent: null }, false],
    ['nowhere', { parent: null, opener: null }, false],
    [
      'behind a window of another origin (access throws)',
      {
        get parent(): ApiWindow {
          throw new Error('SecurityError');
        },
      },
      false,
    ],
  ];
  for (const [name, win, found] of cases) it(name, () => assert.equal(findScormApi(win) === api, found));
  it('a parent chain that loops ends', () => {
    const a: ApiWindow = {};
    const b: ApiWindow = { parent: a };
    a.parent = b;
    assert.equal(findScormApi(a), undefined);
  });
});

describe('ScormSession', () => {
  const session = (values?: Record<string, string>, refuse?: Record<string, string>) => {
    const fake = fakeApi(values, refuse);
    const problems: LmsProblem[] = [];
    let t = 0;
    const s = new ScormSession(fake.api, (p) => problems.push(p), () => t);
    return { s, problems, ...fake, tick: (ms: number) => (t += ms) };
  };

  it('initialises, takes the learner over and reports a pass: score raw/min/max, status, exit, time, commit, finish', () => {
    const { s, values, calls, problems, tick } = session({ 'cmi.core.student_name': 'Lee, Ann', 'cmi.core.student_id': 'E7', 'cmi.core.lesson_status': 'not attempted' });
    assert.equal(s.initialize(), true);
    assert.deepEqual(s.learner(), { name: 'Ann Lee', studentId: 'E7' });
    s.begin();
    assert.equal(values['cmi.core.lesson_status'], 'incomplete');
    tick(65_430);
    assert.equal(s.report({ percent: 87.5, passed: true }), true);
    assert.deepEqual([values['cmi.core.score.raw'], values['cmi.core.score.min'], values['cmi.core.score.max'], values['cmi.core.lesson_status'], values['cmi.core.exit']], ['87', '0', '100', 'passed', '']);
    assert.equal(values['cmi.core.session_time'], '0000:01:05.43');
    assert.equal(s.finish(), true);
    assert.equal(s.finish(), false, 'a second finish does nothing');
    assert.equal(calls.filter((c) => c === 'LMSFinish').length, 1);
    assert.deepEqual(problems, []);
  });

  it('a fail: status failed, exit suspend so the LMS resumes the attempt', () => {
    const { s, values } = session();
    s.initialize();
    s.report({ percent: 40, passed: false });
    assert.deepEqual([values['cmi.core.lesson_status'], values['cmi.core.exit'], values['cmi.core.score.raw']], ['failed', 'suspend', '40']);
  });

  const refusals: Array<[string, Record<string, string>, (s: ScormSession) => unknown, RegExp]> = [
    ['LMSInitialize false', { LMSInitialize: '101' }, (s) => s.initialize(), /refused LMSInitialize: something went wrong inside the learning system \(SCORM error 101\)/],
    ['a read-only element', { 'LMSSetValue cmi.core.score.raw': '403' }, (s) => (s.initialize(), s.report({ percent: 90, passed: true })), /refused LMSSetValue of cmi.core.score.raw: that entry can only be read; it says: Element is read only \(SCORM error 403\)/],
    ['a commit the LMS refuses', { LMSCommit: '301' }, (s) => (s.initialize(), s.commit()), /refused LMSCommit: the learning system has not started this session \(SCORM error 301\)/],
    ['an unknown code', { 'LMSGetValue cmi.core.student_id': '999' }, (s) => (s.initialize(), s.learner()), /reported an error \(SCORM error 999\)/],
  ];
  for (const [name, refuse, act, text] of refusals) {
    it(`refusal in plain words: ${name}`, () => {
      const { s, problems } = session({}, refuse);
      act(s);
      assert.equal(problems.length, 1);
      assert.match(problemText(problems[0]!), text);
    });
  }

  it('a "false" answer with error 0 still counts as refused; a throwing API too', () => {
    const { api } = fakeApi();
    const problems: LmsProblem[] = [];
    const s = new ScormSession({ ...api, LMSInitialize: () => 'false' }, (p) => problems.push(p));
    assert.equal(s.initialize(), false);
    const t = new ScormSession({ ...api, LMSCommit: () => { throw new Error('boom'); } }, (p) => problems.push(p));
    t.initialize();
    assert.equal(t.commit(), false);
    assert.deepEqual(problems.map((p) => p.code), ['101', '101']);
  });

  it('no learner when the LMS gives no id', () => {
    const { s } = session({ 'cmi.core.student_name': 'Lee, Ann' });
    s.initialize();
    assert.equal(s.learner(), undefined);
  });
});

describe('sessionTime and displayName', () => {
  const times: Array<[number, string]> = [[0, '0000:00:00.00'], [1234, '0000:00:01.23'], [3_600_000 * 25 + 61_000, '0025:01:01.00'], [-5, '0000:00:00.00'], [1e15, '9999:59:59.99']];
  for (const [ms, text] of times) it(`${ms} ms is ${text}`, () => assert.equal(sessionTime(ms), text));
  const names: Array<[string, string]> = [['Lee, Ann', 'Ann Lee'], ['Ann Lee', 'Ann Lee'], [' Lee , Ann ', 'Ann Lee'], ['a, b, c', 'a, b, c'], ['Lee,', 'Lee,']];
  for (const [raw, shown] of names) it(`"${raw}" is shown as "${shown}"`, () => assert.equal(displayName(raw), shown));
});

describe('suspend_data', () => {
  const ids = ['q1', 'q2', 'q3'];
  const progress = { version: '1.1.0', seed: 42, startedAt: '2026-06-01T10:00:00.000Z', answers: { q1: [0, 2], q3: [1] } };

  it('round-trips an attempt', () => assert.deepEqual(decodeSuspendData(encodeSuspendData(progress, ids), ids), progress));

  const bad: Array<[string, string, string]> = [
    ['empty', '', 'empty'],
    ['not JSON', 'lesson=3', 'foreign'],
    ['another bank size', JSON.stringify({ v: '1', s: 0, t: progress.startedAt, a: [[]] }), 'foreign'],
    ['a bad time', JSON.stringify({ v: '1', s: 0, t: 'x', a: [[], [], []] }), 'foreign'],
    ['a negative seed', JSON.stringify({ v: '1', s: -1, t: progress.startedAt, a: [[], [], []] }), 'foreign'],
    ['4,096 characters of something else', 'x'.repeat(SUSPEND_DATA_MAX), 'foreign'],
  ];
  for (const [name, text, verdict] of bad) it(`${name} is ${verdict}`, () => assert.equal(decodeSuspendData(text, ids), verdict));

  it(`every option chosen in the largest bank of content/ stays within ${SUSPEND_DATA_MAX} characters`, () => {
    const largest = readContent().modules.reduce((a, m) => (m.quiz.questions.length > a.quiz.questions.length ? m : a));
    const questions = largest.quiz.questions;
    const full = Object.fromEntries(questions.map((q) => [q.id, q.options.map((_, i) => i)]));
    const text = encodeSuspendData({ ...progress, version: '999.999.999', seed: 0xffffffff, answers: full }, questions.map((q) => q.id));
    assert.ok(text.length <= SUSPEND_DATA_MAX, `${largest.id}: ${text.length} characters`);
  });

  it('refuses an attempt that would not fit', () => {
    const many = Array.from({ length: 600 }, (_, i) => `q${i}`);
    const answers = Object.fromEntries(many.map((id) => [id, [0, 1, 2, 3]]));
    assert.throws(() => encodeSuspendData({ ...progress, answers }, many), /more than the 4096 SCORM 1.2 allows/);
  });
});

describe('lmsProfile', () => {
  const cases: Array<[string, string]> = [['E7', 'E7@lms.invalid'], ['ann.lee@example.com', 'ann.lee@example.com'], ['ann@localhost', 'ann-localhost@lms.invalid']];
  for (const [id, email] of cases) it(`student id ${id}: e-mail ${email}`, () => assert.deepEqual(lmsProfile({ name: 'Ann Lee', studentId: id }), { name: 'Ann Lee', email, employeeId: id }));
});

describe('ScormSession outside a session', () => {
  it('asks the LMS nothing before LMSInitialize succeeded or after LMSFinish', () => {
    const fake = fakeApi({}, { LMSInitialize: '101' });
    const s = new ScormSession(fake.api, () => {});
    s.initialize();
    s.set('cmi.suspend_data', 'x');
    assert.deepEqual(fake.calls, ['LMSInitialize']);
    const ok = fakeApi();
    const t = new ScormSession(ok.api, () => {});
    t.initialize();
    t.finish();
    const before = ok.calls.length;
    t.set('cmi.suspend_data', 'x');
    t.commit();
    assert.equal(ok.calls.length, before);
  });
});

it('the placeholder e-mail of an LMS learner keeps the profile form\'s rule, so the record verifies', async () => {
  const { learnerFieldsSchema } = await import('../../src/schemas/profile');
  for (const id of ['E7', 'ann@localhost', 'a b/c']) {
    const p = lmsProfile({ name: 'Ann Lee', studentId: id });
    assert.ok(learnerFieldsSchema.shape.email.safeParse(p.email).success, p.email);
  }
});
