import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decodeEntities, excerptParts } from '../../src/components/search/excerpt';
import { bestSections, phraseFirst, phrasePositions, queryWords } from '../../src/components/search/sections';
import { isIndexedPath, searchKindOf } from '../../src/components/search/kinds';
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

describe('phrase matches', () => {
  it('finds the query words side by side, allowing longer word forms', () => {
    assert.deepEqual(phrasePositions('Never paste API keys, or an API\nkey. API (and) key', ['API', 'key']), [2, 6]);
    assert.deepEqual(phrasePositions('stack traces and a trace of the stack', ['stack', 'trace']), [0]);
  });
  it('does not count one word repeated as the phrase', () => {
    assert.deepEqual(phrasePositions('with this data? Data class personal subscription', ['personal', 'data']), []);
  });
  it('is empty for single words', () => {
    assert.deepEqual(phrasePositions('api key', ['api']), []);
  });
  it('splits a query into words the way Pagefind does', () => {
    assert.deepEqual(queryWords(' API-key  stack trace '), ['API', 'key', 'stack', 'trace']);
  });
  const page = (url: string, content: string): PagefindResultData => ({ url, content, excerpt: '', meta: {}, filters: {}, sub_results: [] });
  it('puts pages holding the phrase first and keeps Pagefind order otherwise', () => {
    const pages = [page('/apart/', 'OpenAI API with project keys'), page('/phrase-a/', 'never paste API keys'), page('/apart-2/', 'key to the API'), page('/phrase-b/', 'an API key')];
    assert.deepEqual(phraseFirst(pages, ['API', 'key']).map((p) => p.url), ['/phrase-a/', '/phrase-b/', '/apart/', '/apart-2/']);
    assert.deepEqual(phraseFirst(pages, ['API']).map((p) => p.url), pages.map((p) => p.url));
  });
  it('picks the section holding the phrase over a higher-scored one', () => {
    const d: PagefindResultData = {
      url: '/m/', excerpt: '', meta: {}, filters: {},
      content: 'Intro. Secrets: passwords, API keys, tokens. Key takeaways: rotate every API token and key.',
      sub_results: [
        { title: 'What counts as a secret', url: '/m/#secret', excerpt: '', locations: [3, 4], weighted_locations: [{ weight: 1, balanced_score: 10, location: 3 }, { weight: 1, balanced_score: 10, location: 4 }] },
        { title: 'Key takeaways', url: '/m/#key-takeaways', excerpt: '', locations: [6, 10, 13], weighted_locations: [{ weight: 7, balanced_score: 80, location: 6 }, { weight: 1, balanced_score: 5, location: 10 }, { weight: 1, balanced_score: 5, location: 13 }] },
      ],
    };
    assert.equal(bestSections(d, 1, ['API', 'key'])[0]!.url, '/m/#secret');
    assert.equal(bestSections(d, 1, ['key'])[0]!.url, '/m/#key-takeaways');
  });
});

describe('which pages are indexed', () => {
  for (const [path, expected] of [['', false], ['/', false], ['404.html', false], ['modules/x/', true], ['guidelines/', true]] as const) {
    it(`${path || '(home)'} -> ${expected}`, () => assert.equal(isIndexedPath(path), expected));
  }
});
