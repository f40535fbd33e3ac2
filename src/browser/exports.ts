/**
 * The learner's exports, from the one list in src/lib/export/exporters.ts: the signed bundle HR
 * verifies, a CSV for spreadsheets and xAPI statements for learning record stores. Loaded with
 * `import()` only when an export button is used.
 */
import type { LearnerExport } from '../lib/export/exporters';
import type { ValidRecord } from '../lib/records/roster';
import { storedAcknowledgements } from './acknowledgements';
import { setMeta, type StoredRecord } from './db';
import { saveExport, siteXapi } from './save-export';

/** Downloads the export bundle (every stored record and policy acknowledgement) and remembers when; returns the status line. */
export async function exportBundle(records: readonly StoredRecord[], employeeId: string): Promise<string> {
  const acknowledgements = await storedAcknowledgements();
  const signed = [...records.map((r) => r.jws), ...acknowledgements.map((a) => a.jws)];
  const { status, exportedAt } = saveExport('bundle', { who: employeeId, records: [], signed });
  await setMeta('lastExportedAt', exportedAt);
  return status;
}

/** Downloads the verified records as CSV or xAPI statements; returns the status line. */
export function exportVerified(id: Exclude<LearnerExport, 'bundle'>, records: readonly ValidRecord[], employeeId: string, titles: ReadonlyMap<string, string>): string {
  return saveExport(id, {
    who: employeeId,
    records,
    xapi: siteXapi(titles),
  }).status;
}
