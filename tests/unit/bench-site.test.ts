/**
 * The build benchmark's generated sites (bench/generate-site.ts) must be content the build accepts,
 * or `npm run bench` fails after a minute of building (it did when the changelog became required).
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, it } from 'node:test';
import { generateContent } from '../../bench/generate-site';
import { readChangelog } from '../../src/build/changelog';
import { checkLock, readContent } from '../../src/build/content';

const dir = join(mkdtempSync(join(tmpdir(), 'aga-bench-site-')), 'content');
after(() => rmSync(dir, { recursive: true, force: true }));

it('a generated site reads, checks against its lock and has a changelog the build accepts', () => {
  generateContent(3, dir);
  const set = readContent(dir);
  assert.equal(set.modules.length, 3);
  assert.deepEqual(checkLock(set), []);
  assert.equal(readChangelog(set).size, 0);
});
