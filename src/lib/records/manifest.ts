import type { VersionsLock } from '../../schemas/lock';
import type { Manifest, ManifestModule } from '../../schemas/manifest';

/** Lower-case hex SHA-256 of a UTF-8 string, with WebCrypto (browser and Node 20). */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * The published manifest: one entry per locked version of every module, `current` on the
 * version each module has now (`currentVersions`: module id to version). The build id is derived
 * from the entries, so the same content always gives the same id, in the build and in the CLI.
 */
export async function buildManifest(lock: VersionsLock, currentVersions: Readonly<Record<string, string>>): Promise<Manifest> {
  const modules: ManifestModule[] = Object.entries(lock.modules)
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
      })),
    );
  const build = (await sha256Hex(JSON.stringify(modules))).slice(0, 16);
  return { v: 1, build, modules };
}
