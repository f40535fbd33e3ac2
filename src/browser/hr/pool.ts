import type { JSONWebKeySet } from 'jose';
import { t } from '../../i18n/hr';
import { MAX_BATCH_BYTES } from '../../lib/records/limits';
import { MAX_FILE_BYTES } from '../../lib/records/parse';
import type { Manifest } from '../../schemas/manifest';
import type { FileOutcome, FinishedFile, FromWorker, RecordOutcome, ShareFile, ToWorker } from './protocol';
import { measureInOrder, type Measured } from './measure-picked';
import { ShareQueue } from '../../lib/share-queue';

// What a file costs beyond its bytes (hashing, parsing, a message), in bytes' worth, so a share of
// thousands of empty or tiny files is not handed out as nothing.
const FILE_WEIGHT = 1024;
// While files are still being measured, a busy worker's next share waits for this much; an idle
// worker takes what was measured so far, up to it.
const MEASURING_SHARE_WEIGHT = 1024 * 1024;
// Once all are measured, the rest goes largest first in shares that shrink as the batch goes, to at
// least this: a file of about 50 records, or 64 files of a learner's export (share-queue.ts).
const MIN_SHARE_WEIGHT = 64 * 1024;
// Shares a worker holds at once: the second is read while the first is verified.
const SHARES_AHEAD = 2;

/** One picked file's result: verified by a worker (with its content hash and size), or not read (measure-picked.ts). */
export type FileResult =
  | { kind: 'verified'; hash: string; size: number; outcome: FileOutcome }
  | Exclude<Measured, { kind: 'to-read' }>;

/** A running verification of a set of files. */
export interface Run {
  /** Results by index into the files given, or null when the run was cancelled. */
  result: Promise<Array<FileResult | undefined> | null>;
  cancel(): void;
}

/**
 * A few verifying workers (one per core, at most four) started when the page loads, so their
 * scripts are fetched before any file is chosen and an import itself makes no request at all.
 * The page measures the files (measure-picked.ts) and hands them out in shares as it goes, to
 * whichever worker has room; the workers read them.
 */
export class VerifierPool {
  private readonly workers: Worker[];
  private nextBatch = 1;

  constructor(manifest: Manifest, size = Math.max(1, Math.min(navigator.hardwareConcurrency || 2, 4))) {
    this.workers = Array.from({ length: size }, () => new Worker(new URL('./verify-worker.ts', import.meta.url), { type: 'module' }));
    for (const w of this.workers) this.send(w, { type: 'init', manifest });
  }

  /**
   * Gives every worker HR's identity provider keys (one JWKS per key file) for the files verified
   * from now on. The HR page calls it when key files are loaded, then verifies (again).
   */
  setKeys(jwks: JSONWebKeySet[]): void {
    for (const w of this.workers) this.send(w, { type: 'keys', jwks });
  }

  private send(worker: Worker, message: ToWorker): void {
    worker.postMessage(message);
  }

  /**
   * Measures `files` (measure-picked.ts) and verifies them in the workers as they are measured, in
   * shares to whichever worker has room. `onProgress` gets the files done so far, in fractions of a
   * file (a large file's records count as they are verified); `onMeasured` is called once every
   * file was measured.
   */
  run(files: readonly File[], onProgress: (filesDone: number) => void, onMeasured: () => void = () => {}): Run {
    const batch = this.nextBatch++;
    const results: Array<FileResult | undefined> = new Array(files.length);
    const partial = new Map<number, RecordOutcome[]>();
    const shareDone = new Map<number, number>();
    const sizes: number[] = new Array(files.length);
    let filesDone = 0;
    let cancelled = false;
    let cancelRun = () => {};
    const result = new Promise<Array<FileResult | undefined> | null>((resolve, reject) => {
      const cleanups: Array<() => void> = [];
      const finish = (value: Array<FileResult | undefined> | null) => {
        for (const c of cleanups) c();
        resolve(value);
      };
      cancelRun = () => {
        cancelled = true;
        for (const w of this.workers) this.send(w, { type: 'cancel', batch });
        finish(null);
      };
      // Measured files wait in `queue` for a worker with room.
      const queue = new ShareQueue<ShareFile>(this.workers.length, MEASURING_SHARE_WEIGHT, MIN_SHARE_WEIGHT);
      const holding = new Map<Worker, number>(this.workers.map((w) => [w, 0]));
      let shares = 0;
      const dispatch = () => {
        if (cancelled) return;
        for (const worker of this.workers) {
          while (holding.get(worker)! < SHARES_AHEAD) {
            const share = queue.take(holding.get(worker)!);
            if (!share) break;
            holding.set(worker, holding.get(worker)! + 1);
            this.send(worker, { type: 'batch', batch, share: shares++, files: share });
          }
        }
        if (queue.drained && [...holding.values()].every((n) => n === 0)) finish(results);
      };
      for (const worker of this.workers) {
        const onMessage = (e: MessageEvent<FromWorker>) => {
          const msg = e.data;
          if (msg.batch !== batch) return;
          if (msg.type === 'progress') {
            filesDone += msg.filesDone - (shareDone.get(msg.share) ?? 0);
            shareDone.set(msg.share, msg.filesDone);
            onProgress(filesDone);
          } else if (msg.type === 'records') {
            const records = JSON.parse(msg.json) as RecordOutcome[];
            const list = partial.get(msg.slot);
            if (list) for (const r of records) list.push(r);
            else partial.set(msg.slot, records);
          } else if (msg.type === 'files') {
            for (const file of JSON.parse(msg.json) as FinishedFile[]) {
              const before = partial.get(file.slot);
              partial.delete(file.slot);
              const outcome = file.outcome.ok && before ? { ...file.outcome, records: before.concat(file.outcome.records) } : file.outcome;
              results[file.slot] = { kind: 'verified', hash: file.hash, size: sizes[file.slot]!, outcome };
            }
          } else if (msg.type === 'done') {
            holding.set(worker, holding.get(worker)! - 1);
            dispatch();
          }
        };
        const onError = (e: ErrorEvent) => {
          // The import stops here: nothing more is measured or handed out.
          cancelled = true;
          for (const c of cleanups) c();
          reject(new Error(e.message || t('hr.worker-stopped')));
        };
        worker.addEventListener('message', onMessage);
        worker.addEventListener('error', onError);
        cleanups.push(() => {
          worker.removeEventListener('message', onMessage);
          worker.removeEventListener('error', onError);
        });
      }
      void measureInOrder(files, { fileBytes: MAX_FILE_BYTES, batchBytes: MAX_BATCH_BYTES }, (slot, measured) => {
        if (measured.kind !== 'to-read') {
          results[slot] = measured;
          filesDone += 1;
          onProgress(filesDone);
          return;
        }
        sizes[slot] = measured.size;
        queue.push({ slot, file: files[slot]!, size: measured.size }, measured.size + FILE_WEIGHT);
        dispatch();
      }, () => cancelled).then(() => {
        queue.close();
        onMeasured();
        dispatch();
      }, reject);
    });
    return { result, cancel: () => cancelRun() };
  }
}
