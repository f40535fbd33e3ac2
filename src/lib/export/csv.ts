import type { RecordPayload } from '../../schemas/record';

/** A cell value; undefined is an empty cell. */
export type CsvCell = string | number | boolean | undefined;

// OWASP "CSV Injection": a spreadsheet treats a cell starting with one of these as a formula.
const FORMULA_START = /^[=+\-@\t\r\n]/;
// A spreadsheet opening the file with another list separator (";" in German, French or Dutch Excel,
// tab when pasted) starts a new cell at each of these, so every piece between them is a cell start.
const PIECE = /([;,\t])/;

/** Text with a single quote before every piece (between ; , or tab) that would start a formula, leading spaces included. */
function neutralise(text: string): string {
  const pieces = text
    .split(PIECE)
    .map((piece, i) => (i % 2 === 0 && FORMULA_START.test(piece.trimStart()) ? `'${piece}` : piece))
    .join('');
  // A cell that itself starts with a tab, CR or LF is a formula start too when the separator is a comma.
  return FORMULA_START.test(pieces) ? `'${pieces}` : pieces;
}

/**
 * One cell as RFC 4180 text. Text is always quoted (quotes doubled), and every piece of it that a
 * spreadsheet could read as a cell of its own (split at ; , or tab, whichever separator it uses)
 * and that starts with = + - @ tab CR or LF gets a leading single quote, so it is shown, not run.
 * Numbers and booleans are written as they are: they cannot carry a formula.
 */
export function csvCell(value: CsvCell): string {
  if (value === undefined) return '';
  if (typeof value !== 'string') return String(value);
  return `"${neutralise(value).replaceAll('"', '""')}"`;
}

/** RFC 4180 CSV, CRLF line ends, starting with a UTF-8 BOM; every text cell quoted and neutralised (csvCell). */
export function toCsv(rows: ReadonlyArray<ReadonlyArray<CsvCell>>): string {
  return `\ufeff${rows.map((row) => `${row.map(csvCell).join(',')}\r\n`).join('')}`;
}

/**
 * Parses RFC 4180 CSV (quoted cells with "" for a quote, CRLF or LF line ends, a leading BOM ignored)
 * into rows of cells. Lines that are entirely empty are skipped. Each row carries its 1-based line number.
 */
export function parseCsv(text: string, separator = ','): Array<{ line: number; cells: string[] }> {
  return parseCsvChecked(text, separator).rows;
}

/**
 * parseCsv that also says where a quote was opened and never closed (`openQuoteLine`): the rest of the
 * file then sits in one cell, which a caller must report rather than read as data.
 */
export function parseCsvChecked(text: string, separator = ','): { rows: Array<{ line: number; cells: string[] }>; openQuoteLine?: number } {
  let openedAt = 0;
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
      openedAt = line;
      touched = true;
    } else if (c === separator) {
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
  const open = quoted;
  if (touched || cell !== '' || cells.length > 0) endRow();
  return open ? { rows, openQuoteLine: openedAt } : { rows };
}

/**
 * A learner's own records as CSV: module, version, attempt, correct, total, percent, verdict,
 * completedAt, recordId, kid. The score is numbers in columns of their own ("7/11" in one cell is
 * read as a date by spreadsheets); percent is rounded down, as the quiz shows it.
 */
export function recordsToCsv(records: Array<{ payload: RecordPayload; kid: string }>): string {
  return toCsv([
    ['module', 'version', 'attempt', 'correct', 'total', 'percent', 'verdict', 'completedAt', 'recordId', 'kid'],
    ...records.map(({ payload: p, kid }) => [
      p.module.id, p.module.version, p.attempt.n, p.score.correct, p.score.total, Math.floor((p.score.correct * 100) / p.score.total),
      p.score.passed ? 'passed' : 'failed', p.attempt.completedAt, p.recordId, kid,
    ]),
  ]);
}
