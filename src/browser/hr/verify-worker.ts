/**
 * The HR page's verifying worker: reads the files it is given, splits each into records and
 * verifies every record against the site's manifest, off the main thread so the page stays
 * responsive with ten thousand records. Nothing here touches the network.
 */
import { t } from '../../i18n/verify';
import { recordsInFile } from '../../lib/records/parse';
import { runsOf } from '../../lib/slices';
import { readRun } from './read-runs';
import { REASON_TEXT, type VerifyOptions } from '../../lib/records/verify';
import { verifyAny, type AnyVerification } from '../../lib/records/verify-any';
import { jsonArray, withPayloadJson } from '../../lib/records/payload-json';
import type { Manifest } from '../../schemas/manifest';
import type { FinishedFile, FromWorker, RecordOutcome, ShareFile, ToWorker } from './protocol';

// Verifications in flight at once, across the batch's files: a learner's export holds a few
// records, and one at a time would leave WebCrypto waiting. 8 and 32 were no faster (measured).
const IN_FLIGHT = 16;
// Records go to the page in pieces of about this many, so no single message takes long to unpack.
const RECORDS_PER_MESSAGE = 256;
// Small files are read together (read-runs.ts), a run of at most this many files and bytes in one
// read. Runs are read this many ahead.
const RUN_FILES = 64;
const RUN_BYTES = 1 << 20;
const READ_AHEAD = 2;
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
  else void runBatch(msg.batch, msg.share, msg.files);
};

