import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readContent } from '../../src/build/content';
import { currentVersionOf } from '../../src/build/settings';
import { copyContent, edit, problemsOf } from '../support/content-copy';

/** The message readContent throws on a copy of content/ changed by `change`. */
function contentErrorOf(change: (dir: string) => void): string {
  const dir = copyContent();
  change(dir);
  return problemsOf(dir);
}

describe('pass mark and re-training period come from the lock', () => {
  const set = readContent('content');
  const first = set.modules[0]!;

  it('gives every page the locked values of the current version', () => {
    for (const m of set.modules) {
      const locked = set.lock?.modules[m.id]?.find((v) => v.version === m.frontmatter.version);
      assert.ok(locked, `${m.id} is locked`);
      const published = currentVersionOf(set, m.id);
      assert.equal(published.passMarkPercent, locked.passMarkPercent, m.id);
      assert.equal(published.retrainMonths, locked.retrainMonths, m.id);
      assert.deepEqual(published.questions, locked.questions, m.id);
    }
  });

  const cases: Array<[string, (dir: string) => void, RegExp]> = [
    [
      'org.yaml passMarkPercent',
      (dir) => edit(dir, 'org.yaml', (t) => t.replace(/^passMarkPercent: .*$/m, 'passMarkPercent: 95')),
      new RegExp(`org\\.yaml: field passMarkPercent gives module "${first.id}" 95, but its version ${first.frontmatter.version.replace(/\./g, '\\.')} is locked with \\d+`),
    ],
    [
      'org.yaml retrainMonths',
      (dir) => edit(dir, 'org.yaml', (t) => t.replace(/^retrainMonths: .*$/m, 'retrainMonths: 3')),
      new RegExp(`org\\.yaml: field retrainMonths gives module "${first.id}" 3`),
    ],
  ];
  for (const [name, change, expected] of cases) {
    it(`refuses a changed ${name} for an unchanged version, naming the module`, () => {
      assert.match(contentErrorOf(change), expected);
    });
  }

  it('accepts an org.yaml change that gives the locked values again', () => {
    const dir = copyContent();
    edit(dir, 'org.yaml', (t) => `${t}\n`);
    assert.doesNotThrow(() => readContent(dir));
  });
});
