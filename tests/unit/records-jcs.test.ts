import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { canonicalJson } from '../../src/lib/records/jcs';

// Samples from RFC 8785 (sections 3.2.2, 3.2.3 and appendix B) and the record payload of docs/record-format.md.
describe('canonicalJson (RFC 8785)', () => {
  const cases: Array<[string, unknown, string]> = [
    ['sorts object members', { b: 1, a: 2, c: { z: true, y: null } }, '{"a":2,"b":1,"c":{"y":null,"z":true}}'],
    ['sorts by UTF-16 code units, not locale', { '\u20ac': 'Euro', '\r': 'CR', '1': 'one', '\u00f6': 'o-umlaut', '\ud83d\ude00': 'smiley', '\ufb33': 'hebrew' },
      '{"\\r":"CR","1":"one","\u00f6":"o-umlaut","\u20ac":"Euro","\ud83d\ude00":"smiley","\ufb33":"hebrew"}'],
    ['keeps array order', [3, 1, 2], '[3,1,2]'],
    ['no whitespace', { a: [1, { b: 2 }] }, '{"a":[1,{"b":2}]}'],
    ['1e30 in exponent form', 1e30, '1e+30'],
    ['-0 as 0', -0, '0'],
    ['0.000001 stays decimal', 0.000001, '0.000001'],
    ['1e-7 in exponent form', 1e-7, '1e-7'],
    ['large integers', 9007199254740991, '9007199254740991'],
    ['4.5 and 2e-3', [4.5, 2e-3], '[4.5,0.002]'],
    ['escapes control characters in lower-case hex', '\u0000\u001f\b\f\n\r\t', '"\\u0000\\u001f\\b\\f\\n\\r\\t"'],
    ['keeps non-ASCII as UTF-8, escapes only quote and backslash', 'caf\u00e9 "\\" \u20ac', '"caf\u00e9 \\"\\\\\\" \u20ac"'],
    ['does not escape the solidus', '</script>', '"</script>"'],
    ['RFC 8785 3.2.2 sample', { numbers: [333333333.33333329, 1e30, 4.50, 2e-3, 0.000000000000000000000000001], string: '\u20ac$\u000f\u000aA\'\u0042\u0022\u005c\\"/', literals: [null, true, false] },
      '{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],"string":"\u20ac$\\u000f\\nA\'B\\"\\\\\\\\\\"/"}'],
  ];
  for (const [name, value, expected] of cases) {
    it(name, () => assert.equal(canonicalJson(value), expected));
  }

  it('throws on a value with no JSON form', () => {
    assert.throws(() => canonicalJson(undefined), TypeError);
  });

  it('rejects non-finite numbers', () => {
    assert.throws(() => canonicalJson({ n: Number.NaN }));
    assert.throws(() => canonicalJson([Infinity]));
  });
});
