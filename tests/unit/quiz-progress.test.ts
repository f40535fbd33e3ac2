import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseProfile, parseProgress, unanswered } from '../../src/lib/quiz/progress';
import { summarizeRecord } from '../../src/lib/quiz/stored';

const good = { m: { version: '1.0.0', seed: 5, startedAt: '2026-01-01T00:00:00.000Z', answers: { q1: [0], q2: [] } } };

describe('parseProgress (stored answers in progress)', () => {
  const cases: Array<[string, string, boolean]> = [
    ['valid progress', JSON.stringify(good), true],
    ['empty map', '{}', true],
    ['truncated JSON', JSON.stringify(good).slice(0, 20), false],
    ['not JSON', 'garbage', false],
    ['an array', '[]', false],
    ['null', 'null', false],
    ['a seed that is not a number', JSON.stringify({ m: { ...good.m, seed: 'x' } }), false],
    ['a negative seed', JSON.stringify({ m: { ...good.m, seed: -1 } }), false],
    ['answers that are not index lists', JSON.stringify({ m: { ...good.m, answers: { q1: ['a'] } } }), false],
    ['a start time that is not a date', JSON.stringify({ m: { ...good.m, startedAt: 'yesterday' } }), false],
    ['with the presented questions', JSON.stringify({ m: { ...good.m, presented: ['q1'] } }), true],
    ['presented questions that are not ids', JSON.stringify({ m: { ...good.m, presented: [1] } }), false],
    ['a missing version', JSON.stringify({ m: { seed: 1, startedAt: good.m.startedAt, answers: {} } }), false],
  ];
  for (const [name, text, ok] of cases) it(name, () => assert.equal(parseProgress(text) !== undefined, ok));
});

describe('parseProfile (stored details)', () => {
  const cases: Array<[string, string, boolean]> = [
    ['valid', JSON.stringify({ name: 'Ada', email: 'ada@example.com', employeeId: 'E1' }), true],
    ['missing employee ID', JSON.stringify({ name: 'Ada', email: 'ada@example.com' }), false],
    ['blank name', JSON.stringify({ name: ' ', email: 'ada@example.com', employeeId: 'E1' }), false],
    ['an array', '[1,2,3]', false],
    ['not JSON', '{name:', false],
  ];
  for (const [name, text, ok] of cases) it(name, () => assert.equal(parseProfile(text) !== undefined, ok));
});

describe('unanswered', () => {
  it('lists questions without a selection, in the order given', () => {
    assert.deepEqual(unanswered(['b', 'a', 'c'], { a: [1], b: [], d: [0] }), ['b', 'c']);
    assert.deepEqual(unanswered([], {}), []);
  });
});

describe('summarizeRecord (reading a stored record without verifying)', () => {
  const payload = {
    recordId: 'r1', module: { id: 'm', version: '1.0.0' }, learner: { employeeId: 'E1', name: 'Zoë' },
    attempt: { n: 2, completedAt: '2026-01-01T00:00:00.000Z' }, score: { correct: 3, total: 4, passed: false, passMarkPercent: 80 },
    answers: [{ q: 'q1', selected: [0] }, { q: 'q3', selected: [] }],
  };
  const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
  it('reads a record payload, UTF-8 included', () => {
    const s = summarizeRecord({ protected: 'x', payload: b64(payload), signature: 'y' });
    assert.deepEqual(s, { recordId: 'r1', moduleId: 'm', version: '1.0.0', completedAt: '2026-01-01T00:00:00.000Z', passed: false, n: 2, correct: 3, total: 4, passMarkPercent: 80, employeeId: 'E1', name: 'Zoë', presented: ['q1', 'q3'] });
  });
  it('a record without answers presents nothing (the next draw is simply fresh)', () => {
    assert.deepEqual(summarizeRecord({ protected: 'x', payload: b64({ ...payload, answers: undefined }), signature: 'y' })?.presented, []);
  });
  const bad: Array<[string, unknown]> = [
    ['a string', 'not a record'],
    ['null', null],
    ['a payload that is not base64url JSON', { protected: 'x', payload: '!!!', signature: 'y' }],
    ['a payload without a score', { protected: 'x', payload: b64({ ...payload, score: undefined }), signature: 'y' }],
    ['an attempt number that is not an integer', { protected: 'x', payload: b64({ ...payload, attempt: { n: 1.5, completedAt: 'x' } }), signature: 'y' }],
  ];
  for (const [name, value] of bad) it(`refuses ${name}`, () => assert.equal(summarizeRecord(value), undefined));
});
