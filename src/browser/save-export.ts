/**
 * Makes an export from the one list in src/lib/export/exporters.ts and downloads it. Loaded with
 * `import()` when an export button is used, by My records and the HR page alike.
 */
import { exporterFor, exportStatus, type ExportId, type ExportSource } from '../lib/export/exporters';
import { manifestXapiOptions, siteXapiOptions, type XapiOptions } from '../lib/export/xapi';
import type { Manifest } from '../schemas/manifest';
import { downloadText } from './download';

/** This site's address with its base path (absolute). */
function siteUrl(): string {
  const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;
  return new URL(base, location.origin).href;
}

/** xAPI's view of this site: its origin, each module page's absolute URL (respecting `base`) and title. */
export function siteXapi(titles: ReadonlyMap<string, string>): XapiOptions {
  return siteXapiOptions(siteUrl(), titles);
}

/** The same, with the manifest's current titles and policy (the HR page; the CLI calls manifestXapiOptions with --site). */
export function manifestXapi(manifest: Manifest): XapiOptions {
  return manifestXapiOptions(siteUrl(), manifest);
}

/** Downloads export `id` made from `source` now; returns the status line to show and the file's time. */
export function saveExport(id: ExportId, source: Omit<ExportSource, 'exportedAt'>): { status: string; exportedAt: string } {
  const exporter = exporterFor(id);
  const exportedAt = new Date().toISOString();
  const made = exporter.render({ ...source, exportedAt });
  downloadText(made.name, made.text, made.mediaType);
  return { status: exportStatus(exporter, made), exportedAt };
}
