import { t } from '../i18n/device';
import { describeIssue, formatPath } from '../schemas/format-error';
import { manifestSchema, type Manifest } from '../schemas/manifest';
import { MANIFEST_FILE } from '../lib/records/manifest-file';
import { siteFile } from './site-root';

let cached: Promise<Manifest> | undefined;

/**
 * The published manifest (`<base>records/manifest.json`, or the package's copy inside a SCORM package), fetched once per page and validated with
 * its schema before anyone uses it: the learner's signing, My records' checks and the HR page
 * alike. A file that is not a manifest is refused with the first field that breaks it. Loaded on
 * demand (with submit, verify or import), so the schema never weighs on a page's first load.
 */
export function fetchManifest(): Promise<Manifest> {
  cached ??= fetch(siteFile(MANIFEST_FILE), { cache: 'no-cache' }).then(async (res) => {
    if (!res.ok) throw new Error(t('device.manifest-http', { status: String(res.status) }));
    let data: unknown;
    try {
      data = await res.json();
    } catch {
      throw new Error(t('device.manifest-json'));
    }
    const parsed = manifestSchema.safeParse(data);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new Error(t('device.manifest-invalid', { issue: issue ? ` (${formatPath(issue.path)}: ${describeIssue(issue)})` : '' }));
    }
    return parsed.data;
  });
  cached.catch(() => {
    cached = undefined;
  });
  return cached;
}
