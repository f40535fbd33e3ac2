import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readContent } from '../../src/build/content';
import { decide, type PolicyDataClass, type PolicyPlatform, type Verdict } from '../../src/lib/policy/decide';
import { DATA_CLASS_IDS, type DataClassId } from '../../src/schemas/data-classes';

/** The test's own rank of a class (its place in the ids, least sensitive first), to check decide() against. */
const rank = (id: DataClassId) => DATA_CLASS_IDS.indexOf(id);

const classes: PolicyDataClass[] = DATA_CLASS_IDS.map((id) => ({ id, name: id[0]!.toUpperCase() + id.slice(1) }));

function platform(over: Partial<PolicyPlatform>): PolicyPlatform {
  return { id: 'tool', name: 'Tool', status: 'approved', maxDataClass: 'internal', conditions: [], ...over };
}

describe('decide: edge cases', () => {
  const cases: Array<[string, Partial<PolicyPlatform>, string, Verdict, string]> = [
    ['prohibited refuses even public data', { status: 'prohibited', maxDataClass: undefined }, 'public', 'not-allowed', 'prohibited'],
    ['prohibited wins over a stray maxDataClass', { status: 'prohibited', maxDataClass: 'restricted' }, 'public', 'not-allowed', 'prohibited'],
    ['prohibited wins over conditions', { status: 'prohibited', maxDataClass: undefined, conditions: ['x'] }, 'public', 'not-allowed', 'prohibited'],
    ['approved, class below the limit', { maxDataClass: 'confidential' }, 'internal', 'allowed', 'within-max'],
    ['approved, class equal to the limit', { maxDataClass: 'confidential' }, 'confidential', 'allowed', 'within-max'],
    ['approved, class one above the limit', { maxDataClass: 'confidential' }, 'restricted', 'not-allowed', 'above-max'],
    ['approved up to public, internal refused', { maxDataClass: 'public' }, 'internal', 'not-allowed', 'above-max'],
    ['approved up to restricted allows restricted', { maxDataClass: 'restricted' }, 'restricted', 'allowed', 'within-max'],
    ['approved with conditions is conditional', { conditions: ['Use the company account'] }, 'public', 'conditional', 'conditions'],
    ['conditional status without conditions is still conditional', { status: 'conditional' }, 'internal', 'conditional', 'conditional-status'],
    ['conditional status above its limit is refused', { status: 'conditional', conditions: ['x'] }, 'confidential', 'not-allowed', 'above-max'],
    ['above the limit wins over conditions', { conditions: ['x'], maxDataClass: 'public' }, 'restricted', 'not-allowed', 'above-max'],
    ['not prohibited but no limit: refused', { maxDataClass: undefined }, 'public', 'not-allowed', 'above-max'],
  ];
  for (const [name, over, cls, verdict, rule] of cases) {
    it(name, () => {
      const d = decide(platform(over), cls, classes);
      assert.equal(d.verdict, verdict);
      assert.equal(d.rule, rule);
      assert.match(d.ruleText, /Tool/);
      if (verdict === 'conditional') assert.deepEqual(d.conditions, over.conditions ?? []);
      else assert.deepEqual(d.conditions, []);
    });
  }

  it('names the classes involved in the rule text', () => {
    const d = decide(platform({ maxDataClass: 'internal' }), 'restricted', classes);
    assert.match(d.ruleText, /Internal/);
    assert.match(d.ruleText, /Restricted/);
  });

  it('returns a copy of the conditions, not the registry array', () => {
    const p = platform({ conditions: ['a'] });
    decide(p, 'public', classes).conditions.push('b');
    assert.deepEqual(p.conditions, ['a']);
  });

  it('throws on an unknown data class', () => {
    assert.throws(() => decide(platform({}), 'secret', classes), /unknown data class "secret"/);
  });
});

describe('decide: exceptions ("confidential, except customer personal data")', () => {
  const pii = { dataClass: 'confidential', what: 'Customer personal data' };
  it('an exception of the queried class is named in the verdict and the rule', () => {
    const d = decide(platform({ status: 'conditional', maxDataClass: 'confidential', conditions: ['c'], excludes: [pii] }), 'confidential', classes);
    assert.equal(d.verdict, 'conditional');
    assert.deepEqual(d.excludes, ['Customer personal data']);
    assert.match(d.ruleText, /Except: Customer personal data, which must not go into Tool/);
    assert.deepEqual(d.conditions, ['c'], 'an exception is not mixed into the conditions');
  });
  it('an exception binds every more sensitive class too', () => {
    const d = decide(platform({ maxDataClass: 'restricted', excludes: [{ dataClass: 'internal', what: 'HR notes' }] }), 'restricted', classes);
    assert.deepEqual(d.excludes, ['HR notes']);
  });
  it('an exception of a more sensitive class does not touch a lower class', () => {
    const d = decide(platform({ maxDataClass: 'confidential', excludes: [pii] }), 'internal', classes);
    assert.equal(d.verdict, 'allowed');
    assert.deepEqual(d.excludes, []);
    assert.doesNotMatch(d.ruleText, /Except/);
  });
  it('turns an approved entry without conditions into "allowed with conditions" where it applies', () => {
    const d = decide(platform({ maxDataClass: 'confidential', excludes: [pii] }), 'confidential', classes);
    assert.equal(d.verdict, 'conditional');
    assert.equal(d.rule, 'conditions');
  });
  it('never rescues a refusal: prohibited and above-max carry no exceptions', () => {
    assert.deepEqual(decide(platform({ maxDataClass: 'internal', excludes: [{ dataClass: 'internal', what: 'x' }] }), 'restricted', classes).excludes, []);
    assert.deepEqual(decide(platform({ status: 'prohibited', maxDataClass: undefined, excludes: [pii] }), 'confidential', classes).excludes, []);
  });
  it('throws on an exception naming an unknown class', () => {
    assert.throws(() => decide(platform({ excludes: [{ dataClass: 'secret', what: 'x' }] }), 'internal', classes), /unknown data class "secret" in excludes/);
  });
});

describe('decide: every platform and class of the real registry', () => {
  const set = readContent();
  it('the registry is not empty', () => {
    assert.ok(set.platforms.length >= 2);
    assert.equal(set.dataClasses.length, DATA_CLASS_IDS.length);
  });
  for (const p of set.platforms) {
    for (const c of set.dataClasses) {
      it(`${p.id} with ${c.id} data`, () => {
        // An oracle written from the policy text, independently of decide's branches.
        let expected: Verdict | undefined;
        if (p.status === 'prohibited' || p.maxDataClass === undefined || rank(c.id) > rank(p.maxDataClass)) expected = 'not-allowed';
        const applying = p.excludes.filter((e) => rank(e.dataClass) <= rank(c.id)).map((e) => e.what);
        if (expected === undefined) {
          if (p.status === 'conditional' || p.conditions.length > 0 || applying.length > 0) expected = 'conditional';
          else expected = 'allowed';
        }
        const d = decide(p, c.id, set.dataClasses);
        assert.equal(d.verdict, expected);
        assert.ok(d.ruleText.includes(p.name), 'the rule names the platform');
        assert.deepEqual(d.conditions, expected === 'conditional' ? p.conditions : []);
        assert.deepEqual(d.excludes, expected === 'not-allowed' ? [] : applying);
        for (const what of d.excludes) assert.ok(d.ruleText.includes(what), 'the rule names every exception');
      });
    }
  }
});
