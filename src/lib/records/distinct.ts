/**
 * Copies and shared ids among loaded records (completions or acknowledgements): kept apart from the
 * roster so the exports, which the learner's pages load too, need only this.
 */

import { runToEnd, type Steps } from '../slices';

/** Records handled between two yields of the steps. */
const YIELD_EVERY = 500;

/** A loaded signed record: its key and verified payload. */
interface Signed { kid: string; payload: { recordId: string } }

/** What makes two loaded records the same one: the same key over the same payload (a copy of one file). */
function sameness(r: Signed): string {
  return `${r.kid}\u0000${JSON.stringify(r.payload)}`;
}

/**
 * The records with every copy of the same signed record dropped but the first; records that only share
 * a record id (another key or payload) are all kept. Used by the roster, the exports and the lookup.
 */
export function distinctRecords<T extends Signed>(records: readonly T[]): T[] {
  return runToEnd(distinctRecordsSteps(records));
}

/** distinctRecords as steps (see ../slices.ts): it yields every YIELD_EVERY records. */
export function* distinctRecordsSteps<T extends Signed>(records: readonly T[]): Steps<T[]> {
  // Only records that share a record id can be copies, so the payload is written out only for those:
  // 18,000 records of their own ids cost one map look-up each instead of 18,000 JSON texts.
  const firstById = new Map<string, T>();
  // Record ids whose first record's text is in `seen` already.
  const compared = new Set<string>();
  const seen = new Set<string>();
  const out: T[] = [];
  for (const [i, r] of records.entries()) {
    if (i % YIELD_EVERY === 0) yield;
    const id = r.payload.recordId;
    const first = firstById.get(id);
    if (!first) {
      firstById.set(id, r);
      out.push(r);
      continue;
    }
    if (!compared.has(id)) {
      compared.add(id);
      seen.add(sameness(first));
    }
    const key = sameness(r);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(r);
  }
  return out;
}

/** Records grouped by record id, in the order each id first appears; a group of more than one is a conflict. */
export function byRecordId<T extends Signed>(records: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const r of records) {
    const group = groups.get(r.payload.recordId);
    if (group) group.push(r);
    else groups.set(r.payload.recordId, [r]);
  }
  return groups;
}
