/**
 * The records manifest of a content set: the one way the build, the CLI and the tests make it, and
 * how the build writes it and puts it in a SCORM package. Node only: the browser bundles none of this.
 */
import { buildManifest } from '../lib/records/manifest';
import { manifestIdentityFor } from '../schemas/identity';
import type { Manifest, ManifestV2 } from '../schemas/manifest';
import { checkLock, ContentError, type ContentSet } from './content';

/**
 * The manifest of `set`: every locked module and policy version, the modules' current versions,
 * org.yaml's policy version and, when org.yaml configures SSO, its identity. Throws a ContentError
 * when there is no lock yet.
 */
export function contentManifest(set: ContentSet): Promise<ManifestV2> {
  if (!set.lock) throw new ContentError(checkLock(set));
  const current = Object.fromEntries(set.modules.map((m) => [m.id, m.frontmatter.version]));
  return buildManifest(set.lock, current, {
    policyVersion: set.org.policyVersion,
    ...(set.org.sso ? { identity: manifestIdentityFor(set.org.sso) } : {}),
  });
}

/** The manifest as the build writes it: one space of indent, a final newline. */
export function manifestText(manifest: Manifest): string {
  return `${JSON.stringify(manifest, null, 1)}\n`;
}

/**
 * The manifest a module's SCORM package carries: the site's, with only that module's versions. A
 * package signs and shows records of its own module only; with every module's answer keys in every
 * package, 500 packages held the 586 KB manifest 500 times and the output grew with the square of
 * the modules.
 */
export function packageManifest(manifest: Manifest, moduleId: string): Manifest {
  return { ...manifest, modules: manifest.modules.filter((m) => m.id === moduleId) };
}
