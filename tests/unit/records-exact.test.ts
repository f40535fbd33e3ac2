import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { testManifest } from '../../bench/fixtures-records';
import { duplicateMember, isCanonicalBase64url, loneSurrogateAt, signatureEncodingProblem } from '../../src/lib/records/exact';
import { verifyRecord } from '../../src/lib/records/verify';
import { craftedCases, type CraftedCase } from '../support/crafted';

const manifest = testManifest();
let cases: CraftedCase[];
let dir: string;

before(async () => {
  cases = await craftedCases(manifest);
  dir = mkdtempSync(join(tmpdir(), 'aga-exact-'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

describe('crafted records (issue 18 #7): verifyRecord', () => {
  it('gives each crafted record its reason code', async () => {
    const got = await Promise.all(cases.map(async (c) => {
      const v = await verifyRecord(c.record, manifest);
      return [c.name, v.ok ? 'valid' : v.reason];
    }));
    assert.deepEqual(got, cases.map((c) => [c.name, c.reason]));
  });
});

describe('crafted records: aga verify gives the same verdicts', () => {
  it('--json lists the same reason per record, exit 1', async () => {
    const file = join(dir, 'crafted.json');
    const mf = join(dir, 'manifest.json');
    writeFileSync(file, JSON.stringify(cases.map((c) => c.record)));
    writeFileSync(mf, JSON.stringify(manifest));
    const { code, stdout } = await new Promise<{ code: number; stdout: string }>((resolve) => {
      execFile(process.execPath, ['bin/aga.mjs', 'verify', '--json', '--manifest', mf, file], (error, out) => {
        resolve({ code: error ? Number(error.code) : 0, stdout: out });
      });
    });
    assert.equal(code, 1);
    const lines = JSON.parse(stdout) as Array<{ index: number; verdict: string; reason: string | null }>;
    assert.deepEqual(lines.map((l) => [cases[l.index]!.name, l.reason ?? 'valid']), cases.map((c) => [c.name, c.reason]));
  });
});

describe('exactness helpers', () => {
  const dup: Array<[string, string | undefined]> = [
    ['{"a":1,"b":2}', undefined],
    ['{"a":1,"a":2}', 'a'],
    ['{"\\u0061":1,"a":2}', 'a'],
    ['{"a":{"b":1,"b":2}}', 'a.b'],
    ['{"a":[{"x":1},{"x":2}]}', undefined],
    ['{"a":[{"x":1,"x":2}]}', 'a.[].x'],
    ['{"s":"{\\"a\\":1,\\"a\\":2}"}', undefined],
    ['[1,{"k":"v"},{"k":"w"}]', undefined],
  ];
  for (const [text, expected] of dup) it(`duplicateMember(${text}) = ${expected}`, () => assert.equal(duplicateMember(text), expected));

  it('loneSurrogateAt finds lone surrogates in values and names, not pairs', () => {
    assert.equal(loneSurrogateAt({ a: 'ok \u{1F600}' }), undefined);
    assert.equal(loneSurrogateAt({ a: { b: ['x', 'y\ud800'] } }), 'a.b.1');
    assert.equal(loneSurrogateAt({ ['k\udc00']: 1 }), 'k\udc00');
  });

  const b64: Array<[string, boolean]> = [['', true], ['AQ', true], ['AR', false], ['AQI', true], ['AQJ', false], ['AQID', true], ['A', false], ['AQ==', false]];
  for (const [text, ok] of b64) it(`isCanonicalBase64url(${JSON.stringify(text)}) = ${ok}`, () => assert.equal(isCanonicalBase64url(text), ok));

  it('signatureEncodingProblem wants 86 characters without spare bits', () => {
    assert.equal(signatureEncodingProblem(`${'A'.repeat(85)}Q`), undefined);
    assert.match(signatureEncodingProblem(`${'A'.repeat(85)}R`) ?? '', /spare bits/);
    assert.match(signatureEncodingProblem('A'.repeat(40)) ?? '', /86/);
  });
});
