import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addMonths } from '../../src/lib/time';

// One calendar arithmetic for every re-training due date: the learner's home page and HR's roster.
describe('addMonths (calendar months, UTC)', () => {
  const cases: Array<[string, number, string]> = [
    ['2026-01-15T10:00:00.000Z', 12, '2027-01-15T10:00:00.000Z'],
    ['2026-01-31T10:00:00.000Z', 1, '2026-02-28T10:00:00.000Z'],
    ['2028-01-31T00:00:00.000Z', 1, '2028-02-29T00:00:00.000Z'],
    ['2028-02-29T12:00:00.000Z', 12, '2029-02-28T12:00:00.000Z'],
    ['2024-02-29T00:00:00.000Z', 12, '2025-02-28T00:00:00.000Z'],
    ['2026-08-31T23:59:59.999Z', 6, '2027-02-28T23:59:59.999Z'],
    ['2026-03-31T00:00:00.000Z', 6, '2026-09-30T00:00:00.000Z'],
    ['2026-11-15T00:00:00.000Z', 3, '2027-02-15T00:00:00.000Z'],
    ['2026-05-01T23:59:59.999Z', 0, '2026-05-01T23:59:59.999Z'],
    ['2027-03-31T00:00:00.000Z', -1, '2027-02-28T00:00:00.000Z'],
  ];
  for (const [from, months, expected] of cases) it(`${from} + ${months}`, () => assert.equal(addMonths(from, months), expected));
});
