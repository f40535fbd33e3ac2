import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';

const run = promisify(execFile);
const SOURCES = join('node_modules', '.cache', 'aga', 'sources.json');
const ARGS = ['bin/aga.mjs', 'verify', '--manifest', 'tests/fixtures/records/manifest.json', 'tests/fixtures/records/files', '--json'];

async function aga(env: Record<string, string>): Promise<{ stdout: string; stderr: string; code: number }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ARGS, { env: { ...process.env, AGA_CLI_TRACE: '1', ...env }, maxBuffer: 1 << 26 });
    return { stdout, stderr, code: 0 };
  } catch (error) {
    const e = error as { stdout: string; stderr: string; code: number };
    return { stdout: e.stdout, stderr: e.stderr, code: e.code };
  }
}

describe('the CLI starts from a bundle, never from stale code', () => {
  let saved = '';
  before(async () => {
    await run(process.execPath, ['scripts/build-cli.mjs']);
    saved = readFileSync(SOURCES, 'utf8');
  });
  after(() => writeFileSync(SOURCES, saved));

  it('the bundle and the sources give the same lines and exit code', async () => {
    const bundled = await aga({});
    const source = await aga({ AGA_CLI_FROM_SOURCE: '1' });
    assert.match(bundled.stderr, /running from the bundle/);
    assert.match(source.stderr, /running from the TypeScript sources/);
    assert.equal(bundled.stdout, source.stdout);
    assert.equal(bundled.code, source.code);
    assert.ok(JSON.parse(bundled.stdout).length > 0);
  });

  it('a source changed since the bundle was built makes it run from the sources', async () => {
    const stamp = JSON.parse(saved) as { sources: Array<{ path: string; mtimeMs: number; size: number }> };
    stamp.sources[0]!.mtimeMs -= 1000;
    writeFileSync(SOURCES, JSON.stringify(stamp));
    assert.match((await aga({})).stderr, /running from the TypeScript sources/);
  });
});
