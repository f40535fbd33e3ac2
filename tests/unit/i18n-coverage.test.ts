/**
 * The translation table stays the one place of the interface's words: no new hard-coded prose in
 * templates and code (tests/support/ui-text.ts says what counts), every key the code names exists,
 * and every key in en.ts is used.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { all } from '../../src/i18n/all';
import { scanFiles, sourceFiles } from '../support/ui-text';

/** Where the interface's words are written: templates, custom elements, browser code and src/lib. */
const SCANNED = ['src/components', 'src/layouts', 'src/pages', 'src/lib', 'src/browser', 'src/stores', 'src/utils'];

/** Files whose prose is not the interface's, each with why. */
const NOT_UI: Readonly<Record<string, string>> = {
  'src/lib/records/json-schema.ts': 'descriptions of the published JSON Schema (docs/schemas), a format specification for developers',
  'src/lib/records/published-schemas.ts': 'titles and descriptions of the published JSON Schemas, as above',
  'src/lib/scorm/manifest-xml.ts': 'build-time errors for whoever configures the SCORM build, and XML markup',
};

/** Single strings that read as prose but are not the interface's words, file -> text -> why. */
const NOT_UI_TEXT: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  'src/lib/scorm/session.ts': {
    'not attempted': "a value of SCORM 1.2's cmi.core.lesson_status, which the LMS sets and reads: the standard's vocabulary, the same in every language",
  },
};
const exempt = (h: { file: string; text: string }) => Object.hasOwn(NOT_UI_TEXT[h.file] ?? {}, h.text);

/**
 * Hard-coded prose not moved yet, file -> count. A file may only go down: a new string fails here,
 * and a file that got cleaner must lower its figure (or leave the list), so the list cannot hide new text.
 */
const PENDING: Readonly<Record<string, number>> = JSON.parse(readFileSync('tests/unit/ui-text-baseline.json', 'utf8'));

const files = SCANNED.flatMap((dir) => sourceFiles(dir, /\.(ts|astro)$/)).filter((f) => !(f in NOT_UI));
// Keys are used wherever code runs: the CLI and the build read the table too.
const code = [...SCANNED, 'src/cli', 'src/build', 'src/integrations'].flatMap((dir) => sourceFiles(dir, /\.(ts|astro)$/)).map((f) => readFileSync(f, 'utf8')).join('\n');

describe('user-facing text lives in src/i18n/en.ts', () => {
  it('no file holds more hard-coded prose than its pending figure (0 for every file not listed)', async () => {
    const hits = (await scanFiles(files)).filter((h) => !exempt(h));
    const perFile = new Map<string, number>();
    for (const h of hits) perFile.set(h.file, (perFile.get(h.file) ?? 0) + 1);
    const grown = hits.filter((h) => (perFile.get(h.file) ?? 0) > (PENDING[h.file] ?? 0));
    assert.deepEqual(grown.map((h) => `${h.file}:${h.line}: ${h.text.trim().slice(0, 80)}`), [], 'move these words into src/i18n/en.ts and use t()');
    const shrunk = Object.entries(PENDING).filter(([f, n]) => (perFile.get(f) ?? 0) < n).map(([f, n]) => `${f}: ${perFile.get(f) ?? 0} now, ${n} listed`);
    assert.deepEqual(shrunk, [], 'lower these figures in tests/unit/ui-text-baseline.json');
  });

  it('code that runs in the browser imports its own table, never every table (src/i18n/all)', () => {
    const bundled = files.filter((f) => /^src\/(lib|browser|stores|components)\//.test(f));
    const offenders = bundled.filter((f) => {
      const text = readFileSync(f, 'utf8');
      const scripts = f.endsWith('.astro') ? [...text.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]!).join('\n') : text;
      return /from '(\.\.\/)+i18n\/all'/.test(scripts);
    });
    assert.deepEqual(offenders, []);
  });

  it('the allow-lists name files that exist, and strings those files hold', () => {
    for (const f of Object.keys(NOT_UI)) assert.ok(readFileSync(f, 'utf8').length > 0, f);
    for (const [f, texts] of Object.entries(NOT_UI_TEXT)) {
      for (const text of Object.keys(texts)) assert.ok(readFileSync(f, 'utf8').includes(`'${text}'`), `${f}: '${text}'`);
    }
  });

  it('every key the code names is in the table', () => {
    const named = [...code.matchAll(/\b(t|tn|tLink)\(\s*'([^']+)'/g)].map((m) => (m[1] === 'tn' ? `${m[2]}.other` : m[2]!));
    assert.ok(named.length > 50, 'the scan finds the calls');
    assert.deepEqual(named.filter((k) => !(k in all)), []);
  });

  it('every key in the table is used', () => {
    const literals = new Set([...code.matchAll(/['`]([\w.-]+)['`]/g)].map((m) => m[1]!));
    // A key built at run time (`status.${s}`) uses every key under its fixed start.
    const prefixes = [...code.matchAll(/`([\w-]+(?:\.[\w-]+)*\.)\$\{/g)].map((m) => m[1]!);
    const used = (key: string) => literals.has(key) || literals.has(key.replace(/\.(one|other)$/, '')) || prefixes.some((p) => key.startsWith(p));
    assert.deepEqual(Object.keys(all).filter((k) => !used(k)), []);
  });
});
