/** The scanner behind the i18n coverage test (tests/support/ui-text.ts): what it counts as words, and what as code. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isClassList, isProse, scanTypeScript } from '../support/ui-text';

const texts = (code: string) => scanTypeScript('x.ts', code).map((h) => h.text);

describe('ui-text scanner', () => {
  it('takes class lists for code and sentences for words', () => {
    for (const classes of ['notice notice--ok', 'hr-swatch s-', 'badge badge-- ', 'hr-cell__detail']) {
      assert.equal(isClassList(classes), true, classes);
      assert.equal(isProse(classes), false, classes);
    }
    for (const words of ['not given', 'No valid record loaded.', 'well-known words', 'Due soon']) {
      assert.equal(isClassList(words), false, words);
      assert.equal(isProse(words), true, words);
    }
  });

  it('skips class names in code and finds the sentence beside them', () => {
    const code = [
      "out.append(el('p', 'notice notice--ok', 'Records you load are checked.'));",
      "th.append(el('span', `hr-swatch s-${s}`), label);",
      "box.className = 'meta small';",
      "box.classList.add('wide view');",
      "svg.setAttribute('class', 'hr bar');",
      "svg.setAttribute('aria-label', 'Completion per module');",
    ].join('\n');
    assert.deepEqual(texts(code), ['Records you load are checked.', 'Completion per module']);
  });

  it('leaves developer assertions that name their function', () => {
    assert.deepEqual(texts("throw new Error('runBatch: the worker got files before the manifest');"), []);
    assert.deepEqual(texts("throw new Error('the worker got files before the manifest');"), ['the worker got files before the manifest']);
  });
});
