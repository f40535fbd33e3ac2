/**
 * The build benchmark's generated sites (bench/generate-site.ts) must be content the build accepts,
 * or `npm run bench` fails after a minute of building (it did when the changelog became required).
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { it } from 'node:test';
import { generateContent } from '../../bench/generate-site';
import { readChangelog } from '../../src/build/changelog';
import { checkLock, readContent } from '../../src/build/content';
import { scratchDir } from '../support/scratch';

// generateContent replaces the folder it is given, so it gets a subfolder; removing content/ alone would leave the one around it.
const dir = join(scratchDir('aga-bench-site-'), 'content');

it('a generated site reads, checks against its lock and has a changelog the build accepts', () => {
  generateContent(3, dir);
  const set = readContent(dir);
  assert.equal(set.modules.length, 3);
  assert.deepEqual(checkLock(set), []);
  assert.equal(readChangelog(set).size, 0);
});
