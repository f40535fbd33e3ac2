/**
 * Keeps HR's import on HR's computer so a reload does not lose it: the files as they were chosen
 * (File objects, which IndexedDB stores as they are) and the employee list, in the IndexedDB
 * database `aga-hr` (never the learner's `aga`). Restoring checks every record again, through the
 * same import as the first time, so what is shown is never a stale verdict. Cleared by the page's
 * "Forget this session" button, or with the site's data in the browser's settings.
 * This is the part the page's first load needs (the database and forgetting); keeping and reading
 * a session load with the results code (session-keep.ts).
 */
import { t } from '../../i18n/hr';

const STORE = 'session';
/** The key of the session's head entry (session-keep.ts stores its files under numbered keys beside it). */
export const KEY = 'current';

/** Opens `aga-hr`, creating its one store on first use. */
function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open('aga-hr', 1);
    req.onupgradeneeded = () => {
      if (!req.result.objectStoreNames.contains(STORE)) req.result.createObjectStore(STORE);
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error(t('hr.store.unopened')));
  });
}

/**
 * Runs `work` in one transaction of the store; resolves with what `work` returns once the
 * transaction has completed. `work` may go on issuing requests from its requests' callbacks.
 */
export async function run<T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => () => T): Promise<T> {
  const db = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      const tx = db.transaction(STORE, mode);
      const result = work(tx.objectStore(STORE));
      tx.oncomplete = () => resolve(result());
      tx.onerror = () => reject(tx.error ?? new Error(t('hr.store.failed')));
      tx.onabort = () => reject(tx.error ?? new Error(t('hr.store.aborted')));
    });
  } finally {
    db.close();
  }
}

/** Forgets the kept session: the head entry and its files. */
export async function clearSession(): Promise<void> {
  await run('readwrite', (s) => {
    s.clear();
    return () => undefined;
  });
}
