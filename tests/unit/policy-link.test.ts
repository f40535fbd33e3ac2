import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { unknownChoices } from '../../src/lib/policy/link';

const known = { platforms: ['chatgpt-enterprise', 'copilot'], classes: ['public', 'internal'] };

describe('unknownChoices', () => {
  const cases: Array<[string, string, RegExp[]]> = [
    ['no parameters', '', []],
    ['both known', '?platform=copilot&data=public', []],
    ['empty values are no choice', '?platform=&data=', []],
    ['unknown platform named', '?platform=gpt-9&data=public', [/platform “gpt-9”/]],
    ['unknown data class named, with the ones that exist', '?platform=copilot&data=secret', [/data class “secret”.*public, internal/]],
    ['both unknown', '?platform=x&data=y', [/platform “x”/, /data class “y”/]],
  ];
  for (const [name, query, expected] of cases) {
    it(name, () => {
      const got = unknownChoices(new URLSearchParams(query), known);
      assert.equal(got.length, expected.length, got.join(' | '));
      expected.forEach((re, i) => assert.match(got[i]!, re));
    });
  }
});
