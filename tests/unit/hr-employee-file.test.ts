/** Employee lists as spreadsheets write them: BOM or not, Windows-1252, semicolons, quoted newlines, 20,000 rows. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decodeEmployeeBytes, detectSeparator, readEmployeeFile } from '../../src/lib/hr/employee-file';

const utf8 = (s: string) => new TextEncoder().encode(s);
const HEADER = 'employeeId,name,email,department,manager\r\n';

describe('employee list files', () => {
  it('reads UTF-8 with and without a BOM the same', () => {
    const text = `${HEADER}E1,Zoë,z@example.com,Legal,Dana\r\n`;
    const plain = readEmployeeFile(utf8(text));
    const bom = readEmployeeFile(utf8(`\ufeff${text}`));
    assert.deepEqual(bom, plain);
    assert.equal(plain.employees[0]!.name, 'Zoë');
    assert.equal(plain.readAs, '');
    assert.equal(decodeEmployeeBytes(utf8(`\ufeff${text}`)).bom, true);
  });
  it('reads Windows-1252 and says so', () => {
    // "Zoë" and "Müller" as Excel writes them in Western locales: ë is 0xEB, ü is 0xFC.
    const bytes = Uint8Array.from([...utf8(HEADER), ...utf8('E1,Zo'), 0xeb, ...utf8(',z@example.com,M'), 0xfc, ...utf8('ller,Dana\r\n')]);
    const r = readEmployeeFile(bytes);
    assert.equal(r.employees[0]!.name, 'Zoë');
    assert.equal(r.employees[0]!.department, 'Müller');
    assert.match(r.readAs, /Windows-1252/);
  });
  it('finds the separator of the header, quotes aside', () => {
    const cases: Array<[string, string]> = [
      ['a,b,c\n1;2;3;4;5', ','],
      ['a;b;c\n', ';'],
      ['"x,y,z";b;c\n', ';'],
      ['single\n', ','],
    ];
    for (const [text, sep] of cases) assert.equal(detectSeparator(text), sep, text);
  });
  it('reads a semicolon list with quoted newlines, reporting lines after them correctly', () => {
    const text = 'employeeId;name;email;department;manager\r\nE1;"Ann\r\nSmith";a@example.com;Legal;Dana\r\nE1;Again;x@example.com;Legal;Dana\r\n';
    const r = readEmployeeFile(utf8(text));
    assert.deepEqual(r.employees.map((e) => [e.employeeId, e.name]), [['E1', 'Ann\r\nSmith']]);
    assert.deepEqual(r.problems, ['line 4: employee ID E1 already on line 2; the first is kept']);
    assert.equal(r.readAs, 'separated by semicolons');
  });
  it('reports a quote that is never closed, by line, and reads no more from there', () => {
    const r = readEmployeeFile(utf8(`${HEADER}E1,Ann,a@example.com,Legal,Dana\r\nE2,"Bob,b@example.com,Sales,Eve\r\nE3,Cy,c@example.com,Sales,Eve\r\n`));
    assert.deepEqual(r.employees.map((e) => e.employeeId), ['E1']);
    assert.deepEqual(r.problems, ['line 3: a quote opened here is never closed; the rest of the file from this line was not read']);
  });
  it('reads 20,000 rows', () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => `E${i},Person ${i},p${i}@example.com,D${i % 40},M${i % 300}`);
    const started = performance.now();
    const r = readEmployeeFile(utf8(`${HEADER}${rows.join('\r\n')}\r\n`));
    assert.equal(r.employees.length, 20_000);
    assert.deepEqual(r.problems, []);
    assert.ok(performance.now() - started < 2000, 'within 2 s');
  });
});
