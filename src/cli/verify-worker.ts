/**
 * A worker thread of `aga verify` (see verify-pool.ts): verifies each file the main thread names
 * with verifyFile, the same code a single-threaded run uses, and sends back its report.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { jsonArray, withPayloadJson } from '../lib/records/payload-json';
import type { ValidRecord } from '../lib/records/roster';
import type { VerifyOptions } from '../lib/records/verify';
import { nodeSignatureCheck } from './node-signature';
import { verifyFile } from './verify-file';
import type { FileRequest, WorkerData, WorkerReply } from './verify-pool';

const { manifest, jwks } = workerData as WorkerData;
// One key set for the thread's whole run: verified ID tokens are cached on it.
const options: VerifyOptions = jwks ? { jwks, signature: nodeSignatureCheck } : { signature: nodeSignatureCheck };
const port = parentPort!;

port.on('message', async ({ seq, file }: FileRequest) => {
  const valid: ValidRecord[] = [];
  const texts: string[] = [];
  const report = await verifyFile(file, manifest, valid, options, texts);
  // verify-pool.ts's FileResult as JSON, each payload written from its signed text rather than serialised again.
  const records = valid.map(({ payload, ...rest }, i) => withPayloadJson(texts[i]!, rest));
  port.postMessage({ seq, json: `{"report":${JSON.stringify(report)},"valid":${jsonArray(records)}}` } satisfies WorkerReply);
});
