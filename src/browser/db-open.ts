/**
 * Opening the IndexedDB database `aga` without ever deleting it. Whatever a past or a later
 * release left there is opened at the version it has (a rolled-back release meets a higher
 * version), missing stores are added by one upgrade that keeps the others, and a database that
 * still cannot be opened leaves the site in memory mode: the learner's data stays where it is.
 */
export const DB_NAME = 'aga';
export const RECORDS = 'records';
export const KEYS = 'keys';
export const META = 'meta';
const STORES = [[RECORDS, 'recordId'], [KEYS, 'id'], [META, 'key']] as const;

/** What opening found: the database, and whether stores had to be added. */
export interface Opened {
  db: IDBDatabase;
  repaired: boolean;
}

function missingStores(db: IDBDatabase): string[] {
  return STORES.map(([name]) => name).filter((name) => !db.objectStoreNames.contains(name));
}

function open(version: number | undefined, onClose: () => void): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = version === undefined ? indexedDB.open(DB_NAME) : indexedDB.open(DB_NAME, version);
    // Creates only what is missing: an upgrade never touches a store that holds the learner's rows.
    req.onupgradeneeded = () => {
      const db = req.result;
      for (const [name, keyPath] of STORES) if (!db.objectStoreNames.contains(name)) db.createObjectStore(name, { keyPath });
    };
    req.onsuccess = () => {
      const db = req.result;
      // Another tab upgrading the database must not wait on this page.
      db.onversionchange = () => {
        db.close();
        onClose();
      };
      resolve(db);
    };
    req.onerror = () => reject(req.error ?? new Error('open: IndexedDB could not be opened'));
    req.onblocked = () => reject(new Error('open: IndexedDB is blocked by another tab'));
  });
}

/** Opens `aga` at whatever version it has, adding missing stores with one upgrade. Throws when it cannot be opened at all. */
export async function openKeeping(onClose: () => void): Promise<Opened> {
  const db = await open(undefined, onClose);
  if (missingStores(db).length === 0) return { db, repaired: false };
  const next = db.version + 1;
  db.close();
  const upgraded = await open(next, onClose);
  if (missingStores(upgraded).length > 0) {
    upgraded.close();
    throw new Error('openKeeping: the stored database is missing parts that could not be added');
  }
  return { db: upgraded, repaired: true };
}
