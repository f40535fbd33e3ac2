/**
 * Writing and reading the session kept in `aga-hr` (session-store.ts). Thousands of File objects
 * in one entry took IndexedDB most of a second to write in one task, and as long to read: the
 * files are kept in parts of FILES_PER_PART under the keys 0, 1, ..., each written or read from
 * the previous request's callback, so in a task of its own, all in one transaction. The head entry
 * under KEY says how many parts there are and how the files group into imports. A session kept
 * in one entry by an earlier version of the page (v 1) is still read.
 */
import { piecesOf } from '../../lib/slices';
import type { Picked } from './intake';
import { KEY, run } from './session-store';

/** Files per stored part: writing a few hundred takes IndexedDB a few milliseconds. */
const FILES_PER_PART = 200;

type Kept = { file: File; label: string; fromFolder: boolean };

/** What is kept: every import batch in order, and the employee list file. */
export interface StoredSession {
  savedAt: string;
  batches: Kept[][];
  employees: File | null;
}

/** The head entry: `batches` holds the number of files of each import, in order. */
interface Head {
  v: 2;
  savedAt: string;
  batches: number[];
  parts: number;
  employees: File | null;
}

const isKept = (p: unknown): p is Kept => typeof p === 'object' && p !== null && (p as Kept).file instanceof Blob && typeof (p as Kept).label === 'string';
const isFiles = (value: unknown): value is Kept[] => Array.isArray(value) && value.every(isKept);
const isEmployees = (value: unknown): value is File | null => value === null || value instanceof Blob;

function isHead(value: unknown): value is Head {
  const v = value as Partial<Head> | null;
  return typeof v === 'object' && v !== null && v.v === 2 && typeof v.savedAt === 'string' && Array.isArray(v.batches) &&
    v.batches.every((n) => Number.isInteger(n) && n >= 0) && Number.isInteger(v.parts) && isEmployees(v.employees);
}

/** The one-entry session of the page before parts (v 1). */
function isV1(value: unknown): value is StoredSession & { v: 1 } {
  const v = value as Partial<StoredSession & { v: number }> | null;
  return typeof v === 'object' && v !== null && v.v === 1 && typeof v.savedAt === 'string' && Array.isArray(v.batches) && v.batches.every(isFiles) && isEmployees(v.employees);
}

/** The kept session, or null when there is none or it is not one this page wrote (then it is ignored). */
export async function loadSession(): Promise<StoredSession | null> {
  return run('readonly', (s) => {
    let session: StoredSession | null = null;
    const head = s.get(KEY);
    head.onsuccess = () => {
      const value: unknown = head.result;
      if (isV1(value)) session = { savedAt: value.savedAt, batches: value.batches, employees: value.employees };
      if (!isHead(value)) return;
      const files: Kept[] = [];
      const read = (part: number) => {
        if (part === value.parts) {
          // The imports are the stored files in order, cut by each import's count; a count past the files read is no session.
          if (value.batches.reduce((a, b) => a + b, 0) !== files.length) return;
          let at = 0;
          session = { savedAt: value.savedAt, employees: value.employees, batches: value.batches.map((n) => files.slice(at, (at += n))) };
          return;
        }
        const req = s.get(part);
        req.onsuccess = () => {
          if (!isFiles(req.result)) return;
          for (const f of req.result) files.push(f);
          read(part + 1);
        };
      };
      read(0);
    };
    return () => session;
  });
}

/** Keeps every import as chosen and the employee list, in place of what was kept before. */
export async function saveSession(batches: readonly Picked[][], employees: File | null): Promise<void> {
  const files: Kept[] = batches.flat().map(({ file, label, fromFolder }) => ({ file, label, fromFolder }));
  const parts = piecesOf(0, files.length, FILES_PER_PART);
  const head: Head = { v: 2, savedAt: new Date().toISOString(), batches: batches.map((b) => b.length), parts: parts.length, employees };
  await run('readwrite', (s) => {
    s.clear();
    const write = (part: number) => {
      const range = parts[part];
      if (!range) {
        s.put(head, KEY);
        return;
      }
      s.put(files.slice(range[0], range[1]), part).onsuccess = () => write(part + 1);
    };
    write(0);
    return () => undefined;
  });
}
