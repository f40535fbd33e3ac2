/**
 * Where a built site publishes its manifest, from the site root; a SCORM package carries its own
 * module's copy at the same path from the package's root. Kept apart from the manifest's schema
 * and builder so the build, the pages and the tests name it without loading them.
 */
export const MANIFEST_FILE = 'records/manifest.json';
