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
