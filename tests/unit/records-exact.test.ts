import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { testManifest } from '../../bench/fixtures-records';
import { duplicateMember, inexactJson, isCanonicalBase64url, isExactCanonical, loneSurrogateAt, signatureEncodingProblem } from '../../src/lib/records/exact';
import { canonicalJson } from '../../src/lib/records/jcs';
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

describe('isExactCanonical: the fast path is taken only when both slow checks pass', () => {
  const texts = [
    '{"a":1,"b":[true,null,"x"],"c":{"d":0.5,"e":"é","f":"\\n"}}',
    '{"b":1,"a":2}', // members out of order
    '{"a":1, "b":2}', // whitespace
    '{"a":1,"a":1}', // a member twice
    '{"a":"\\ud800"}', // a lone surrogate, escaped
    '{"\\ud800":1}', // in a member name
    '{"a":1.0}', // not the ECMAScript number form
    '{"a":1e21}',
    '{"10":1,"9":2}', // JCS order; JavaScript enumerates integer-like names first, so the slow path decides
    '{"a":"\\u0041"}', // an escape JCS does not write
    '[]',
    '{"":{"a":[{"b":{}}]}}',
  ];
  for (const text of texts) {
    it(text, () => {
      const value: unknown = JSON.parse(text);
      const slow = inexactJson(text, value) === undefined && canonicalJson(value) === text;
      assert.equal(isExactCanonical(text, value) && slow, isExactCanonical(text, value), 'fast true implies slow true');
      if (slow && !/"\d+":/.test(text)) assert.equal(isExactCanonical(text, value), true, 'a canonical text takes the fast path');
    });
  }
  it('the first text is canonical and takes the fast path; the out-of-order one does not', () => {
    assert.equal(isExactCanonical(texts[0]!, JSON.parse(texts[0]!)), true);
    assert.equal(isExactCanonical(texts[1]!, JSON.parse(texts[1]!)), false);
  });
});
