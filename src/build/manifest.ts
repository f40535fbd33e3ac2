/** The records manifest of a content set: the one way the build, the CLI and the tests make it. */
import { buildManifest } from '../lib/records/manifest';
import { manifestIdentityFor } from '../schemas/identity';
import type { ManifestV2 } from '../schemas/manifest';
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
