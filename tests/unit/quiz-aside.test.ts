import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { asideFile, asideText } from '../../src/lib/quiz/aside';

describe('rows set aside', () => {
  it('says one or many, and that nothing was deleted', () => {
    assert.match(asideText(1), /^One stored result .* It is kept aside, not deleted: download it/);
    assert.match(asideText(3), /^3 stored results .* They are kept aside, not deleted: download them/);
  });

  it('keeps every value in the file, even ones JSON cannot hold as they are', () => {
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic.self = cyclic;
    const file = asideFile([{ recordId: 'garbage', moduleId: 42 }, undefined, 10n, cyclic], new Date('2026-12-02T10:00:00.000Z'));
    assert.equal(file.name, 'aga-unreadable-2026-12-02.json');
    const parsed = JSON.parse(file.text) as { type: string; entries: unknown[] };
    assert.equal(parsed.type, 'aga.unreadable');
    assert.deepEqual(parsed.entries, [{ recordId: 'garbage', moduleId: 42 }, null, '10', '[object Object]']);
  });
});
