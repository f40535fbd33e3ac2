/**
 * Stored rows that could not be read as records: what the learner is told about them and the
 * file they can keep. Nothing here deletes anything; removal is the learner's explicit choice.
 */

/** The sentence shown above the download and remove buttons. */
export function asideText(count: number): string {
  const what = count === 1 ? 'One stored result on this device could not be read. It is' : `${count} stored results on this device could not be read. They are`;
  return `${what} kept aside, not deleted: download ${count === 1 ? 'it' : 'them'} as a file (for example for IT support), or remove ${count === 1 ? 'it' : 'them'} from this browser.`;
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
