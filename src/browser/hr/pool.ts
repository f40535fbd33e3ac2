import type { JSONWebKeySet } from 'jose';
import { t } from '../../i18n/hr';
import type { Manifest } from '../../schemas/manifest';
import type { FileOutcome, FinishedFile, FromWorker, RecordOutcome, ToWorker } from './protocol';
import { sizeOf } from './file-size';

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
 * Files are shared out by size, largest first, to the least loaded worker.
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
    const shares: Array<Array<{ slot: number; file: File }>> = this.workers.map(() => []);
    const load = this.workers.map(() => 0);
    const order = files.map((file, slot) => ({ slot, file, size: sizeOf(file) })).sort((a, b) => b.size - a.size);
    for (const item of order) {
      const i = load.indexOf(load.reduce((a, b) => Math.min(a, b)));
      shares[i]!.push({ slot: item.slot, file: item.file });
      load[i]! += item.size + 1;
    }
    const results: Array<FileResult | undefined> = new Array(files.length);
    const partial = new Map<number, RecordOutcome[]>();
    const bytes = this.workers.map(() => 0);
    let cancelRun = () => {};
    const result = new Promise<Array<FileResult | undefined> | null>((resolve, reject) => {
      let pending = 0;
      const cleanups: Array<() => void> = [];
      const finish = (value: Array<FileResult | undefined> | null) => {
        for (const c of cleanups) c();
        resolve(value);
      };
      cancelRun = () => {
        for (const w of this.workers) this.send(w, { type: 'cancel', batch });
        finish(null);
      };
      this.workers.forEach((worker, i) => {
        if (shares[i]!.length === 0) return;
        pending += 1;
        const onMessage = (e: MessageEvent<FromWorker>) => {
          const msg = e.data;
          if (msg.batch !== batch) return;
          if (msg.type === 'progress') {
            bytes[i] = msg.bytesDone;
            onProgress(bytes.reduce((a, b) => a + b, 0));
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
            pending -= 1;
            if (pending === 0) finish(results);
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
        this.send(worker, { type: 'batch', batch, files: shares[i]! });
      });
      if (pending === 0) finish(results);
    });
    return { result, cancel: () => cancelRun() };
  }
}
