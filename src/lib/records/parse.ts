import { t } from '../../i18n/files';
import { capRecords } from './limits';

/**
 * What `recordsInFile` returns: the record candidates of one file (at most MAX_RECORDS_PER_FILE;
 * `beyond` counts the entries after them, not read), or why the file holds none.
 */
export type FileRecords = { ok: true; records: unknown[]; beyond: number } | { ok: false; reason: 'malformed'; message: string };

/** Files larger than this are reported and not read (the HR page and the CLI). */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

function looksLikeJws(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && ('protected' in value || 'payload' in value || 'signature' in value);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return t('file.array');
  if (typeof value === 'object') {
    const type = (value as { type?: unknown }).type;
    return typeof type === 'string' ? t('file.object-type', { type: JSON.stringify(type) }) : t('file.object');
  }
  return t('file.value', { type: typeof value });
}

/**
 * Splits a file's text into record candidates: an export bundle ({type:"aga.export",...}), a bare record JWS,
 * or a JSON array of JWS. Empty text, invalid JSON (e.g. truncated) or JSON that is none of these ->
 * { ok: false, reason: 'malformed', message } with a specific message ("empty file", "not JSON: ...",
 * "JSON, but not a record file: ..."). A leading UTF-8 byte order mark is ignored. Each candidate is
 * checked by verifyRecord, so a bundle with one bad element still yields the others.
 */
export function recordsInFile(text: string): FileRecords {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return { ok: false, reason: 'malformed', message: t('file.empty') };
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (error) {
    return { ok: false, reason: 'malformed', message: t('file.not-json', { message: (error as Error).message }) };
  }
  if (Array.isArray(data)) {
    if (data.length > 0 && !data.some(looksLikeJws)) {
      return { ok: false, reason: 'malformed', message: t('file.not-records', { what: describe(data) }) };
    }
    return { ok: true, ...capRecords(data) };
  }
  if (typeof data === 'object' && data !== null) {
    const bundle = data as { type?: unknown; v?: unknown; records?: unknown };
    if (bundle.type === 'aga.export') {
      if (bundle.v !== 1) return { ok: false, reason: 'malformed', message: t('file.not-records', { what: t('file.export-version', { version: JSON.stringify(bundle.v) }) }) };
      if (!Array.isArray(bundle.records)) return { ok: false, reason: 'malformed', message: t('file.not-records', { what: t('file.no-records-list') }) };
      return { ok: true, ...capRecords(bundle.records) };
    }
    if (looksLikeJws(data)) return { ok: true, records: [data], beyond: 0 };
  }
  return { ok: false, reason: 'malformed', message: t('file.not-records', { what: describe(data) }) };
}
