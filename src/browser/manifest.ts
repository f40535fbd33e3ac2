import type { Manifest } from '../schemas/manifest';

let cached: Promise<Manifest> | undefined;

/** The published manifest (`<base>records/manifest.json`), fetched once per page. */
export function fetchManifest(): Promise<Manifest> {
  cached ??= fetch(`${import.meta.env.BASE_URL}records/manifest.json`, { cache: 'no-cache' }).then(async (res) => {
    if (!res.ok) throw new Error(`the list of published modules could not be loaded (HTTP ${res.status})`);
    return (await res.json()) as Manifest;
  });
  cached.catch(() => {
    cached = undefined;
  });
  return cached;
}
