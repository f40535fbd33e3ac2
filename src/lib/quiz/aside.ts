/**
 * Stored rows that could not be read as records: what the learner is told about them and the
 * file they can keep. Nothing here deletes anything; removal is the learner's explicit choice.
 */
import { t } from '../../i18n/storage';

/** The sentence shown above the download and remove buttons (the storage table's words: a plain look-up, loaded first). */
export function asideText(count: number): string {
  return t(count === 1 ? 'storage.aside.one' : 'storage.aside.other').replace('{n}', String(count));
}

/** The file that keeps set-aside rows: their stored values as JSON, whatever they hold. */
export function asideFile(values: readonly unknown[], now: Date): { name: string; text: string } {
  const entries = values.map((v) => {
    try {
      return JSON.parse(JSON.stringify(v) ?? 'null') as unknown;
    } catch {
      return String(v);
    }
  });
  const text = JSON.stringify({ type: 'aga.unreadable', exportedAt: now.toISOString(), entries }, null, 2);
  return { name: `aga-unreadable-${now.toISOString().slice(0, 10)}.json`, text };
}
