/**
 * The xAPI statements we export, checked by an independent validator: `xapi-validation`, the one
 * Learning Locker runs on every statement it stores.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import xapiValidation from 'xapi-validation';
import { payloadFor, testManifest } from '../../bench/fixtures-records';
import { toXapiStatement } from '../../src/lib/export/xapi';

// A CommonJS module with `exports.default`: under Node's ESM import the function sits one level down.
const validate = (xapiValidation as unknown as { default?: typeof xapiValidation }).default ?? xapiValidation;
const manifest = testManifest();
const opts = { homePage: 'https://academy.example', moduleUrl: (id: string) => `https://academy.example/academy/modules/${id}/`, title: 'Alpha' };

/** The validator's findings as lines, so a failure names the field. */
function findings(statement: unknown): string[] {
  return validate(statement).map((w) => `${(w as { path?: string[] }).path?.join('.') ?? '?'}: ${(w as { message?: string }).message ?? String(w)}`);
}

describe('xAPI statements pass xapi-validation', () => {
  const cases: Array<[string, Parameters<typeof payloadFor>[1]]> = [
    ['a passed record', { pass: true }],
    ['a failed record', { pass: false }],
    ['a self-declared learner (typed name, e-mail and employee ID; format v1)', { name: 'Zoë “Z” O\'Brien-Łukasz', employeeId: 'E-7.x_9', email: 'zoe@example.com' }],
    ['a learner whose id came from an LMS', { name: 'Grace Hopper', employeeId: 'grace.hopper@example.com' }],
    ['another module and version', { module: 'beta' }],
    // The statement of an SSO record is made from the same payload fields; the ID token stays in the record.
    ['an SSO learner (format v2, identity from the company\'s OpenID Provider)', {
      name: 'Ada Lovelace', employeeId: 'E1001', email: 'ada.lovelace@example.com',
      identity: { method: 'oidc', idToken: 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln', nonceSalt: 'A'.repeat(43) },
    }],
  ];
  for (const [name, spec] of cases) {
    it(name, () => assert.deepEqual(findings(toXapiStatement(payloadFor(manifest, spec), opts)), []));
  }

  it('the validator does catch a broken statement (so the checks above can fail)', () => {
    const s = toXapiStatement(payloadFor(manifest), opts) as unknown as Record<string, unknown>;
    assert.notDeepEqual(findings({ ...s, verb: { id: 'passed' } }), []);
    assert.notDeepEqual(findings({ ...s, timestamp: 'yesterday' }), []);
    assert.notDeepEqual(findings({ ...s, result: { score: { raw: 5, min: 0, max: 3, scaled: 1.5 }, success: true, completion: true } }), []);
  });
});
