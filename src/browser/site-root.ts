import { PACKAGE_ATTRIBUTE } from '../lib/scorm/package-html';

/**
 * A site file's URL path, `path` written from the site root (e.g. `records/manifest.json`). On the
 * site that is under Astro's `base`; inside a SCORM package, whose launch page sits at the package
 * root wherever the LMS serves it, it is relative to that page.
 */
export function siteFile(path: string): string {
  if (document.documentElement.hasAttribute(PACKAGE_ATTRIBUTE)) return new URL(path, location.href).pathname;
  return `${import.meta.env.BASE_URL}${path}`;
}
