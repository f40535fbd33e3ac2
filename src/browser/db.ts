/**
 * The IndexedDB database `aga`: submitted attempts as signed records, the device key and a few
 * meta values (lastExportedAt). Where IndexedDB cannot be used (private windows, lockdown modes)
 * everything is kept in memory for this page's session and `storageMode` says so.
 * Every row read is checked; a row that cannot be a record is set aside and reported, never fatal
 * and never deleted without the learner's choice.
 */
import { t } from '../i18n/storage';
import { atom } from 'nanostores';
import type { RecordJws } from '../schemas/record';
import { summarizeRecord, type RecordSummary } from '../lib/quiz/stored';
import { reportProblem, setAside, type AsideEntry } from '../stores/notices';
import { KEYS, META, RECORDS, openKeeping } from './db-open';

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
    req.onerror = () => reject(req.error ?? new Error('request: IndexedDB request failed'));
  });
}

const MEMORY_TEXT =
  t('storage.no-storage');

const UNOPENED_TEXT =
  t('storage.storage-unopened');

let opening: Promise<IDBDatabase | null> | undefined;

/**
 * The open database, or null in memory mode. Nothing stored is ever deleted on the way: a
 * database at a later version is used as it is, missing stores are added, and one that cannot be
 * opened at all leaves the page in memory mode with its data untouched for a later visit.
 */
export function openDb(): Promise<IDBDatabase | null> {
  opening ??= (async () => {
    if (typeof indexedDB === 'undefined') {
      storageMode.set('memory');
      reportProblem(MEMORY_TEXT);
      return null;
    }
    try {
      const { db, repaired } = await openKeeping(() => (opening = undefined));
      storageMode.set('idb');
      if (repaired) reportProblem(t('storage.storage-repaired'));
      return db;
    } catch {
      storageMode.set('memory');
      reportProblem(UNOPENED_TEXT);
      return null;
    }
  })();
  return opening;
}

async function withStore<T>(name: string, mode: IDBTransactionMode, fn: (s: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await openDb();
  if (!db) throw new Error('withStore: memory mode');
  return request(fn(db.transaction(name, mode).objectStore(name)));
}

function isStoredRecord(x: unknown): x is StoredRecord {
  if (typeof x !== 'object' || x === null) return false;
  const r = x as Record<string, unknown>;
  return typeof r.recordId === 'string' && typeof r.moduleId === 'string' && (r.source === 'quiz' || r.source === 'import');
}

/**
 * Every readable stored record, oldest first. A row that cannot be a record is set aside, never
 * deleted: the storage notice offers it as a file and removes it only when the learner asks.
 */
export async function allRecords(): Promise<RecordRow[]> {
  const db = await openDb();
  let raw: unknown[];
  if (db) {
    try {
      raw = await withStore<unknown[]>(RECORDS, 'readonly', (s) => s.getAll());
    } catch {
      reportProblem(t('storage.records-unread'));
      return [];
    }
  } else raw = [...memory.records.values()];
  const rows: RecordRow[] = [];
  const aside: AsideEntry[] = [];
  for (const item of raw) {
    const summary = isStoredRecord(item) ? summarizeRecord(item.jws) : undefined;
    if (isStoredRecord(item) && summary && summary.recordId === item.recordId) rows.push({ ...item, summary });
    else {
      const key = typeof item === 'object' && item !== null ? (item as { recordId?: unknown }).recordId : undefined;
      aside.push({ key: typeof key === 'string' || typeof key === 'number' ? key : undefined, value: item });
    }
  }
  setAside(aside);
  return rows.sort((a, b) => a.summary.completedAt.localeCompare(b.summary.completedAt));
}

/** Removes the set-aside rows from storage: only on the learner's explicit choice. */
export async function removeAside(entries: readonly AsideEntry[]): Promise<void> {
  const db = await openDb();
  if (db) {
    for (const { key } of entries) if (key !== undefined) await withStore(RECORDS, 'readwrite', (s) => s.delete(key));
  }
  setAside([]);
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
