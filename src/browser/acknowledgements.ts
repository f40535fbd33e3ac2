/**
 * The learner's acknowledgements of the AI-use policy, one per version accepted, kept in IndexedDB
 * `aga` (the `meta` store under "acknowledgements": no new store, so no upgrade). The export bundle
 * carries them to HR. Light: the home page reads them without loading any signing code.
 */
import type { RecordJws } from '../schemas/record';
import { getMeta, setMeta } from './db';

/** One stored acknowledgement. */
export interface StoredAcknowledgement {
  version: string;
  recordId: string;
  acknowledgedAt: string;
  jws: RecordJws;
}

const KEY = 'acknowledgements';

function isStored(x: unknown): x is StoredAcknowledgement {
  if (typeof x !== 'object' || x === null) return false;
  const a = x as Record<string, unknown>;
  return typeof a.version === 'string' && typeof a.recordId === 'string' && typeof a.acknowledgedAt === 'string' && typeof a.jws === 'object' && a.jws !== null;
}

/** Every stored acknowledgement, oldest first; entries that cannot be one are skipped (and kept in storage). */
export async function storedAcknowledgements(): Promise<StoredAcknowledgement[]> {
  const value = await getMeta(KEY);
  return (Array.isArray(value) ? value.filter(isStored) : []).sort((a, b) => a.acknowledgedAt.localeCompare(b.acknowledgedAt));
}

/** Keeps one more acknowledgement beside those already stored. */
export async function addAcknowledgement(stored: StoredAcknowledgement): Promise<void> {
  const kept = await getMeta(KEY);
  await setMeta(KEY, [...(Array.isArray(kept) ? kept : []), stored]);
}