function hex(buffer: ArrayBuffer): string {
  return Array.from(new Uint8Array(buffer), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** A record's RecordOutcome as JSON text; a valid record's payload goes in as the text it was signed as. */
function outcomeJson(v: AnyVerification): string {
  if (v.ok) return withPayloadJson(v.payloadJson, { ok: true, kind: v.kind, kid: v.kid, identity: v.identity } satisfies Omit<RecordOutcome & { ok: true }, 'payload'>);
  const failure: RecordOutcome = { ok: false, reason: v.reason, text: REASON_TEXT[v.reason], message: v.message };
  return JSON.stringify(v.recordId === undefined ? failure : { ...failure, recordId: v.recordId });
}

/** A FinishedFile of records verified as JSON text (outcomeJson), as JSON text. */
function finishedJson(slot: number, hash: string, records: readonly string[], beyond: number): string {
  return `{"slot":${slot},"hash":${JSON.stringify(hash)},"outcome":{"ok":true,"records":${jsonArray(records)},"beyond":${beyond}}}`;
}

async function verifySafely(record: unknown, m: Manifest): Promise<string> {
  try {
    // Completions and policy acknowledgements, each with its own checks: the same code as `aga verify`.
    return outcomeJson(await verifyAny(record, m, options));
  } catch (err) {
    // verifyRecord reports every expected failure itself; this catches the unexpected so one record cannot stop a batch.
    const failure: RecordOutcome = { ok: false, reason: 'malformed', text: REASON_TEXT.malformed, message: t('detail.unchecked', { why: err instanceof Error ? err.message : String(err) }) };
    return JSON.stringify(failure);
  }
}

/** A file being verified: its records' outcomes are posted in file order as they are done. */
interface FileJob {
  slot: number;
  hash: Promise<string>;
  records: unknown[];
  beyond: number;
  /** Each record's RecordOutcome as JSON text (outcomeJson), once verified. */
  outcomes: Array<string | undefined>;
  /** Records handed to a lane, records done, and outcomes already posted (a prefix). */
  next: number;
  done: number;
  posted: number;
}

/**
 * Verifies a share of a batch's files with IN_FLIGHT records in flight across files (an export holds
 * a handful of records, so one file alone would leave WebCrypto waiting), reading small files
 * together a run at a time, READ_AHEAD runs ahead, split by the sizes the page measured. Each file's
 * messages stay in order (its records, then its outcome); the page files them by slot.
 */
async function runBatch(batch: number, share: number, files: ShareFile[]): Promise<void> {
  const m = manifest;
  // The page sends the manifest first (pool.ts); this is a bug of the page's, seen only in the console.
  if (!m) throw new Error('runBatch: the verifying worker got files before the manifest');
  const runs = runsOf(files, (f) => f.size, RUN_BYTES, RUN_FILES);
  const reads: Array<ReturnType<typeof readRun>> = [];
  const readAt = (i: number) => (reads[i] ??= readRun(runs[i]!));
  let finished = 0;
  const active = new Set<FileJob>();
  let lastPost = 0;
  const progress = (force = false) => {
    const now = performance.now();
    if (!force && now - lastPost < PROGRESS_EVERY_MS) return;
    lastPost = now;
    let filesDone = finished;
    for (const job of active) filesDone += job.done / job.records.length;
    scope.postMessage({ type: 'progress', batch, share, filesDone });
  };
  // Finished files wait here, as JSON text, and go to the page together (see FinishedFile).
  let outbox: string[] = [];
  let outboxRecords = 0;
  let lastFlush = performance.now();
  const flush = (force: boolean) => {
    if (outbox.length === 0) return;
    if (!force && outboxRecords < RECORDS_PER_MESSAGE && performance.now() - lastFlush < PROGRESS_EVERY_MS) return;
    scope.postMessage({ type: 'files', batch, json: jsonArray(outbox) });
    [outbox, outboxRecords, lastFlush] = [[], 0, performance.now()];
  };
  // `json`: a FinishedFile as JSON text, which counts as `records` records towards a message.
  const finish = (json: string, records: number) => {
    finished += 1;
    outbox.push(json);
    outboxRecords += records;
    flush(false);
  };
  // A file's outcomes in order: a large file's in pieces as they are done, the rest with the file.
  const post = async (job: FileJob, all: boolean) => {
    let end = job.posted;
    while (end < job.outcomes.length && job.outcomes[end]) end++;
    if (end - job.posted >= RECORDS_PER_MESSAGE) {
      scope.postMessage({ type: 'records', batch, slot: job.slot, json: jsonArray(job.outcomes.slice(job.posted, end) as string[]) });
      job.posted = end;
    }
    if (all) {
      active.delete(job);
      const records = job.outcomes.slice(job.posted) as string[];
      finish(finishedJson(job.slot, await job.hash, records, job.beyond), records.length);
    }
  };

  // Files in order: a file not in a record file's shape is answered at once; the others become jobs.
  let run = 0;
  let inRun = 0;
  let current: FileJob | undefined;
  const nextJob = async (): Promise<FileJob | undefined> => {
    while (run < runs.length) {
      for (let i = run + 1; i <= run + READ_AHEAD && i < runs.length; i++) void readAt(i);
      const parts = await readAt(run);
      const { slot } = runs[run]![inRun]!;
      const bytes = parts[inRun];
      if (++inRun === runs[run]!.length) [run, inRun] = [run + 1, 0];
      if (!bytes) {
        // No result for the file: the page lists it as one that could not be read.
        finished += 1;
        continue;
      }
      const hash = crypto.subtle.digest('SHA-256', bytes).then(hex);
      // TextDecoder drops a leading byte-order mark, which JSON.parse would reject.
      const parsed = recordsInFile(new TextDecoder().decode(bytes));
      if (parsed.ok && parsed.records.length > 0) {
        return { slot, hash, records: parsed.records, beyond: parsed.beyond, outcomes: new Array(parsed.records.length), next: 0, done: 0, posted: 0 };
      }
      const outcome = parsed.ok ? { ok: true as const, records: [], beyond: parsed.beyond } : { ...parsed, text: REASON_TEXT.malformed };
      finish(JSON.stringify({ slot, hash: await hash, outcome } satisfies FinishedFile), outcome.ok ? 0 : 1);
    }
    return undefined;
  };
  // Lanes take the next record of the current file; one lane at a time opens the next file.
  let opening: Promise<FileJob | undefined> | undefined;
  const take = async (): Promise<[FileJob, number] | undefined> => {
    for (;;) {
      if (current && current.next < current.records.length) return [current, current.next++];
      if (!opening) {
        opening = nextJob().then((job) => {
          current = job;
          if (job) active.add(job);
          opening = undefined;
          return job;
        });
      }
      if (!(await opening)) return undefined;
    }
  };
  const lane = async () => {
    for (let item = await take(); item && !cancelled.has(batch); item = await take()) {
      const [job, index] = item;
      job.outcomes[index] = await verifySafely(job.records[index], m);
      job.done += 1;
      await post(job, job.done === job.records.length);
      progress();
    }
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, lane));
  if (cancelled.has(batch)) {
    scope.postMessage({ type: 'cancelled', batch });
    return;
  }
  flush(true);
  progress(true);
  scope.postMessage({ type: 'done', batch, share });
}
