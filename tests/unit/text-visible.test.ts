import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hasHidden, visible } from '../../src/lib/text/visible';

describe('visible', () => {
  const cases: Array<[string, string, string]> = [
    ['plain text is unchanged', 'aga-records-E1-2026-05-03.json', 'aga-records-E1-2026-05-03.json'],
    ['accents and other scripts stay', 'Zoë 漢字 Ångström', 'Zoë 漢字 Ångström'],
    ['a newline that would forge a line', 'x.json\nvalid\t0', 'x.json\\u000avalid\\u0009' + '0'],
    ['a terminal escape that hides text', 'a\u001b[8mb', 'a\\u001b[8mb'],
    ['a right-to-left override', 'invoice\u202egpj.json', 'invoice\\u202egpj.json'],
    ['a zero-width space', 'E1\u200b', 'E1\\u200b'],
    ['a byte order mark', '\ufeffE1', '\\ufeffE1'],
    ['a backslash is doubled, so a written escape cannot pass for ours', 'a\\u202eb', 'a\\\\u202eb'],
  ];
  for (const [name, input, expected] of cases) it(name, () => assert.equal(visible(input), expected));

  it('hasHidden tells an id that deserves a warning', () => {
    assert.equal(hasHidden('E1001'), false);
    assert.equal(hasHidden('E1001\u202e'), true);
    assert.equal(hasHidden('E1\u200d'), true);
  });
});
