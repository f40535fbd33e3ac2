import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { testManifest } from '../../bench/fixtures-records';
import { verifyFile } from '../../src/cli/verify-file';
import type { ValidRecord } from '../../src/lib/records/roster';

const dir = mkdtempSync(join(tmpdir(), 'aga-unreadable-'));
after(() => rmSync(dir, { recursive: true, force: true }));

describe('aga verify: a file that cannot be read is one malformed line, never a crash', () => {
  it('a file deleted after it was listed', async () => {
    const valid: ValidRecord[] = [];
    const file = join(dir, 'gone.json');
    const report = await verifyFile(file, testManifest(), valid);
    assert.deepEqual(report.items.map((i) => [i.line.file, i.line.index, i.line.verdict, i.line.reason, i.message]), [[file, 0, 'invalid', 'malformed', 'file could not be read (ENOENT)']]);
    assert.equal(valid.length, 0);
  });
  it('a path that turned into a folder', async () => {
    const file = join(dir, 'folder.json');
    mkdirSync(file);
    const report = await verifyFile(file, testManifest(), []);
    assert.equal(report.items.length, 1);
    assert.equal(report.items[0]!.message, 'file could not be read (EISDIR)');
  });
});
