/**
 * A site-internal URL under Astro's `base`, so every link also works when the site is served
 * from a sub-path. `path` is written from the site root, e.g. `/modules/x/` or `records/`.
 */
export function url(path = '/'): string {
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  const rest = path.replace(/^\//, '');
  return `${base}/${rest}`;
}
