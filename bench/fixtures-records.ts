/**
 * Builders of signed completion records for tests, the CLI fixtures and the benchmark.
 * `npx tsx bench/fixtures-records.ts` rewrites `tests/fixtures/records/` (keys are new each run,
 * the committed files stay consistent with the committed `manifest.json` next to them).
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildPayload } from '../src/lib/records/build';
import { drawOf } from '../src/lib/records/manifest';
import { generateKeyPair, signPayload, signingKeyFrom, type SigningKey } from '../src/lib/records/sign';
import type { Manifest, ManifestModule } from '../src/schemas/manifest';
import type { RecordIdentity } from '../src/schemas/identity';
import type { RecordJws, RecordPayload } from '../src/schemas/record';

const hash = (c: string) => `sha256:${c.repeat(64)}`;

/** A small made-up manifest: module "alpha" with an older and a current version, and "beta". */
export function testManifest(): Manifest {
  const alphaKey = [
    { id: 'a1', type: 'single', correct: [1] },
    { id: 'a2', type: 'multiple', correct: [0, 2] },
    { id: 'a3', type: 'true-false', correct: [0] },
  ] as const;
  const modules: ManifestModule[] = [
    { id: 'alpha', version: '1.0.0', title: 'Alpha', contentHash: hash('a'), passMarkPercent: 60, retrainMonths: 12, current: false,
      questions: alphaKey.slice(0, 2).map((q) => ({ ...q, correct: [...q.correct] })) },
    { id: 'alpha', version: '1.1.0', title: 'Alpha', contentHash: hash('b'), passMarkPercent: 60, retrainMonths: 12, current: true,
      questions: alphaKey.map((q) => ({ ...q, correct: [...q.correct] })) },
    { id: 'beta', version: '2.0.0', title: 'Beta', contentHash: hash('c'), passMarkPercent: 100, retrainMonths: 6, current: true,
      questions: [{ id: 'b1', type: 'single', correct: [2] }] },
  ];
  return { v: 1, build: 'test-build-1', modules };
}

/** A signing key with a fresh non-extractable key pair. */
export async function newKey(): Promise<SigningKey> {
  return signingKeyFrom(await generateKeyPair());
}

export interface RecordSpec {
  module?: string;
  version?: string;
  employeeId?: string;
  name?: string;
  email?: string;
  /** Pass with every right answer (default) or fail with every answer wrong. */
  pass?: boolean;
  completedAt?: string;
  /** Default: ten minutes before completedAt. */
  startedAt?: string;
  n?: number;
  recordId?: string;
  /** Format v2 identity; default self-declared. */
  identity?: RecordIdentity;
}

/** The payload of a record taken against `manifest`, graded honestly. */
export function payloadFor(manifest: Manifest, spec: RecordSpec = {}): RecordPayload {
  const entry =
    manifest.modules.find((m) => m.id === (spec.module ?? 'alpha') && (spec.version ? m.version === spec.version : m.current)) ??
    manifest.modules[0]!;
  const completedAt = spec.completedAt ?? '2026-06-01T10:00:00.000Z';
  const pass = spec.pass ?? true;
  const presented = entry.questions.slice(0, drawOf(entry));
  return buildPayload({
    recordId: spec.recordId ?? crypto.randomUUID(),
    site: { origin: 'https://academy.example', build: manifest.build },
    module: { id: entry.id, version: entry.version, contentHash: entry.contentHash },
    learner: { name: spec.name ?? 'Alice Example', email: spec.email ?? 'alice@example.com', employeeId: spec.employeeId ?? 'E1' },
    attempt: { n: spec.n ?? 1, startedAt: spec.startedAt ?? new Date(Date.parse(completedAt) - 600_000).toISOString(), completedAt },
    // The questions an attempt presents: the first `draw` of the bank, in bank order. A wrong answer the page
    // could give: option 1 or 2, whichever is not right (every question has at least two options).
    answers: presented.map((q) => ({ q: q.id, selected: pass ? q.correct : [q.correct[0] === 0 ? 1 : 0] })),
    key: presented,
    passMarkPercent: entry.passMarkPercent,
    ...(spec.identity ? { identity: spec.identity } : {}),
  });
}

