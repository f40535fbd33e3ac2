/**
 * The learner's exports: the signed bundle HR verifies, a CSV for spreadsheets and xAPI statements
 * for learning record stores. Loaded with `import()` only when an export button is used.
 */
import { recordsToCsv } from '../lib/export/csv';
import { toXapiStatements } from '../lib/export/xapi';
import type { RecordPayload } from '../schemas/record';
import { setMeta, type StoredRecord } from './db';
import { downloadText } from './download';

/** `aga-records-<employeeId>-<YYYY-MM-DD>` plus the extension; the date is the export's UTC date. */
export function exportFileName(employeeId: string, exportedAt: string, ext: string, prefix = 'aga-records'): string {
  return `${prefix}-${employeeId}-${exportedAt.slice(0, 10)}.${ext}`;
}

/** Downloads the export bundle (every stored record) and remembers when; returns the file name. */
export async function exportBundle(records: StoredRecord[], employeeId: string): Promise<string> {
  const exportedAt = new Date().toISOString();
  const bundle = { type: 'aga.export', v: 1, exportedAt, records: records.map((r) => r.jws) };
  const name = exportFileName(employeeId, exportedAt, 'json');
  downloadText(name, `${JSON.stringify(bundle, null, 1)}\n`, 'application/json');
  await setMeta('lastExportedAt', exportedAt);
  return name;
}

/** Downloads the verified records as CSV; returns the file name. */
export function exportCsv(records: Array<{ payload: RecordPayload; kid: string }>, employeeId: string): string {
  const name = exportFileName(employeeId, new Date().toISOString(), 'csv');
  downloadText(name, recordsToCsv(records), 'text/csv;charset=utf-8');
  return name;
}

/** Downloads the verified records as xAPI statements (a JSON array); returns the file name. */
export function exportXapi(payloads: RecordPayload[], employeeId: string, titles: ReadonlyMap<string, string>): string {
  const name = exportFileName(employeeId, new Date().toISOString(), 'json', 'aga-xapi');
  const statements = toXapiStatements(payloads, {
    homePage: location.origin,
    moduleUrl: (id) => new URL(`${import.meta.env.BASE_URL}modules/${id}/`, location.origin).href,
    title: (id) => titles.get(id),
  });
  downloadText(name, `${JSON.stringify(statements, null, 1)}\n`, 'application/json');
  return name;
}
