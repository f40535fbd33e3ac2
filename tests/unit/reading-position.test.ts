import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { currentSection, readingPercent } from '../../src/lib/reading/position';

describe('currentSection', () => {
  const cases: Array<[string, number[], number, boolean, number]> = [
    ['above the first heading', [300, 900, 1500], 100, false, -1],
    ['first heading at the line', [100, 700, 1300], 100, false, 0],
    ['between the second and third', [-800, 40, 600], 100, false, 1],
    ['all headings passed', [-3000, -2000, -50], 100, false, 2],
    ['at the end, the last one even below the line', [-900, 200, 500], 100, true, 2],
    ['no headings', [], 100, true, -1],
  ];
  for (const [name, tops, line, atEnd, expected] of cases) {
    it(name, () => assert.equal(currentSection(tops, line, atEnd), expected));
  }
});

describe('readingPercent', () => {
  const cases: Array<[string, number, number, number, number]> = [
    ['text starts below the top', 200, 5000, 800, 0],
    ['text top at the viewport top', 0, 5000, 800, 0],
    ['half way', -2100, 5000, 800, 50],
    ['bottom in view', -4200, 5000, 800, 100],
    ['scrolled past the text', -6000, 5000, 800, 100],
    ['text shorter than the screen, in view', -10, 500, 800, 100],
    ['text shorter than the screen, below', 100, 500, 800, 0],
  ];
  for (const [name, top, height, viewport, expected] of cases) {
    it(name, () => assert.equal(readingPercent(top, height, viewport), expected));
  }
});