/** A signed record of `spec`. */
export async function signedRecord(manifest: Manifest, key: SigningKey, spec: RecordSpec = {}): Promise<RecordJws> {
  return signPayload(payloadFor(manifest, spec), key);
}

/** An export bundle around records. */
export function bundle(records: unknown[], exportedAt = '2026-06-02T08:00:00.000Z'): string {
  return `${JSON.stringify({ type: 'aga.export', v: 1, exportedAt, records }, null, 1)}\n`;
}

/** base64url JSON helpers for tampering in tests. */
export const b64json = {
  decode: (b64: string): Record<string, unknown> => JSON.parse(Buffer.from(b64, 'base64url').toString('utf8')) as Record<string, unknown>,
  encode: (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url'),
};

/**
 * Writes `count` valid records for `employees` employees over `keys` keys into `dir`, one bundle
 * file per employee (what HR receives), and returns the file paths.
 */
export async function writeBenchRecords(
  dir: string,
  manifest: Manifest,
  count: number,
  /** `identity`: the v2 identity of employee `e`'s records signed with the key `kid` (default self-declared). */
  /** `files`: employees share that many files (an HR folder of merged exports) instead of one file each. */
  opts: { keys?: number; employees?: number; files?: number; identity?: (e: number, kid: string) => Promise<RecordIdentity> } = {},
): Promise<string[]> {
  const keys = await Promise.all(Array.from({ length: opts.keys ?? 8 }, () => newKey()));
  const employees = opts.employees ?? 500;
  const current = manifest.modules.filter((m) => m.current);
  const perEmployee: RecordJws[][] = Array.from({ length: employees }, () => []);
  const base = Date.parse('2026-01-01T00:00:00.000Z');
  // One sign-in per employee (and so per key they use), however many records they sign.
  const identities = new Map<number, Promise<RecordIdentity>>();
  for (let i = 0; i < count; i++) {
    const e = i % employees;
    const m = current[i % current.length]!;
    const key = keys[e % keys.length]!;
    if (opts.identity && !identities.has(e)) identities.set(e, opts.identity(e, key.kid));
    const identity = await identities.get(e);
    const rec = await signedRecord(manifest, key, {
      module: m.id, employeeId: `E${e}`, name: `Employee ${e}`, email: `e${e}@example.com`,
      pass: i % 7 !== 0, n: 1 + Math.floor(i / employees), completedAt: new Date(base + i * 60_000).toISOString(),
      ...(identity ? { identity } : {}),
    });
    perEmployee[e]!.push(rec);
  }
  mkdirSync(dir, { recursive: true });
  // By default one export file per employee; with `files`, employees share files (an HR folder of merged exports).
  const groups = opts.files === undefined ? perEmployee : Array.from({ length: opts.files }, (_, f) => perEmployee.filter((_r, e) => e % opts.files! === f).flat());
  return groups.map((records, e) => {
    const file = join(dir, opts.files === undefined ? `aga-records-E${e}-2026-06-02.json` : `aga-records-batch-${e}-2026-06-02.json`);
    writeFileSync(file, bundle(records));
    return file;
  });
}

/**
 * Rewrites tests/fixtures/records/: `manifest.json`, and under `files/` a mix of valid, tampered,
 * foreign-version and malformed files (`valid/` all verify, with warnings; `invalid/` one failure
 * each; `no-json/` holds no *.json at all).
 */
export async function writeCliFixtures(root = join('tests', 'fixtures', 'records')): Promise<void> {
  const manifest = testManifest();
  mkdirSync(root, { recursive: true });
  for (const f of readdirSync(root, { withFileTypes: true })) {
    if (f.name.endsWith('.json') || f.isDirectory()) rmSync(join(root, f.name), { recursive: true });
  }
  writeFileSync(join(root, 'manifest.json'), `${JSON.stringify(manifest, null, 1)}\n`);
  const dir = join(root, 'files');
  mkdirSync(join(dir, 'valid', 'nested'), { recursive: true });
  mkdirSync(join(dir, 'invalid'), { recursive: true });
  mkdirSync(join(dir, 'no-json'), { recursive: true });
  const write = (file: string, text: string) => writeFileSync(join(dir, file), text);
  const alice = await newKey();
  const bob = await newKey();
  const aliceLaptop = await newKey();

  // valid/: every record verifies (an older version included).
  const aliceRecords = [
    await signedRecord(manifest, alice, { module: 'alpha', completedAt: '2026-05-01T09:00:00.000Z', recordId: '00000000-0000-4000-8000-000000000001' }),
    await signedRecord(manifest, alice, { module: 'beta', pass: false, completedAt: '2026-05-02T09:00:00.000Z', recordId: '00000000-0000-4000-8000-000000000002' }),
    await signedRecord(manifest, alice, { module: 'beta', n: 2, completedAt: '2026-05-03T09:00:00.000Z', recordId: '00000000-0000-4000-8000-000000000003' }),
  ];
  write('valid/aga-records-E1-2026-05-03.json', bundle(aliceRecords));
  write('valid/nested/bob-older-version.json', `${JSON.stringify(await signedRecord(manifest, bob, {
    module: 'alpha', version: '1.0.0', employeeId: 'E2', name: 'Bob <img src=x onerror=alert(1)>', email: 'bob@example.com',
    completedAt: '2025-01-15T12:00:00.000Z', recordId: '00000000-0000-4000-8000-000000000004' }))}\n`);
  // A second device of Alice (a warning, not a failure), as a bare array of JWS.
  write('valid/nested/alice-laptop.json', `${JSON.stringify([await signedRecord(manifest, aliceLaptop, {
    module: 'beta', n: 1, completedAt: '2026-05-04T09:00:00.000Z', recordId: '00000000-0000-4000-8000-000000000005' })])}\n`);
  write('valid/README.txt', 'Not JSON by name: the CLI skips this file.\n');
  // Carol's record signed with Bob's key (a shared key: a warning), and a record handed in twice.
  write('valid/nested/carol-shared-key.json', bundle([await signedRecord(manifest, bob, {
    module: 'beta', employeeId: 'E3', name: '=HYPERLINK("https://evil.example","Carol")', email: 'carol@example.com',
    completedAt: '2026-04-01T09:00:00.000Z', recordId: '00000000-0000-4000-8000-000000000006' })]));
  write('valid/nested/alice-again.json', bundle([aliceRecords[0]]));

  // invalid/: one file per failure, plus a bundle mixing good and bad.
  const good = await signedRecord(manifest, alice, { module: 'alpha', recordId: '00000000-0000-4000-8000-000000000011' });
  const tamperedPayload = b64json.decode(good.payload);
  (tamperedPayload.learner as Record<string, unknown>).name = 'Mallory';
  const tampered = { ...good, payload: Buffer.from(JSON.stringify(sortDeep(tamperedPayload))).toString('base64url') };
  const foreignVersion = await signedRecord(
    { ...manifest, modules: [...manifest.modules, { ...manifest.modules[1]!, version: '9.0.0', current: false }] },
    alice, { module: 'alpha', version: '9.0.0', recordId: '00000000-0000-4000-8000-000000000012' });
  write('invalid/mixed-bundle.json', bundle([good, tampered, foreignVersion]));
  write('invalid/tampered.json', `${JSON.stringify(tampered)}\n`);
  write('invalid/foreign-version.json', `${JSON.stringify(foreignVersion)}\n`);
  const algNone = { ...good, protected: b64json.encode({ ...b64json.decode(good.protected), alg: 'none' }), signature: '' };
  write('invalid/alg-none.json', `${JSON.stringify(algNone)}\n`);
  write('invalid/empty.json', '');
  write('invalid/truncated.json', bundle([good]).slice(0, 200));
  write('invalid/not-a-record.json', `${JSON.stringify({ name: 'quarterly report', rows: [1, 2, 3] })}\n`);
  const lying = payloadFor(manifest, { module: 'beta', pass: false, recordId: '00000000-0000-4000-8000-000000000013' });
  lying.score.passed = true;
  lying.score.correct = lying.score.total;
  write('invalid/regrade.json', `${JSON.stringify(await signPayload(lying, bob))}\n`);

  // no-json/: nothing the CLI reads.
  write('no-json/notes.txt', 'No records here.\n');
}

/** Sorts object keys recursively (what JCS does for these ASCII keys), for hand-made tampering. */
export function sortDeep(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortDeep);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.keys(value).sort().map((k) => [k, sortDeep((value as Record<string, unknown>)[k])]));
  }
  return value;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await writeCliFixtures();
  console.log('tests/fixtures/records/ rewritten');
}
