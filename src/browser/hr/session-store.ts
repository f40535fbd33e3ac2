/**
 * Keeps HR's import on HR's computer so a reload does not lose it: the files as they were chosen
 * (File objects, which IndexedDB stores as they are) and the employee list, in the IndexedDB
 * database `aga-hr` (never the learner's `aga`). Restoring checks every record again, through the
 * same import as the first time, so what is shown is never a stale verdict. Cleared by the page's
 * "Forget this session" button, or with the site's data in the browser's settings.
 */
import { t } from '../../i18n/hr';
import type { Picked } from './intake';

const DB = 'aga-hr';
const STORE = 'session';
const KEY = 'current';

/** What is kept: every import batch in order, and the employee list file. */
export interface StoredSession {
  v: 1;
  savedAt: string;
  batches: Array<Array<{ file: File; label: string; fromFolder: boolean }>>;
  employees: File | null;
}

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB, 1);
    req.onupgradeneeded = () => {
      if (!req.result.objectStoreNames.contains(STORE)) req.result.createObjectStore(STORE);
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error(t('hr.store.unopened')));
  });
}

async function run<T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      const tx = db.transaction(STORE, mode);
      const req = work(tx.objectStore(STORE));
      tx.oncomplete = () => resolve(req.result);
      tx.onerror = () => reject(tx.error ?? new Error(t('hr.store.failed')));
      tx.onabort = () => reject(tx.error ?? new Error(t('hr.store.aborted')));
    });
  } finally {
    db.close();
  }
}

function isStored(value: unknown): value is StoredSession {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<StoredSession>;
  return v.v === 1 && typeof v.savedAt === 'string' && Array.isArray(v.batches) &&
    v.batches.every((b) => Array.isArray(b) && b.every((p) => p && p.file instanceof Blob && typeof p.label === 'string')) &&
    (v.employees === null || v.employees instanceof Blob);
}

/** The kept session, or null when there is none or it is not one this page wrote (then it is ignored). */
export async function loadSession(): Promise<StoredSession | null> {
  const value = await run('readonly', (s) => s.get(KEY));
  return isStored(value) ? value : null;
}

export async function saveSession(batches: readonly Picked[][], employees: File | null): Promise<void> {
  const session: StoredSession = { v: 1, savedAt: new Date().toISOString(), batches: batches.map((b) => b.map(({ file, label, fromFolder }) => ({ file, label, fromFolder }))), employees };
  await run('readwrite', (s) => s.put(session, KEY));
}

export async function clearSession(): Promise<void> {
  await run('readwrite', (s) => s.delete(KEY));
}
