/**
 * A site file's URL path, `path` written from the site root (e.g. `records/manifest.json`). Built
 * scripts sit in `<root>/_astro/`, so the root is one level above this module's own URL: under
 * Astro's `base` on the site, and wherever the LMS serves a SCORM package inside one. (`astro dev`
 * serves sources, not `_astro/`, so there it is the base.)
 */
export function siteFile(path: string): string {
  if (import.meta.env.DEV) return `${import.meta.env.BASE_URL}${path}`;
  // Through a variable: Vite reads `new URL(<template>, import.meta.url)` as an asset pattern and would inline files.
  const here = import.meta.url;
  return new URL(`../${path}`, here).pathname;
}
