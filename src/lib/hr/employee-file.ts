/**
 * HR's employee list file as it comes out of a spreadsheet: UTF-8 with or without a BOM, or
 * Windows-1252 (Excel's "CSV" in Western locales), separated by commas or by semicolons (Excel
 * where the decimal mark is a comma). What was assumed is said, so nothing is misread silently.
 */
import { t } from '../../i18n/hr-results';
import { parseEmployeeCsv, type Employee } from '../records/roster';

export type EmployeeEncoding = 'utf-8' | 'windows-1252';

/** Text of the file's bytes: UTF-8 when they are valid UTF-8 (BOM or not), else Windows-1252. */
export function decodeEmployeeBytes(bytes: Uint8Array): { text: string; encoding: EmployeeEncoding; bom: boolean } {
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes), encoding: 'utf-8', bom };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252', bom: false };
  }
}

/** The separator of the header line: ';' when it has more semicolons than commas outside quotes, else ','. */
export function detectSeparator(text: string): ',' | ';' {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (const c of text) {
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && c === ',') commas++;
    else if (!quoted && c === ';') semicolons++;
  }
  return semicolons > commas ? ';' : ',';
}

/** What was read from an employee list file, and the assumptions made, in words. */
export interface EmployeeFile {
  employees: Employee[];
  problems: string[];
  /** e.g. "Windows-1252, separated by semicolons"; empty for UTF-8 with commas. */
  readAs: string;
}

/** Decodes, detects the separator and parses; problems name their line. */
export function readEmployeeFile(bytes: Uint8Array): EmployeeFile {
  const { text, encoding } = decodeEmployeeBytes(bytes);
  const separator = detectSeparator(text);
  const { employees, problems } = parseEmployeeCsv(text, separator);
  const notes = [encoding === 'windows-1252' ? t('employee-list.windows-1252') : '', separator === ';' ? t('employee-list.semicolons') : ''].filter(Boolean);
  return { employees, problems, readAs: notes.join(', ') };
}
