import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { payloadFor, testManifest } from '../../bench/fixtures-records';
import { csvCell, parseCsv, recordsToCsv, toCsv } from '../../src/lib/export/csv';

describe('csvCell (RFC 4180 + OWASP CSV injection)', () => {
  const cases: Array<[string, string | number | boolean | undefined, string]> = [
    ['plain text', 'Alice', 'Alice'],
    ['empty', '', ''],
    ['undefined', undefined, ''],
    ['number', 42, '42'],
    ['negative number stays a number', -3, '-3'],
    ['boolean', true, 'true'],
    ['comma is quoted', 'Lee, Ann', '"Lee, Ann"'],
    ['quote is doubled and quoted', 'say "hi"', '"say ""hi"""'],
    ['LF is quoted', 'a\nb', '"a\nb"'],
    ['CRLF is quoted', 'a\r\nb', '"a\r\nb"'],
    ['= is neutralised', '=1+2', "'=1+2"],
    ['+ is neutralised', '+1', "'+1"],
    ['- is neutralised', '-2+3', "'-2+3"],
    ['@ is neutralised', '@SUM(A1)', "'@SUM(A1)"],
    ['tab is neutralised', '\t=1', "'\t=1"],
    ['CR is neutralised and quoted', '\r=1', '"\'\r=1"'],
    ['LF is neutralised and quoted', '\n=1', '"\'\n=1"'],
    ['a formula with a quote and comma', '=HYPERLINK("http://x","y")', '"\'=HYPERLINK(""http://x"",""y"")"'],
    ['a formula character later is harmless', 'a=b', 'a=b'],
    ['HTML stays text', '<img src=x onerror=alert(1)>', '<img src=x onerror=alert(1)>'],
  ];
  for (const [name, value, expected] of cases) it(name, () => assert.equal(csvCell(value), expected));
});

describe('toCsv', () => {
  it('starts with a BOM and ends every row with CRLF', () => {
    assert.equal(toCsv([['a', 'b'], ['c,d', 1]]), '\ufeffa,b\r\n"c,d",1\r\n');
  });
  it('round-trips through parseCsv (apart from the neutralising quote)', () => {
    const rows = [['x', 'Lee, "Ann"', 'multi\r\nline', ''], ['é ü 漢字', '=cmd', '', 'end']];
    assert.deepEqual(parseCsv(toCsv(rows)).map((r) => r.cells), [rows[0], ['é ü 漢字', "'=cmd", '', 'end']]);
  });
});

describe('parseCsv', () => {
  it('numbers rows by their first line and skips blank lines', () => {
    assert.deepEqual(parseCsv('a,b\n\n"x\ny",z\r\nlast'), [
      { line: 1, cells: ['a', 'b'] },
      { line: 3, cells: ['x\ny', 'z'] },
      { line: 5, cells: ['last'] },
    ]);
  });
  it('keeps a row of empty cells', () => {
    assert.deepEqual(parseCsv(',\n').map((r) => r.cells), [['', '']]);
  });
});

describe('recordsToCsv', () => {
  it('writes the learner\'s records with their key', () => {
    const p = payloadFor(testManifest(), { recordId: '00000000-0000-4000-8000-000000000001' });
    assert.equal(
      recordsToCsv([{ payload: p, kid: 'KID' }]),
      '\ufeffmodule,version,attempt,score,verdict,completedAt,recordId,kid\r\n' +
        'alpha,1.1.0,1,3/3,passed,2026-06-01T10:00:00.000Z,00000000-0000-4000-8000-000000000001,KID\r\n',
    );
  });
});
