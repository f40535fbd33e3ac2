import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readContent } from '../../src/build/content';
import type { RuleCode } from '../../src/lib/policy/decide';
import { explainLinks, TAUGHT_IN, type ModuleOutline } from '../../src/lib/policy/explain';

const outline = (id: string, slugs: string[]): ModuleOutline => ({ id, title: `Module ${id}`, headings: slugs.map((slug) => ({ slug, text: `Heading ${slug}` })) });

describe('explainLinks', () => {
  it('links the first listed heading that exists', () => {
    const links = explainLinks('conditions', [outline('approved-platforms', ['reading-the-registry', 'what-conditional-approval-means-in-practice'])]);
    assert.deepEqual(links, [{ path: '/modules/approved-platforms/#what-conditional-approval-means-in-practice', label: 'Module approved-platforms: Heading what-conditional-approval-means-in-practice' }]);
  });
  it('falls back to the module top when no heading matches, and skips missing modules', () => {
    assert.deepEqual(explainLinks('conditions', [outline('approved-platforms', ['other'])]), [{ path: '/modules/approved-platforms/', label: 'Module approved-platforms' }]);
    assert.deepEqual(explainLinks('within-max', []), []);
  });
  it('lists a place once', () => {
    const links = explainLinks('prohibited', [outline('approved-platforms', [])]);
    assert.equal(links.length, 1);
  });
});

describe('explainLinks over the real modules', () => {
  const { modules } = readContent();
  const outlines = modules.map((m) => outline(m.id, m.headings));
  for (const rule of Object.keys(TAUGHT_IN) as RuleCode[]) {
    it(`${rule}: every module it names exists and every link lands on a heading`, () => {
      for (const place of TAUGHT_IN[rule]) assert.ok(modules.some((m) => m.id === place.module), `module ${place.module} exists`);
      const links = explainLinks(rule, outlines);
      assert.ok(links.length > 0);
      for (const l of links) assert.match(l.path, /#/, `${l.path} should name a section; a heading was renamed?`);
    });
  }
});
