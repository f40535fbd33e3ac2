/**
 * The import rules of docs/architecture.md, "What may import what", checked over every source
 * file: a forbidden import fails here, so the document cannot drift from the code.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, it } from 'node:test';

/** Top-level folder under src/ -> the folders under src/ it must not import from. */
const FORBIDDEN: Record<string, readonly string[]> = {
  i18n: ['schemas', 'lib', 'browser', 'components', 'stores', 'build', 'cli', 'integrations', 'pages', 'layouts', 'utils'],
  schemas: ['lib', 'browser', 'components', 'stores', 'build', 'cli', 'integrations', 'pages', 'layouts', 'utils'],
  lib: ['browser', 'components', 'stores', 'build', 'cli', 'integrations', 'pages', 'layouts', 'utils'],
  build: ['browser', 'components', 'stores', 'cli', 'pages', 'layouts'],
  cli: ['browser', 'components', 'stores', 'integrations', 'pages', 'layouts'],
  browser: ['components', 'build', 'cli', 'integrations', 'pages', 'layouts'],
  stores: ['components', 'browser', 'build', 'cli', 'integrations', 'pages', 'layouts'],
  components: ['build', 'cli', 'integrations', 'pages', 'layouts'],
  integrations: ['browser', 'components', 'stores', 'cli', 'pages', 'layouts'],
};
/** Module names that only Astro's runtime provides: code outside pages/components/layouts must run without Astro. */
const ASTRO_ONLY = /^(astro:|astro\/)/;
const ASTRO_FREE = ['i18n', 'schemas', 'lib', 'browser', 'stores', 'cli'];

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return sources(full);
    return /\.(ts|mjs|astro)$/.test(name) ? [full] : [];
  });
}

function importsOf(text: string): string[] {
  return [...text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|(?:^|\n)\s*import\s+['"]([^'"]+)['"]/g)].map((m) => m[1] ?? m[2] ?? m[3]!);
}

const src = resolve('src');
const files = sources(src);

describe('what may import what (docs/architecture.md)', () => {
  it('finds the source files', () => assert.ok(files.length > 50));
  for (const file of files) {
    const area = relative(src, file).split(sep)[0]!;
    const forbidden = FORBIDDEN[area];
    if (!forbidden && !ASTRO_FREE.includes(area)) continue;
    it(relative('.', file), () => {
      for (const spec of importsOf(readFileSync(file, 'utf8'))) {
        if (ASTRO_FREE.includes(area)) assert.ok(!ASTRO_ONLY.test(spec), `${relative('.', file)} imports ${spec}: ${area}/ must run without Astro`);
        if (!spec.startsWith('.')) continue;
        const target = relative(src, resolve(dirname(file), spec)).split(sep)[0]!;
        assert.ok(!forbidden?.includes(target), `${relative('.', file)} imports ${spec}: ${area}/ must not import from ${target}/`);
      }
    });
  }
});
