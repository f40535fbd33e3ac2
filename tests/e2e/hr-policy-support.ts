/**
 * A record file with a completion and a policy acknowledgement of the built site's current policy
 * version, signed as the site signs them, for the HR browser tests (issue 15).
 */
import { writeFileSync } from 'node:fs';
import { bundle, newKey, signedRecord } from '../../bench/fixtures-records';
import { buildAcknowledgement } from '../../src/lib/records/build-acknowledgement';
import { currentPolicy } from '../../src/lib/records/acknowledgements';
import { signPayload } from '../../src/lib/records/sign';
import type { Manifest } from '../../src/schemas/manifest';

/** Writes `file`: E1201 passed the first module and acknowledged the current policy at `acknowledgedAt`. Returns the version. */
export async function writeAcknowledgedBundle(file: string, manifest: Manifest, acknowledgedAt: string): Promise<string> {
  const policy = currentPolicy(manifest);
  if (!policy) throw new Error('the built site has no current policy version');
  const key = await newKey();
  const learner = { name: 'Paula Policy', email: 'paula@example.com', employeeId: 'E1201' };
  const module = manifest.modules.find((m) => m.current)!;
  const ack = buildAcknowledgement({
    recordId: crypto.randomUUID(), site: { origin: 'http://127.0.0.1', build: manifest.build },
    policy: { version: policy.version, contentHash: policy.contentHash }, learner,
    readingSeconds: policy.minReadingSeconds + 5, acknowledgedAt,
  });
  writeFileSync(file, bundle([await signedRecord(manifest, key, { ...learner, module: module.id }), await signPayload(ack, key)]));
  return policy.version;
}
