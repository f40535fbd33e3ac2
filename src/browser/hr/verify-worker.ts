/**
 * The HR page's verifying worker: reads the files it is given, splits each into records and
 * verifies every record against the site's manifest, off the main thread so the page stays
 * responsive with ten thousand records. Nothing here touches the network.
 */
import { recordsInFile } from '../../lib/records/parse';
import { REASON_TEXT, type VerifyOptions } from '../../lib/records/verify';
import { verifyAny, type AnyVerification } from '../../lib/records/verify-any';
import type { Manifest } from '../../schemas/manifest';
import type { FileOutcome, FromWorker, RecordOutcome, ToWorker } from './protocol';

// WebCrypto runs its work on other threads, so a few verifications in flight at once keep them busy.
const IN_FLIGHT = 16;
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
    return { ok: false, reason: 'malformed', text: REASON_TEXT.malformed, message: `could not be checked: ${err instanceof Error ? err.message : String(err)}` };
  }
}

async function runBatch(batch: number, files: Array<{ slot: number; file: File }>): Promise<void> {
  const m = manifest;
  if (!m) throw new Error('the verifying worker got files before the manifest');
  let bytesBefore = 0;
  let lastPost = 0;
  const progress = (bytesDone: number, force = false) => {
    const now = performance.now();
    if (!force && now - lastPost < PROGRESS_EVERY_MS) return;
    lastPost = now;
    scope.postMessage({ type: 'progress', batch, bytesDone });
  };
  for (const { slot, file } of files) {
    if (cancelled.has(batch)) {
      scope.postMessage({ type: 'cancelled', batch });
      return;
    }
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
        if (cancelled.has(batch)) {
          scope.postMessage({ type: 'cancelled', batch });
          return;
        }
        const part = parsed.records.slice(i, i + IN_FLIGHT);
        for (const outcome of await Promise.all(part.map((r) => verifySafely(r, m)))) pending.push(outcome);
        if (pending.length >= RECORDS_PER_MESSAGE) {
          scope.postMessage({ type: 'records', batch, slot, records: pending });
          pending = [];
        }
        progress(bytesBefore + Math.round((file.size * Math.min(i + IN_FLIGHT, parsed.records.length)) / parsed.records.length));
      }
      outcome = { ok: true, records: pending, beyond: parsed.beyond };
    }
    bytesBefore += file.size;
    scope.postMessage({ type: 'file', batch, slot, hash, outcome });
    progress(bytesBefore);
  }
  progress(bytesBefore, true);
  scope.postMessage({ type: 'done', batch });
}
