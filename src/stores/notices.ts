import { atom } from 'nanostores';

/**
 * Plain-language problems with the browser's storage (a corrupt value that was reset, storage
 * that cannot be used). Every page with state shows them in its `aga-storage-notice` element.
 */
export const storageProblems = atom<string[]>([]);

/** Adds a problem once (the same text is not repeated). */
export function reportProblem(text: string): void {
  const list = storageProblems.get();
  if (!list.includes(text)) storageProblems.set([...list, text]);
}

/** A stored row that could not be read as a record: kept, not deleted, until the learner chooses. */
export interface AsideEntry {
  /** Its key in the records store, when it has a usable one. */
  key: string | number | undefined;
  /** The row as stored. */
  value: unknown;
}

/** The rows set aside by the last read of the records store. */
export const asideEntries = atom<readonly AsideEntry[]>([]);

/** Replaces the set-aside rows (the latest read knows them all). */
export function setAside(entries: readonly AsideEntry[]): void {
  if (entries.length === 0 && asideEntries.get().length === 0) return;
  asideEntries.set(entries);
}
