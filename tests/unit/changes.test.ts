import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { changesSince, compareVersions } from '../../src/lib/quiz/changes';

describe('compareVersions', () => {
  const cases: Array<[string, string, number]> = [
    ['1.0.0', '1.0.0', 0],
    ['1.2.0', '1.10.0', -1],
    ['2.0.0', '1.9.9', 1],
    ['1.0.1', '1.0.0', 1],
  ];
  for (const [a, b, sign] of cases) it(`${a} vs ${b}`, () => assert.equal(Math.sign(compareVersions(a, b)), sign));
});

describe('changesSince: the entries a learner who passed an older version reads', () => {
  const entries = [{ version: '1.1.0' }, { version: '1.2.0' }, { version: '1.10.0' }];
  const cases: Array<[string, string, string, string[]]> = [
    ['passed 1.0.0, current 1.10.0: every later entry, newest first', '1.0.0', '1.10.0', ['1.10.0', '1.2.0', '1.1.0']],
    ['passed 1.1.0, current 1.2.0: only 1.2.0', '1.1.0', '1.2.0', ['1.2.0']],
    ['passed the current version: nothing', '1.2.0', '1.2.0', []],
    ['an entry newer than the current version is not shown', '1.1.0', '1.2.0', ['1.2.0']],
  ];
  for (const [name, passed, current, expected] of cases) {
    it(name, () => assert.deepEqual(changesSince(entries, passed, current).map((e) => e.version), expected));
  }
});
