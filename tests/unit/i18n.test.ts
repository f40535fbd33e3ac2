import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { t, tn } from '../../src/i18n';
import { all, tLink, t as tAll } from '../../src/i18n/all';

describe('the translation table', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    assert.equal(t('export.saved', { name: 'a.csv', items: '3 records' }), 'Saved a.csv (3 records).');
    assert.equal(t('export.saved', { name: 'a.csv' }), 'Saved a.csv ({items}).');
  });

  it('chooses the plural form by count, with thousands separated', () => {
    assert.equal(tn('export.item.record', 1), '1 record');
    assert.equal(tn('export.item.record', 0), '0 records');
    assert.equal(tn('export.item.statement', 12_500), '12,500 statements');
  });

  it('splits a sentence around its one link, before filling in values', () => {
    assert.deepEqual(tLink('sign-in.no-sso'), ['This site does not use single sign-on: your details are the ones you type in. ', 'Back to the training', '']);
    assert.deepEqual(tLink('hr.packages'), ['Running a learning management system? ', 'Course packages', ': every module as a SCORM 1.2 package to upload.']);
    // A bracket in a filled-in value is text, not a link.
    assert.deepEqual(tLink('site.footer.sso', { org: '[Acme]' }), [tAll('site.footer.sso', { org: '[Acme]' }), '', '']);
  });

  it('every plural key has both forms, and no text is empty', () => {
    for (const [key, text] of Object.entries(all)) {
      assert.ok(text.trim().length > 0, key);
      if (key.endsWith('.one')) assert.ok(`${key.slice(0, -4)}.other` in all, `${key} has no .other`);
      if (key.endsWith('.other')) assert.ok(`${key.slice(0, -6)}.one` in all, `${key} has no .one`);
    }
  });
});

describe('the tables together', () => {
  it('no key is defined in two tables, and every table is part of all', async () => {
    const { readdirSync } = await import('node:fs');
    const { all } = await import('../../src/i18n/all');
    const modules = ['../../src/i18n/en', ...readdirSync('src/i18n/en').filter((f) => f.endsWith('.ts')).map((f) => `../../src/i18n/en/${f.slice(0, -3)}`)];
    const owner = new Map<string, string>();
    const twice: string[] = [];
    for (const path of modules) {
      const exports = (await import(path)) as Record<string, unknown>;
      for (const [name, table] of Object.entries(exports)) {
        if (typeof table !== 'object' || table === null) continue;
        for (const key of Object.keys(table)) {
          const where = `${path.replace('../../', '')}#${name}`;
          if (owner.has(key)) twice.push(`${key}: ${owner.get(key)} and ${where}`);
          else owner.set(key, where);
        }
      }
    }
    assert.deepEqual(twice, [], 'a key in two tables: all.ts would let the later one win silently');
    assert.deepEqual([...owner.keys()].filter((k) => !(k in all)), [], 'tables not spread into src/i18n/all.ts');
  });
});
