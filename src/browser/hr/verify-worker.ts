/**
 * The HR page's verifying worker: reads the files it is given, splits each into records and
 * verifies every record against the site's manifest, off the main thread so the page stays
 * responsive with ten thousand records. Nothing here touches the network.
 */
import { t } from '../../i18n/verify';
import { recordsInFile } from '../../lib/records/parse';
import { REASON_TEXT, type VerifyOptions } from '../../lib/records/verify';
import { verifyAny, type AnyVerification } from '../../lib/records/verify-any';
import type { Manifest } from '../../schemas/manifest';
import type { FileOutcome, FromWorker, RecordOutcome, ToWorker } from './protocol';

// WebCrypto runs its work on other threads, so a few verifications in flight at once keep them busy.
const IN_FLIGHT = 16;
// Files read and verified at once: a learner's export holds a few records, so one file at a time would starve WebCrypto.
const FILES_IN_FLIGHT = 8;
// Records go to the page in pieces of about this many, so no single message takes long to unpack.
const RECORDS_PER_MESSAGE = 256;
// Progress messages are throttled: a message per record would cost more than the work it reports.
const PROGRESS_EVERY_MS = 60;

const scope = self as unknown as { postMessage(message: FromWorker): void; onmessage: ((e: MessageEvent<ToWorker>) => void) | null };
let manifest: Manifest | undefined;
// Replaced, never mutated, by a 'keys' message: verified ID tokens are cached per keys array.
let options: VerifyOptions = {};
const cancelled = new Set<number>();

scope.onmessage = (e) => {
  const msg = e.data;
  if (msg.type === 'init') manifest = msg.manifest;
  else if (msg.type === 'keys') options = { jwks: msg.jwks };
  else if (msg.type === 'cancel') cancelled.add(msg.batch);
  else void runBatch(msg.batch, msg.files);
};

function hex(buffer: ArrayBuffer): string {
  return Array.from(new Uint8Array(buffer), (b) => b.toString(16).padStart(2, '0')).join('');
}

function outcomeOf(v: AnyVerification): RecordOutcome {
  if (v.ok && v.kind === 'acknowledgement') return { ok: true, kind: 'acknowledgement', payload: v.payload, kid: v.kid, identity: v.identity };
  if (v.ok) return { ok: true, kind: 'completion', payload: v.payload, kid: v.kid, identity: v.identity };
  const failure = { ok: false as const, reason: v.reason, text: REASON_TEXT[v.reason], message: v.message };
  return v.recordId === undefined ? failure : { ...failure, recordId: v.recordId };
}

async function verifySafely(record: unknown, m: Manifest): Promise<RecordOutcome> {
  try {
    // Completions and policy acknowledgements, each with its own checks: the same code as `aga verify`.
    return outcomeOf(await verifyAny(record, m, options));
  } catch (err) {
    // verifyRecord reports every expected failure itself; this catches the unexpected so one record cannot stop a batch.
    return { ok: false, reason: 'malformed', text: REASON_TEXT.malformed, message: t('detail.unchecked', { why: err instanceof Error ? err.message : String(err) }) };
  }
}

/**
 * Verifies one file and posts its records (in pieces) and then its outcome; false when the batch
 * was cancelled on the way (nothing more is posted for it then).
 */
async function verifyFileOf(batch: number, slot: number, file: File, m: Manifest, progress: (bytes: number) => void): Promise<boolean> {
  const bytes = await file.arrayBuffer();
  const hash = hex(await crypto.subtle.digest('SHA-256', bytes));
  // TextDecoder drops a leading byte-order mark, which JSON.parse would reject.
  const parsed = recordsInFile(new TextDecoder().decode(bytes));
  let outcome: FileOutcome;
  if (!parsed.ok) {
    outcome = { ...parsed, text: REASON_TEXT.malformed };
  } else {
    let pending: RecordOutcome[] = [];
    for (let i = 0; i < parsed.records.length; i += IN_FLIGHT) {
      if (cancelled.has(batch)) return false;
      const part = parsed.records.slice(i, i + IN_FLIGHT);
      for (const outcome of await Promise.all(part.map((r) => verifySafely(r, m)))) pending.push(outcome);
      if (pending.length >= RECORDS_PER_MESSAGE) {
        scope.postMessage({ type: 'records', batch, slot, json: JSON.stringify(pending) });
        pending = [];
      }
      progress(Math.round((file.size * Math.min(i + IN_FLIGHT, parsed.records.length)) / parsed.records.length));
    }
    if (pending.length > 0) scope.postMessage({ type: 'records', batch, slot, json: JSON.stringify(pending) });
    outcome = { ok: true, records: [], beyond: parsed.beyond };
  }
  scope.postMessage({ type: 'file', batch, slot, hash, outcome });
  return true;
}

/**
 * Verifies a batch's files, FILES_IN_FLIGHT at a time: an export holds a handful of records, so one
 * file alone would leave WebCrypto waiting between them. Each file's messages stay in order (its
 * records, then its outcome); the page files them by slot.
 */
async function runBatch(batch: number, files: Array<{ slot: number; file: File }>): Promise<void> {
  const m = manifest;
  // The page sends the manifest first (pool.ts); this is a bug of the page's, seen only in the console.
  if (!m) throw new Error('runBatch: the verifying worker got files before the manifest');
  let finished = 0;
  const partial = new Map<number, number>();
  let lastPost = 0;
  const progress = (force = false) => {
    const now = performance.now();
    if (!force && now - lastPost < PROGRESS_EVERY_MS) return;
    lastPost = now;
    let bytesDone = finished;
    for (const b of partial.values()) bytesDone += b;
    scope.postMessage({ type: 'progress', batch, bytesDone });
  };
  let next = 0;
  let stopped = false;
  const lane = async () => {
    while (!stopped && next < files.length) {
      const { slot, file } = files[next++]!;
      const done = !cancelled.has(batch) && (await verifyFileOf(batch, slot, file, m, (bytes) => (partial.set(slot, bytes), progress())));
      partial.delete(slot);
      if (!done) stopped = true;
      else finished += file.size;
      progress();
    }
  };
  await Promise.all(Array.from({ length: FILES_IN_FLIGHT }, lane));
  if (stopped) {
    scope.postMessage({ type: 'cancelled', batch });
    return;
  }
  progress(true);
  scope.postMessage({ type: 'done', batch });
}
