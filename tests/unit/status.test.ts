import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { moduleStatus, pathProgress, statusText, type AttemptSummary, type ModuleStatus } from '../../src/lib/quiz/status';

const module = { id: 'm', version: '2.0.0', retrainMonths: 12 };
const now = new Date('2026-06-15T12:00:00.000Z');
const at = (completedAt: string, passed: boolean, version = '2.0.0', moduleId = 'm'): AttemptSummary => ({ moduleId, version, completedAt, passed });

describe('moduleStatus', () => {
  const cases: Array<[string, AttemptSummary[], boolean, ModuleStatus]> = [
    ['no attempts', [], false, { kind: 'not-started' }],
    ['answers saved, nothing submitted', [], true, { kind: 'in-progress', attempts: 0 }],
    ['attempts of other modules are ignored', [at('2026-06-01T00:00:00.000Z', true, '2.0.0', 'other')], false, { kind: 'not-started' }],
    ['one failed attempt', [at('2026-06-01T00:00:00.000Z', false)], false, { kind: 'failed', attempts: 1 }],
    ['two failed attempts', [at('2026-06-01T00:00:00.000Z', false), at('2026-06-02T00:00:00.000Z', false)], false, { kind: 'failed', attempts: 2 }],
    ['failed then retaking', [at('2026-06-01T00:00:00.000Z', false)], true, { kind: 'in-progress', attempts: 1 }],
    [
      'passed the current version: the latest pass gives the date',
      [at('2026-01-01T00:00:00.000Z', false), at('2026-02-01T00:00:00.000Z', true), at('2026-03-01T00:00:00.000Z', true)],
      false,
      { kind: 'passed', date: '2026-03-01T00:00:00.000Z', dueDate: '2027-03-01T00:00:00.000Z' },
    ],
    [
      'a pass outranks answers in progress',
      [at('2026-03-01T00:00:00.000Z', true)],
      true,
      { kind: 'passed', date: '2026-03-01T00:00:00.000Z', dueDate: '2027-03-01T00:00:00.000Z' },
    ],
    [
      'a fail after a pass keeps the pass',
      [at('2026-03-01T00:00:00.000Z', true), at('2026-04-01T00:00:00.000Z', false)],
      false,
      { kind: 'passed', date: '2026-03-01T00:00:00.000Z', dueDate: '2027-03-01T00:00:00.000Z' },
    ],
    [
      'a pass older than the re-training period is due',
      [at('2025-06-01T00:00:00.000Z', true)],
      false,
      { kind: 'expired', date: '2025-06-01T00:00:00.000Z', dueDate: '2026-06-01T00:00:00.000Z' },
    ],
    [
      'due exactly at the due time',
      [at('2025-06-15T12:00:00.000Z', true)],
      false,
      { kind: 'expired', date: '2025-06-15T12:00:00.000Z', dueDate: '2026-06-15T12:00:00.000Z' },
    ],
    ['passed an older version', [at('2026-01-10T00:00:00.000Z', true, '1.0.0')], false, { kind: 'passed-older', date: '2026-01-10T00:00:00.000Z', version: '1.0.0' }],
    ['retaking after passing an older version', [at('2026-01-10T00:00:00.000Z', true, '1.0.0')], true, { kind: 'in-progress', attempts: 1 }],
    [
      'an expired pass of an older version is due',
      [at('2025-01-10T00:00:00.000Z', true, '1.0.0')],
      false,
      { kind: 'expired', date: '2025-01-10T00:00:00.000Z', dueDate: '2026-01-10T00:00:00.000Z' },
    ],
  ];
  for (const [name, attempts, inProgress, expected] of cases) {
    it(name, () => assert.deepEqual(moduleStatus(module, attempts, inProgress, now), expected));
  }
});

describe('statusText', () => {
  const cases: Array<[ModuleStatus, string]> = [
    [{ kind: 'not-started' }, 'Not started'],
    [{ kind: 'in-progress', attempts: 0 }, 'In progress'],
    [{ kind: 'in-progress', attempts: 2 }, 'In progress (attempt 3)'],
    [{ kind: 'failed', attempts: 1 }, 'Failed: 1 attempt so far, not passed yet'],
    [{ kind: 'failed', attempts: 3 }, 'Failed: 3 attempts so far, not passed yet'],
    [{ kind: 'passed', date: '2026-03-01T00:00:00.000Z', dueDate: '2027-03-01T00:00:00.000Z' }, 'Passed on 2026-03-01; re-training due 2027-03-01'],
    [{ kind: 'expired', date: '2025-03-01T00:00:00.000Z', dueDate: '2026-03-01T00:00:00.000Z' }, 'Expired: passed on 2025-03-01, re-training was due 2026-03-01'],
    [{ kind: 'passed-older', date: '2026-03-01T00:00:00.000Z', version: '1.0.0' }, 'Passed an older version (1.0.0) on 2026-03-01; take the new version'],
  ];
  for (const [status, text] of cases) it(status.kind, () => assert.equal(statusText(status), text));
});

describe('pathProgress', () => {
  const passed: ModuleStatus = { kind: 'passed', date: '2026-03-01T00:00:00.000Z', dueDate: '2027-03-01T00:00:00.000Z' };
  const older: ModuleStatus = { kind: 'passed-older', date: '2026-03-01T00:00:00.000Z', version: '1.0.0' };
  const none: ModuleStatus = { kind: 'not-started' };
  const failed: ModuleStatus = { kind: 'failed', attempts: 1 };
  const cases: Array<[string, ModuleStatus[], ReturnType<typeof pathProgress>]> = [
    ['nothing begun: start with the first', [none, none, none], { passed: 0, total: 3, next: 'a', started: false }],
    ['first passed: continue with the second', [passed, none, none], { passed: 1, total: 3, next: 'b', started: true }],
    ['a gap: the first not passed comes next', [passed, failed, passed], { passed: 2, total: 3, next: 'b', started: true }],
    ['an older version is not a pass of this one', [older, passed, passed], { passed: 2, total: 3, next: 'a', started: true }],
    ['all passed: nothing next', [passed, passed, passed], { passed: 3, total: 3, started: true }],
    ['no modules', [], { passed: 0, total: 0, started: false }],
  ];
  for (const [name, statuses, expected] of cases) {
    it(name, () => assert.deepEqual(pathProgress(statuses.map((status, i) => ({ id: 'abc'[i]!, status }))), expected));
  }
});
