import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { claimText, detailsFromClaims } from '../../src/lib/identity/claims';

describe('detailsFromClaims', () => {
  const names = { emailClaim: 'email', employeeIdClaim: 'employee_id' };
  const cases: Array<[string, Record<string, unknown>, typeof names | { emailClaim: string }, ReturnType<typeof detailsFromClaims>]> = [
    ['name, email and employee id', { name: 'Ada Lovelace', email: 'ada@example.com', employee_id: 'E-1001' }, names, { name: 'Ada Lovelace', email: 'ada@example.com', employeeId: 'E-1001' }],
    ['an employee number sent as an integer', { name: 'Ada', email: 'a@x', employee_id: 1001 }, names, { name: 'Ada', email: 'a@x', employeeId: '1001' }],
    ['given and family name when name is absent', { given_name: 'Ada', family_name: 'Lovelace', email: 'a@x' }, names, { name: 'Ada Lovelace', email: 'a@x', employeeId: undefined }],
    ['the email when no name at all', { email: 'a@x' }, names, { name: 'a@x', email: 'a@x', employeeId: undefined }],
    ['another email claim', { upn: 'ada@corp', email: 'private@x', name: 'Ada' }, { emailClaim: 'upn' }, { name: 'Ada', email: 'ada@corp', employeeId: undefined }],
    ['no employee id claim configured', { name: 'Ada', email: 'a@x', employee_id: 'E1' }, { emailClaim: 'email' }, { name: 'Ada', email: 'a@x', employeeId: undefined }],
    ['no email: nothing to sign with', { name: 'Ada' }, names, undefined],
    ['an email that is not text', { name: 'Ada', email: ['a@x'] }, names, undefined],
  ];
  for (const [label, claims, claimNames, expected] of cases) {
    it(label, () => assert.deepEqual(detailsFromClaims(claims, claimNames), expected));
  }
});

describe('claimText', () => {
  for (const [value, expected] of [['E1', 'E1'], [42, '42'], [4.5, undefined], [2 ** 60, undefined], [null, undefined], [true, undefined]] as const) {
    it(`claimText(${JSON.stringify(value)})`, () => assert.equal(claimText(value), expected));
  }
});
