/**
 * The IndexedDB database `aga`: submitted attempts as signed records, the device key and a few
 * meta values (lastExportedAt). Where IndexedDB cannot be used (private windows, lockdown modes)
 * everything is kept in memory for this page's session and `storageMode` says so.
 * Every row read is checked; a row that cannot be a record is removed and reported, never fatal.
 */
import { atom } from 'nanostores';
import type { RecordJws } from '../schemas/record';
import { summarizeRecord, type RecordSummary } from '../lib/quiz/stored';
import { reportProblem } from '../stores/notices';

export const DB_NAME = 'aga';
const DB_VERSION = 1;
const RECORDS = 'records';
const KEYS = 'keys';
const META = 'meta';

/** One submitted attempt: its signed record, as stored. */
export interface StoredRecord {
  recordId: string;
  moduleId: string;
  jws: RecordJws;
  /** How it got here: signed on this device, or imported from a bundle. */
  source: 'quiz' | 'import';
}

/** A stored record with what it says, read without verifying. */
export interface RecordRow extends StoredRecord {
  summary: RecordSummary;
}

/** 'idb' while IndexedDB works; 'memory' when it does not and data lasts only for this page. */
export const storageMode = atom<'idb' | 'memory' | 'unknown'>('unknown');

const memory = { records: new Map<string, StoredRecord>(), keys: new Map<string, unknown>(), meta: new Map<string, unknown>() };

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

function openOnce(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB_NAME, DB_VERSION);
    req.onupgradeneeded = () => {
      const db = req.result;
      for (const [name, keyPath] of [[RECORDS, 'recordId'], [KEYS, 'id'], [META, 'key']] as const) {
        if (!db.objectStoreNames.contains(name)) db.createObjectStore(name, { keyPath });
      }
    };
    req.onsuccess = () => {
      const db = req.result;
      // Another tab deleting or upgrading the database must not wait on this page.
      db.onversionchange = () => {
        db.close();
        opening = undefined;
      };
      const ok = [RECORDS, KEYS, META].every((n) => db.objectStoreNames.contains(n));
      if (ok) resolve(db);
      else {
        db.close();
        reject(new Error('the stored database is missing parts'));
      }
    };
    req.onerror = () => reject(req.error ?? new Error('IndexedDB could not be opened'));
    req.onblocked = () => reject(new Error('IndexedDB is blocked by another tab'));
  });
}

const MEMORY_TEXT =
  'This browser does not let the site keep data (for example in a private window), so your details, key and results last only until you close this page. Export your records before you leave.';

let opening: Promise<IDBDatabase | null> | undefined;

/** The open database, or null in memory mode. A database that cannot be read is reported, deleted and recreated once. */
export function openDb(): Promise<IDBDatabase | null> {
  opening ??= (async () => {
    if (typeof indexedDB === 'undefined') {
      storageMode.set('memory');
      reportProblem(MEMORY_TEXT);
      return null;
    }
    try {
      const db = await openOnce();
      storageMode.set('idb');
      return db;
    } catch {
      try {
        await request(indexedDB.deleteDatabase(DB_NAME));
        const db = await openOnce();
        storageMode.set('idb');
        reportProblem('The results stored in this browser could not be read, so the store was reset. If you exported your records, import the file on My records.');
        return db;
      } catch {
        storageMode.set('memory');
        reportProblem(MEMORY_TEXT);
        return null;
      }
    }
  })();
  return opening;
}

async function withStore<T>(name: string, mode: IDBTransactionMode, fn: (s: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await openDb();
  if (!db) throw new Error('memory mode');
  return request(fn(db.transaction(name, mode).objectStore(name)));
}

function isStoredRecord(x: unknown): x is StoredRecord {
  if (typeof x !== 'object' || x === null) return false;
  const r = x as Record<string, unknown>;
  return typeof r.recordId === 'string' && typeof r.moduleId === 'string' && (r.source === 'quiz' || r.source === 'import');
}

/** Every stored record, oldest first. Unreadable rows are removed and reported. */
export async function allRecords(): Promise<RecordRow[]> {
  const db = await openDb();
  let raw: unknown[];
  if (db) {
    try {
      raw = await withStore<unknown[]>(RECORDS, 'readonly', (s) => s.getAll());
    } catch {
      reportProblem('Your stored results could not be read, so they were cleared. If you exported your records, import the file on My records.');
      await withStore(RECORDS, 'readwrite', (s) => s.clear()).catch(() => undefined);
      return [];
    }
  } else raw = [...memory.records.values()];
  const rows: RecordRow[] = [];
  let bad = 0;
  for (const item of raw) {
    const summary = isStoredRecord(item) ? summarizeRecord(item.jws) : undefined;
    if (isStoredRecord(item) && summary && summary.recordId === item.recordId) rows.push({ ...item, summary });
    else {
      bad++;
      const key = typeof item === 'object' && item !== null ? (item as { recordId?: unknown }).recordId : undefined;
      if (db && (typeof key === 'string' || typeof key === 'number')) await withStore(RECORDS, 'readwrite', (s) => s.delete(key)).catch(() => undefined);
    }
  }
  if (bad > 0) {
    reportProblem(`${bad === 1 ? 'One stored result' : `${bad} stored results`} on this device could not be read and ${bad === 1 ? 'was' : 'were'} removed. Your other results are kept.`);
  }
  return rows.sort((a, b) => a.summary.completedAt.localeCompare(b.summary.completedAt));
}

/** Stores (or replaces) one record. */
export async function putRecord(record: StoredRecord): Promise<void> {
  const db = await openDb();
  if (!db) memory.records.set(record.recordId, record);
  else await withStore(RECORDS, 'readwrite', (s) => s.put(record));
}

/** A value from the keys store (the device key pair lives under id "device"). */
export async function getKey(id: string): Promise<unknown> {
  const db = await openDb();
  if (!db) return memory.keys.get(id);
  const row = await withStore<unknown>(KEYS, 'readonly', (s) => s.get(id));
  return typeof row === 'object' && row !== null ? (row as { value?: unknown }).value : undefined;
}

/** Stores a value in the keys store (structured clone keeps a non-extractable CryptoKey usable). */
export async function putKey(id: string, value: unknown): Promise<void> {
  const db = await openDb();
  if (!db) memory.keys.set(id, value);
  else await withStore(KEYS, 'readwrite', (s) => s.put({ id, value }));
}

/** A meta value such as lastExportedAt. */
export async function getMeta(key: string): Promise<unknown> {
  const db = await openDb();
  if (!db) return memory.meta.get(key);
  try {
    const row = await withStore<unknown>(META, 'readonly', (s) => s.get(key));
    return typeof row === 'object' && row !== null ? (row as { value?: unknown }).value : undefined;
  } catch {
    return undefined;
  }
}

/** Stores a meta value. */
export async function setMeta(key: string, value: unknown): Promise<void> {
  const db = await openDb();
  if (!db) memory.meta.set(key, value);
  else await withStore(META, 'readwrite', (s) => s.put({ key, value }));
}

/** Deletes every record, the device key and meta values on this device (the database itself is emptied). */
export async function deleteEverything(): Promise<void> {
  memory.records.clear();
  memory.keys.clear();
  memory.meta.clear();
  const db = await openDb();
  if (!db) return;
  for (const name of [RECORDS, KEYS, META]) await withStore(name, 'readwrite', (s) => s.clear());
}
