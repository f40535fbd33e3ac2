import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decodeEntities, excerptParts } from '../../src/components/search/excerpt';
import { bestSections } from '../../src/components/search/sections';
import { searchKindOf } from '../../src/components/search/kinds';
import type { PagefindResultData } from '../../src/components/search/pagefind-api';

describe('search excerpts', () => {
  it('splits at mark tags', () => {
    assert.deepEqual(excerptParts('a <mark>stack</mark> <mark>trace</mark> here'), [
      { text: 'a ', marked: false },
      { text: 'stack', marked: true },
      { text: ' ', marked: false },
      { text: 'trace', marked: true },
      { text: ' here', marked: false },
    ]);
  });
  it('keeps escaped markup as text and drops any other tag', () => {
    assert.deepEqual(excerptParts('&lt;script&gt;x<b>y</b> &amp; <mark>z</mark>'), [
      { text: '<script>xy & ', marked: false },
      { text: 'z', marked: true },
    ]);
  });
  it('decodes numeric entities and leaves unknown ones', () => {
    assert.equal(decodeEntities('&#39;a&#x27; &bogus; &#0;'), "'a' &bogus; &#0;");
  });
});

describe('best sections of a result', () => {
  const data: PagefindResultData = {
    url: '/modules/x/',
    excerpt: 'page',
    meta: { title: 'X' },
    filters: {},
    sub_results: [
      { title: 'X', url: '/modules/x/', excerpt: '', locations: [1], weighted_locations: [{ weight: 1, balanced_score: 10, location: 1 }] },
      { title: 'Stack traces', url: '/modules/x/#stack-traces', excerpt: '', locations: [5, 6], weighted_locations: [{ weight: 7, balanced_score: 70, location: 5 }, { weight: 1, balanced_score: 5, location: 6 }] },
      { title: 'Other', url: '/modules/x/#other', excerpt: '', locations: [9], weighted_locations: [{ weight: 1, balanced_score: 10, location: 9 }] },
    ],
  };
  it('puts the strongest section first and keeps page order on ties', () => {
    assert.deepEqual(bestSections(data).map((s) => s.url), ['/modules/x/#stack-traces', '/modules/x/', '/modules/x/#other']);
  });
  it('limits the count', () => {
    assert.equal(bestSections(data, 1).length, 1);
  });
  it('falls back to the page when there are no sections', () => {
    assert.deepEqual(bestSections({ ...data, sub_results: [] }).map((s) => s.url), ['/modules/x/']);
  });
});

describe('search kind of a page', () => {
  const cases: Array<[string, string]> = [
    ['modules/sensitive-information/', 'Training module'],
    ['/guidelines/platforms/internal-llm/', 'Platform'],
    ['guidelines/platforms/', 'Guideline'],
    ['guidelines/data-classes/', 'Data class'],
    ['guidelines/check/', 'Guideline'],
    ['changelog/', 'Guideline'],
  ];
  for (const [path, kind] of cases) it(`${path} -> ${kind}`, () => assert.equal(searchKindOf(path), kind));
});
