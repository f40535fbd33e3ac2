/**
 * Importing a learner's own export back (a new browser or device): every record is verified
 * against the published manifest; those that verify are stored, the others refused with the reason.
 */
import { t } from '../i18n/device';
import { beyondCapText } from '../lib/records/limits';
import { recordsInFile } from '../lib/records/parse';
import { verifyRecord } from '../lib/records/verify';
import type { Manifest } from '../schemas/manifest';
import type { RecordJws } from '../schemas/record';
import { putRecord } from './db';

export interface ImportOutcome {
  added: number;
  alreadyHere: number;
  /** One plain sentence per refused record (or one for the whole file). */
  refused: string[];
}

/** Imports the records of a file's text; `known` are the record ids already stored. */
export async function importRecords(text: string, manifest: Manifest, known: ReadonlySet<string>): Promise<ImportOutcome> {
  const parsed = recordsInFile(text);
  if (!parsed.ok) return { added: 0, alreadyHere: 0, refused: [t('device.import-refused', { message: parsed.message })] };
  const outcome: ImportOutcome = { added: 0, alreadyHere: 0, refused: parsed.beyond > 0 ? [`${beyondCapText(parsed.beyond)}.`] : [] };
  const seen = new Set(known);
  for (const [i, record] of parsed.records.entries()) {
    const v = await verifyRecord(record, manifest);
    if (!v.ok) {
      outcome.refused.push(t('device.import-record-refused', { n: i + 1, message: v.message }));
      continue;
    }
    if (seen.has(v.payload.recordId)) {
      outcome.alreadyHere++;
      continue;
    }
    seen.add(v.payload.recordId);
    await putRecord({ recordId: v.payload.recordId, moduleId: v.payload.module.id, jws: record as RecordJws, source: 'import' });
    outcome.added++;
  }
  return outcome;
}
