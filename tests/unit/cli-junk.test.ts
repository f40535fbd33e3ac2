import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { bundle, newKey, signedRecord, testManifest } from '../../bench/fixtures-records';
import { beyondCapText, MAX_FAILURES_LISTED_PER_FILE, MAX_RECORDS_PER_FILE } from '../../src/lib/records/limits';
import { visible } from '../../src/lib/text/visible';

// Issue 18 #3: files of a million junk entries, generated here (18 MB each), never committed.
const JUNK = `[${Array(1_000_000).fill('{"protected":"a"}').join(',')}]`;
let dir: string;
let mf: string;
let validFile: string;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'aga-junk-'));
  const manifest = testManifest();
  mf = join(dir, '..', `${dir.split('/').pop()}-manifest.json`);
  writeFileSync(mf, JSON.stringify(manifest));
  validFile = join(dir, 'a-valid.json');
  writeFileSync(validFile, bundle([await signedRecord(manifest, await newKey())]));
  for (const i of [1, 2, 3]) writeFileSync(join(dir, `junk${i}.json`), JUNK);
});
after(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(mf, { force: true });
});

interface Seen { code: number; stdout: string; stderr: string; stderrAtFirstOutput: string }

/** Runs the CLI, noting what stderr held when stdout first received output. */
function run(args: string[]): Promise<Seen> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['bin/aga.mjs', ...args]);
    let stdout = '';
    let stderr = '';
    let stderrAtFirstOutput: string | undefined;
    child.stdout.on('data', (d: Buffer) => {
      stderrAtFirstOutput ??= stderr;
      stdout += d.toString();
    });
    child.stderr.on('data', (d: Buffer) => { stderr += d.toString(); });
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr, stderrAtFirstOutput: stderrAtFirstOutput ?? stderr }));
  });
}

describe('aga verify on junk files (a million {"protected":"a"} entries each)', () => {
  it('caps records and listed failures per file, counts the rest, streams file by file, exit 1', async () => {
    const r = await run(['verify', '--manifest', mf, dir]);
    assert.equal(r.code, 1, r.stderr);
    const lines = r.stdout.trimEnd().split('\n').map((l) => l.split('\t'));
    assert.equal(lines[0]![0], validFile);
    assert.equal(lines[0]![2], 'valid');
    for (const i of [1, 2, 3]) {
      const file = join(dir, `junk${i}.json`);
      const own = lines.filter((l) => l[0] === file);
      // The first 100 failures one by one, then one line at index 25000 for what was not read.
      assert.equal(own.length, MAX_FAILURES_LISTED_PER_FILE + 1);
      assert.deepEqual(own.at(-1), [file, String(MAX_RECORDS_PER_FILE), 'invalid', 'malformed', visible(beyondCapText(975_000))]);
      assert.match(r.stderr, new RegExp(`note: ${file.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: 24,900 more failed records`));
    }
    // Each junk file: 25,000 failed records read and one line for the entries not read.
    assert.match(r.stderr, /75004 records in 4 files: 1 valid, 75003 invalid\n$/);
    // Streaming: the valid file's line was printed before the last junk file was done.
    assert.doesNotMatch(r.stderrAtFirstOutput, /junk3\.json/);
  });

  it('--json stays one array', async () => {
    const r = await run(['verify', '--json', '--manifest', mf, validFile, join(dir, 'junk1.json')]);
    assert.equal(r.code, 1);
    const items = JSON.parse(r.stdout) as Array<{ index: number; verdict: string }>;
    assert.equal(items.length, 1 + MAX_FAILURES_LISTED_PER_FILE + 1);
    assert.equal(items[0]!.verdict, 'valid');
  });
});
