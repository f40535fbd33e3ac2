/** sortByText: the collator's order, with a shortcut for plain ids that must never change it. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { byText, sortByText } from '../../src/lib/text/order';

/** A small deterministic random sequence, so a failure can be repeated. */
function random(seed: number): () => number {
  let s = seed;
  return () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
}

describe('sortByText', () => {
  it('plain ids sort by number, as the collator sorts them', () => {
    assert.deepEqual(sortByText(['E10', 'E2', 'E1', 'E100', 'E0']), ['E0', 'E1', 'E2', 'E10', 'E100']);
    assert.deepEqual(sortByText(['30', '4', '200']), ['4', '30', '200']);
  });
  it('the same order as byText for random sets of ids, plain or not', () => {
    const next = random(17);
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)]!;
    const shapes: Array<() => string> = [
      () => `E${Math.floor(next() * 5000)}`,
      () => `${Math.floor(next() * 100000)}`,
      () => `emp${Math.floor(next() * 50)}`,
      () => `E0${Math.floor(next() * 50)}`,
      () => `e${Math.floor(next() * 50)}`,
      () => `E-${Math.floor(next() * 50)}`,
      () => `Ana ${pick(['Ruiz', 'ruiz', 'Öz', 'Zed'])}`,
      () => `E${Math.floor(next() * 9)}x${Math.floor(next() * 9)}`,
      () => `${'9'.repeat(1 + Math.floor(next() * 25))}`,
    ];
    for (let round = 0; round < 400; round++) {
      // Mostly one shape (the shortcut), sometimes a mix (the collator).
      const kinds = round % 3 === 0 ? [pick(shapes), pick(shapes)] : [pick(shapes)];
      const values = Array.from({ length: 1 + Math.floor(next() * 60) }, () => pick(kinds)());
      assert.deepEqual(sortByText([...values]), [...values].sort(byText), values.join(' '));
    }
  });
  it('an empty list and one value', () => {
    assert.deepEqual(sortByText([]), []);
    assert.deepEqual(sortByText(['x']), ['x']);
  });
});
