import type { RecordPayload } from '../../schemas/record';

/** A cell value; undefined is an empty cell. */
export type CsvCell = string | number | boolean | undefined;

// OWASP "CSV Injection": a spreadsheet treats a cell starting with one of these as a formula.
const FORMULA_START = /^[=+\-@\t\r\n]/;

/**
 * One cell as RFC 4180 text. Text starting with = + - @ tab CR LF gets a leading single quote so a
 * spreadsheet shows it instead of running it (numbers and booleans are written as they are: they
 * cannot carry a formula). Cells with a quote, comma, CR or LF are quoted, quotes doubled.
 */
export function csvCell(value: CsvCell): string {
  if (value === undefined) return '';
  let text = typeof value === 'string' ? value : String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** RFC 4180 CSV, CRLF line ends, starting with a UTF-8 BOM; cells starting with = + - @ tab CR LF are
 *  neutralised (prefixed with a single quote) as OWASP advises. */
export function toCsv(rows: ReadonlyArray<ReadonlyArray<CsvCell>>): string {
  return `\ufeff${rows.map((row) => `${row.map(csvCell).join(',')}\r\n`).join('')}`;
}

/**
 * Parses RFC 4180 CSV (quoted cells with "" for a quote, CRLF or LF line ends, a leading BOM ignored)
 * into rows of cells. Lines that are entirely empty are skipped. Each row carries its 1-based line number.
 */
export function parseCsv(text: string): Array<{ line: number; cells: string[] }> {
  const rows: Array<{ line: number; cells: string[] }> = [];
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  let touched = false;
  const endRow = () => {
    cells.push(cell);
    if (touched || cells.length > 1 || cell !== '') rows.push({ line: rowLine, cells });
    cells = [];
    cell = '';
    touched = false;
  };
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (quoted) {
      if (c === '"') {
        if (src[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = false;
      } else {
        if (c === '\n') line++;
        cell += c;
      }
    } else if (c === '"') {
      quoted = true;
      touched = true;
    } else if (c === ',') {
      cells.push(cell);
      cell = '';
      touched = true;
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && src[i + 1] === '\n') i++;
      endRow();
      line++;
      rowLine = line;
    } else cell += c;
  }
  if (touched || cell !== '' || cells.length > 0) endRow();
  return rows;
}

/** A learner's own records as CSV (module, version, attempt, score, verdict, completedAt, recordId, kid). */
export function recordsToCsv(records: Array<{ payload: RecordPayload; kid: string }>): string {
  return toCsv([
    ['module', 'version', 'attempt', 'score', 'verdict', 'completedAt', 'recordId', 'kid'],
    ...records.map(({ payload: p, kid }) => [
      p.module.id, p.module.version, p.attempt.n, `${p.score.correct}/${p.score.total}`,
      p.score.passed ? 'passed' : 'failed', p.attempt.completedAt, p.recordId, kid,
    ]),
  ]);
}
