/**
 * Deploy pipelines install with `npm ci`, which refuses a lock that package.json has outgrown
 * (where `npm install` would quietly rewrite it). A dry run proves the committed lock is in sync.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { it } from 'node:test';

it('npm ci works from the committed package-lock.json (dry run)', { timeout: 180_000 }, async () => {
  const result = await new Promise<{ code: number; output: string }>((resolve) => {
    execFile('npm', ['ci', '--dry-run', '--ignore-scripts', '--no-audit', '--no-fund'], { maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, output: `${stdout}${stderr}` });
    });
  });
  assert.equal(result.code, 0, `npm ci --dry-run failed: run npm install and commit package-lock.json\n${result.output.split('\n').filter((l) => /error/i.test(l)).slice(0, 10).join('\n')}`);
});
