/**
 * Files of `aga verify` spread over worker threads, one file per message, their reports handed back
 * in file order: the output is the same lines in the same order as with one thread. At most a few
 * files per thread are read or waiting to be printed at any time, so memory stays bounded.
 */
import { Worker } from 'node:worker_threads';
import type { Manifest } from '../schemas/manifest';
import type { ValidRecord } from '../lib/records/roster';
import type { VerifyOptions } from '../lib/records/verify';
import { verifyFile, type FileReport } from './verify-file';

/** What each worker starts with: the manifest and HR's identity provider keys (`--jwks`). */
export interface WorkerData { manifest: Manifest; jwks?: VerifyOptions['jwks'] }
/** The main thread's request: verify this file, the `seq`-th of the run. */
export interface FileRequest { seq: number; file: string }
/** A file's report and its valid records (for the roster), in the order they were found. */
export interface FileResult { report: FileReport; valid: ValidRecord[] }
/**
 * A worker's answer: the FileResult as JSON text, plain data throughout. A string crosses threads
 * as one copy; structured cloning 18,000 payloads cost each worker three times what JSON.stringify
 * does, and parsing is done on the main thread, which mostly waits.
 */
export interface WorkerReply { seq: number; json: string }

// Two files per worker keep it busy while the main thread prints; the window bounds the reports
// held for printing when one slow file holds up the ones after it.
const PER_WORKER = 2;
const WINDOW_PER_WORKER = 4;

function startWorker(data: WorkerData): Worker {
  const here = import.meta.url;
  // The bundle (node_modules/.cache/aga) has the worker beside it. From the TypeScript sources
  // (bin/aga.mjs's tsx fallback) a worker does not inherit tsx's loader, so it registers it first.
  if (!here.endsWith('.ts')) return new Worker(new URL('./verify-worker.mjs', here), { workerData: data });
  const code = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then((m) => { m.register(); return import(${JSON.stringify(new URL('./verify-worker.ts', here).href)}); });`;
  return new Worker(code, { eval: true, workerData: data });
}

/**
 * Verifies `files` on `threads` threads (1: in this thread, one file after another) and calls
 * `emit` with each file's result in file order, waiting for it before the next.
 */
export async function verifyInOrder(
  files: readonly string[], manifest: Manifest, options: VerifyOptions, threads: number, emit: (result: FileResult) => Promise<void>,
): Promise<void> {
  if (threads <= 1) {
    for (const file of files) {
      const valid: ValidRecord[] = [];
      const report = await verifyFile(file, manifest, valid, options);
      await emit({ report, valid });
    }
    return;
  }
  const data: WorkerData = options.jwks ? { manifest, jwks: options.jwks } : { manifest };
  const workers = Array.from({ length: threads }, () => startWorker(data));
  const inFlight = new Map<Worker, number>(workers.map((w) => [w, 0]));
  const done = new Map<number, FileResult>();
  const window = threads * WINDOW_PER_WORKER;
  let sent = 0;
  let emitted = 0;
  try {
    await new Promise<void>((resolve, reject) => {
      const fill = () => {
        for (const w of workers) {
          while (inFlight.get(w)! < PER_WORKER && sent < files.length && sent < emitted + window) {
            w.postMessage({ seq: sent, file: files[sent]! } satisfies FileRequest);
            inFlight.set(w, inFlight.get(w)! + 1);
            sent++;
          }
        }
      };
      let draining = false;
      const drain = async () => {
        if (draining) return;
        draining = true;
        try {
          for (let next = done.get(emitted); next; next = done.get(emitted)) {
            done.delete(emitted++);
            fill();
            await emit(next);
          }
        } catch (error) {
          reject(error);
          return;
        } finally {
          draining = false;
        }
        if (emitted === files.length) resolve();
      };
      for (const w of workers) {
        w.on('message', ({ seq, json }: WorkerReply) => {
          inFlight.set(w, inFlight.get(w)! - 1);
          done.set(seq, JSON.parse(json) as FileResult);
          fill();
          void drain();
        });
        w.on('error', reject);
        w.on('exit', (code) => reject(new Error(`a verification thread stopped early (exit code ${code})`)));
      }
      fill();
    });
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
