import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { COMPLETION_STATUSES, compareStatus, isCompletionStatus, STATUS_LABEL, STATUS_TONE } from '../../src/lib/records/status';
import { statusText, type ModuleStatus } from '../../src/lib/quiz/status';
import { cellText, defaultView, visibleRows } from '../../src/lib/hr/roster-view';

describe('one status vocabulary', () => {
  it('orders statuses best first, for choosing and for sorting alike', () => {
    for (let i = 0; i < COMPLETION_STATUSES.length; i++) {
      for (let j = 0; j < COMPLETION_STATUSES.length; j++) {
        assert.equal(Math.sign(compareStatus(COMPLETION_STATUSES[i]!, COMPLETION_STATUSES[j]!)), Math.sign(i - j));
      }
    }
  });

  it('gives every status a label and a tone, and knows only its own ids', () => {
    for (const s of COMPLETION_STATUSES) {
      assert.ok(STATUS_LABEL[s].length > 0);
      assert.ok(STATUS_TONE[s]);
      assert.ok(isCompletionStatus(s));
    }
    assert.equal(isCompletionStatus('missing'), false);
    assert.equal(isCompletionStatus('due'), false);
  });

  it('the learner and HR say the same word for the same status', () => {
    const learner: ModuleStatus[] = [
      { kind: 'passed', date: '2026-01-01T00:00:00.000Z', dueDate: '2027-01-01T00:00:00.000Z' },
      { kind: 'passed-older', date: '2026-01-01T00:00:00.000Z', version: '1.0.0' },
      { kind: 'expired', date: '2025-01-01T00:00:00.000Z', dueDate: '2026-01-01T00:00:00.000Z' },
      { kind: 'failed', attempts: 2 },
      { kind: 'not-started' },
    ];
    for (const s of learner) {
      const label = STATUS_LABEL[s.kind as keyof typeof STATUS_LABEL];
      assert.ok(statusText(s).startsWith(label), `${s.kind}: "${statusText(s)}" starts with "${label}"`);
      assert.equal(cellText({ status: s.kind as keyof typeof STATUS_LABEL, attempts: 1 }).label, label);
    }
  });

  it("the roster view sorts best first, in the vocabulary's order", () => {
    const rows = ['failed', 'passed', 'not-started', 'expired', 'passed-older'].map((status, i) => ({
      employeeId: `E${i}`, name: '', email: '', keys: [], identity: '', identityKind: 'none', cells: { m: { status, attempts: 0 } },
    }));
    const sorted = visibleRows({ modules: [{ id: 'm', title: 'M', version: '1' }], rows, warnings: [], distinct: 0 } as Parameters<typeof visibleRows>[0],
      { ...defaultView(), sort: 'm' }, new Date());
    assert.deepEqual(sorted.map((r) => r.cells.m!.status), [...COMPLETION_STATUSES]);
  });
});
