import type { VersionsLock } from '../../schemas/lock';
import type { ManifestIdentity } from '../../schemas/identity';
import type { Manifest, ManifestModule, ManifestPolicy, ManifestV2 } from '../../schemas/manifest';

/** Lower-case hex SHA-256 of a UTF-8 string, with WebCrypto (browser and Node 20). */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** What the manifest says beyond the lock: the current policy version and the SSO identity. */
export interface ManifestExtras {
  /** org.yaml `policyVersion`: the policy version marked `current`. */
  policyVersion?: string;
  /** The manifest's `identity`, when org.yaml configures SSO (manifestIdentityFor). */
  identity?: ManifestIdentity;
}

/** Questions presented per attempt of a module version: its `draw`, or every question (v1 manifests, banks without a pool). */
export function drawOf(entry: Pick<ManifestModule, 'questions' | 'draw'>): number {
  return entry.draw ?? entry.questions.length;
}

/** The policy versions a manifest lists: none in format v1. */
export function policiesOf(manifest: Manifest): ManifestPolicy[] {
  return manifest.v === 2 ? manifest.policies : [];
}

/** The SSO identity a manifest configures, if any: none in format v1. */
export function identityOf(manifest: Manifest): ManifestIdentity | undefined {
  return manifest.v === 2 ? manifest.identity : undefined;
}

/**
 * The published manifest (format v2): one entry per locked version of every module, `current` on
 * the version each module has now (`currentVersions`: module id to version), each with its `draw`;
 * every locked policy version; and `identity` only when SSO is configured. The build id is derived
 * from the module entries, so the same content always gives the same id, in the build and in the CLI.
 */
export async function buildManifest(lock: VersionsLock, currentVersions: Readonly<Record<string, string>>, extras: ManifestExtras = {}): Promise<ManifestV2> {
  const modules = Object.entries(lock.modules)
    .sort(([a], [b]) => a.localeCompare(b))
    .flatMap(([id, versions]) =>
      versions.map((v) => ({
        id,
        version: v.version,
        title: v.title,
        contentHash: v.contentHash,
        passMarkPercent: v.passMarkPercent,
        retrainMonths: v.retrainMonths,
        current: currentVersions[id] === v.version,
        questions: v.questions,
        draw: drawOf(v),
      })),
    );
  const policies: ManifestPolicy[] = (lock.policies ?? []).map((p) => ({
    version: p.version,
    title: p.title,
    contentHash: p.contentHash,
    minReadingSeconds: p.minReadingSeconds,
    current: p.version === extras.policyVersion,
  }));
  const build = (await sha256Hex(JSON.stringify(modules))).slice(0, 16);
  return { v: 2, build, modules, policies, ...(extras.identity ? { identity: extras.identity } : {}) };
}
