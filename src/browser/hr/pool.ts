import type { JSONWebKeySet } from 'jose';
import { t } from '../../i18n/hr';
import type { Manifest } from '../../schemas/manifest';
import type { FileOutcome, FinishedFile, FromWorker, RecordOutcome, ToWorker } from './protocol';
import { sizeOf } from './file-size';
import { shareEnd } from '../../lib/slices';

// What a file costs beyond its bytes (hashing, parsing, a message), in bytes' worth, so a share of
// thousands of empty or tiny files is not handed out as nothing.
const FILE_WEIGHT = 1024;
// The smallest share: a file of about 50 records, or 64 files of a learner's export.
const MIN_SHARE_WEIGHT = 64 * 1024;
const SHARES_AHEAD = 2;

/** One file's result from the workers: its content hash and what it held. */
export interface FileResult {
  hash: string;
  outcome: FileOutcome;
}

/** A running verification of a set of files. */
export interface Run {
  /** Results by index into the files given, or null when the run was cancelled. */
  result: Promise<Array<FileResult | undefined> | null>;
  cancel(): void;
}

/**
 * A few verifying workers (one per core, at most four) started when the page loads, so their
 * scripts are fetched before any file is chosen and an import itself makes no request at all.
 * Files are handed out largest first, in shares, to whichever worker is ready for more.
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

  /** Verifies `files`; `onProgress` gets the bytes read so far across all workers. */
  run(files: readonly File[], onProgress: (bytesDone: number) => void): Run {
    const batch = this.nextBatch++;
    // Largest first, in shares that shrink as the batch goes (shareEnd): a worker that finishes its
    // share gets the next, so neither waits for the other at the end, whatever slows one of them.
    const order = files.map((file, slot) => ({ slot, file, size: sizeOf(file) })).sort((a, b) => b.size - a.size);
    const weights = order.map((o) => o.size + FILE_WEIGHT);
    let unassigned = weights.reduce((a, b) => a + b, 0);
    let next = 0;
    let shares = 0;
    const results: Array<FileResult | undefined> = new Array(files.length);
    const partial = new Map<number, RecordOutcome[]>();
    const shareBytes = new Map<number, number>();
    let bytesDone = 0;
    let cancelRun = () => {};
    const result = new Promise<Array<FileResult | undefined> | null>((resolve, reject) => {
      let outstanding = 0;
      const cleanups: Array<() => void> = [];
      const finish = (value: Array<FileResult | undefined> | null) => {
        for (const c of cleanups) c();
        resolve(value);
      };
      cancelRun = () => {
        for (const w of this.workers) this.send(w, { type: 'cancel', batch });
        finish(null);
      };
      const give = (worker: Worker) => {
        if (next >= order.length) return;
        const end = shareEnd(weights, next, unassigned, this.workers.length, MIN_SHARE_WEIGHT);
        for (let i = next; i < end; i++) unassigned -= weights[i]!;
        const share = order.slice(next, end).map(({ slot, file }) => ({ slot, file }));
        next = end;
        outstanding += 1;
        this.send(worker, { type: 'batch', batch, share: shares++, files: share });
      };
      for (const worker of this.workers) {
        const onMessage = (e: MessageEvent<FromWorker>) => {
          const msg = e.data;
          if (msg.batch !== batch) return;
          if (msg.type === 'progress') {
            bytesDone += msg.bytesDone - (shareBytes.get(msg.share) ?? 0);
            shareBytes.set(msg.share, msg.bytesDone);
            onProgress(bytesDone);
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
              results[file.slot] = { hash: file.hash, outcome };
            }
          } else if (msg.type === 'done') {
            outstanding -= 1;
            give(worker);
            if (outstanding === 0) finish(results);
          }
        };
        const onError = (e: ErrorEvent) => {
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
      // Two shares each: the second is read while the first is verified, so no worker waits for the page.
      for (let round = 0; round < SHARES_AHEAD; round++) for (const worker of this.workers) give(worker);
      if (outstanding === 0) finish(results);
    });
    return { result, cancel: () => cancelRun() };
  }
}
