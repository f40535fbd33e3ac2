import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { payloadFor, testManifest } from '../../bench/fixtures-records';
import { csvCell, parseCsv, recordsToCsv, toCsv } from '../../src/lib/export/csv';

describe('csvCell (RFC 4180 + OWASP CSV injection)', () => {
  const cases: Array<[string, string | number | boolean | undefined, string]> = [
    ['plain text is quoted', 'Alice', '"Alice"'],
    ['empty text', '', '""'],
    ['undefined', undefined, ''],
    ['number', 42, '42'],
    ['negative number stays a number', -3, '-3'],
    ['boolean', true, 'true'],
    ['comma', 'Lee, Ann', '"Lee, Ann"'],
    ['quote is doubled', 'say "hi"', '"say ""hi"""'],
    ['LF', 'a\nb', '"a\nb"'],
    ['CRLF', 'a\r\nb', '"a\r\nb"'],
    ['= is neutralised', '=1+2', `"'=1+2"`],
    ['+ is neutralised', '+1', `"'+1"`],
    ['- is neutralised', '-2+3', `"'-2+3"`],
    ['@ is neutralised', '@SUM(A1)', `"'@SUM(A1)"`],
    ['tab is neutralised', '\t=1', `"'\t'=1"`],
    ['CR is neutralised', '\r=1', `"'\r=1"`],
    ['LF is neutralised', '\n=1', `"'\n=1"`],
    ['a formula with a quote and comma', '=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
    ['a formula character inside a piece is harmless', 'a=b', '"a=b"'],
    ['after a semicolon (German, French, Dutch Excel)', 'x;=1+1', `"x;'=1+1"`],
    ['after a tab', 'x\t=1+1', `"x\t'=1+1"`],
    ['after a comma, spaces before it', 'Doe, =1+1', `"Doe,' =1+1"`],
    ['HTML stays text', '<img src=x onerror=alert(1)>', '"<img src=x onerror=alert(1)>"'],
  ];
  for (const [name, value, expected] of cases) it(name, () => assert.equal(csvCell(value), expected));
});

describe('toCsv', () => {
  it('starts with a BOM and ends every row with CRLF', () => {
    assert.equal(toCsv([['a', 'b'], ['c,d', 1]]), '\ufeff"a","b"\r\n"c,d",1\r\n');
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
      '\ufeff"module","version","attempt","correct","total","percent","verdict","completedAt","recordId","kid"\r\n' +
        '"alpha","1.1.0",1,3,3,100,"passed","2026-06-01T10:00:00.000Z","00000000-0000-4000-8000-000000000001","KID"\r\n',
    );
  });
});

describe('no separator-delimited piece starts a formula', () => {
  const hostile = ['x;=1+1', 'a\t@SUM(A1)', 'Doe, =HYPERLINK("http://x")', '-2+3', ' +1', 'ok;fine', '=a;=b,=c\t=d'];
  const text = toCsv([hostile, hostile.map((h) => `name ${h}`)]).slice(1);
  for (const sep of [';', ',', '\t']) {
    it(`split on ${JSON.stringify(sep)}`, () => {
      for (const line of text.split('\r\n').filter(Boolean)) {
        for (const piece of line.split(sep)) {
          const cell = piece.replace(/^"/, '').trimStart();
          assert.ok(!/^[=+\-@]/.test(cell), `${JSON.stringify(piece)} in ${JSON.stringify(line)} starts a formula`);
        }
      }
    });
  }
});
