/**
 * Every export format, once: its id, label, file name, media type and renderer. My records, the HR
 * page and the CLI offer the ones that fit their data from this list, so a new format is one new
 * file plus one line here.
 */
import { t, tn } from '../../i18n';
import type { Roster, ValidRecord } from '../records/roster';
import { byRecordId, distinctRecords } from '../records/distinct';
import { rosterToCsv } from './roster-csv';
import type { Manifest } from '../../schemas/manifest';
import type { ExportBundle, RecordJws } from '../../schemas/record';
import { recordsToCsv } from './csv';
import { lmsCompletionCsv } from './lms-csv';
import { toAcknowledgementStatement, toXapiStatement, type XapiOptions } from './xapi';
import type { ValidAcknowledgement } from '../records/acknowledgements';

/** What an export is made from; each exporter uses the parts it needs. */
export interface ExportSource {
  /** When the export is made (ISO); its UTC date names the file. */
  exportedAt: string;
  /** The learner's employee id for a learner's own files; absent for HR's files about everyone. */
  who?: string;
  /** The verified records (a copy loaded twice may appear twice: exporters that need each once make it so). */
  records: readonly ValidRecord[];
  /** The verified policy acknowledgements, for xAPI (HR's page and the CLI); the roster has them already. */
  acknowledgements?: readonly ValidAcknowledgement[];
  /** Every signed record as kept, verified or not, for the bundle the learner hands in. */
  signed?: readonly RecordJws[];
  /** The roster, for exports made from it (HR's page and the CLI). */
  roster?: Roster;
  /** For xAPI: the site's origin, module page URLs and titles. */
  xapi?: XapiOptions;
  /** For the LMS CSV: the manifest, whose versions carry their published titles. */
  manifest?: Manifest;
}

/** One file an exporter made. */
export interface ExportFile {
  name: string;
  mediaType: string;
  text: string;
  /** How many items the file holds (records, rows, statements), for the status line. */
  items: number;
  /** Records left out, with the reason in `note`. */
  leftOut: number;
  note?: string;
}

export interface Exporter {
  id: string;
  /** What the button says. */
  label: string;
  /** What one item is called in the status line. */
  item: 'record' | 'employee' | 'statement';
  render(source: ExportSource): ExportFile;
}

/**
 * Thrown when an exporter is given a source without the part it needs: a caller bug, never shown on
 * a page (every caller passes what its exports need), so its message names the exporter, for developers.
 */
export class ExportError extends Error {}

const JSON_TYPE = 'application/json';
const CSV_TYPE = 'text/csv;charset=utf-8';

/** `<prefix>[-<who>]-<YYYY-MM-DD>.<ext>`, e.g. aga-records-E1001-2026-12-02.json or aga-roster-2026-12-02.csv. */
export function exportFileName(prefix: string, source: Pick<ExportSource, 'exportedAt' | 'who'>, ext: 'json' | 'csv'): string {
  const who = source.who === undefined ? '' : `-${source.who}`;
  return `${prefix}${who}-${source.exportedAt.slice(0, 10)}.${ext}`;
}

/** Keeps an exporter's id as a literal type, so ExportId lists exactly the ids below. */
function exporter<const Id extends string>(e: Exporter & { id: Id }): Exporter & { id: Id } {
  return e;
}

function file(name: string, mediaType: string, text: string, items: number, leftOut = 0, note?: string): ExportFile {
  return note === undefined ? { name, mediaType, text, items, leftOut } : { name, mediaType, text, items, leftOut, note };
}

/** The signed bundle HR verifies: every stored record's JWS, as kept. */
const bundle = exporter({
  id: 'bundle',
  label: t('export.bundle'),
  item: 'record',
  render(source) {
    const records = source.signed;
    if (!records) throw new ExportError('bundle: the bundle needs the signed records');
    const content: ExportBundle = { type: 'aga.export', v: 1, exportedAt: source.exportedAt, records: [...records] };
    const text = `${JSON.stringify(content, null, 1)}\n`;
    return file(exportFileName('aga-records', source, 'json'), JSON_TYPE, text, records.length);
  },
});

/** One row per record, for a spreadsheet. */
const recordsCsv = exporter({
  id: 'records-csv',
  label: t('export.records-csv'),
  item: 'record',
  render(source) {
    const records = distinctRecords(source.records);
    return file(exportFileName('aga-records', source, 'csv'), CSV_TYPE, recordsToCsv(records), records.length);
  },
});

/** HR's roster: one row per employee, status, date and due date per current module. */
const rosterCsv = exporter({
  id: 'roster-csv',
  label: t('export.roster-csv'),
  item: 'employee',
  render(source) {
    if (!source.roster) throw new ExportError('roster-csv: the roster CSV needs a roster');
    return file(exportFileName('aga-roster', source, 'csv'), CSV_TYPE, rosterToCsv(source.roster), source.roster.rows.length);
  },
});

/** Items with a record id, once each: copies dropped first, then ids shared by differing items left out and counted. */
function oncePer<T extends { kid: string; payload: { recordId: string } }>(items: readonly T[]): { unique: T[]; leftOut: number } {
  const groups = [...byRecordId(distinctRecords(items)).values()];
  return { unique: groups.filter((g) => g.length === 1).map((g) => g[0]!), leftOut: groups.reduce((n, g) => n + (g.length > 1 ? g.length : 0), 0) };
}

/**
 * Each record once, for formats whose items are keyed by record id: a record loaded twice counts once,
 * and records that share an id while differing are left out (no order may pick a winner) and counted.
 */
function oncePerId(records: readonly ValidRecord[]): { unique: ValidRecord[]; leftOut: number; note: string | undefined } {
  const { unique, leftOut } = oncePer(records);
  return { unique, leftOut, note: leftOut > 0 ? t('export.left-out.conflict') : undefined };
}

/**
 * xAPI statements, one per record and one per policy acknowledgement (when the source has them);
 * statement ids are the record ids (oncePerId). Actors of SSO records are the provider's person.
 */
const xapi = exporter({
  id: 'xapi',
  label: t('export.xapi'),
  item: 'statement',
  render(source) {
    const opts = source.xapi;
    if (!opts) throw new ExportError('xapi: xAPI needs the site and module URLs');
    const { unique, leftOut, note } = oncePerId(source.records);
    const acks = oncePer(source.acknowledgements ?? []);
    const statements = [
      ...unique.map((r) => toXapiStatement(r.payload, opts, r.identity)),
      ...acks.unique.map((a) => toAcknowledgementStatement(a.payload, opts, a.identity)),
    ];
    const out = leftOut + acks.leftOut;
    return file(exportFileName('aga-xapi', source, 'json'), JSON_TYPE, `${JSON.stringify(statements, null, 1)}\n`, statements.length, out, out > 0 ? note ?? t('export.left-out.conflict') : undefined);
  },
});

/** The LMS completion import: one row per valid passed record, each record id once (oncePerId). */
const lmsCsv = exporter({
  id: 'lms-csv',
  label: t('export.lms-csv'),
  item: 'record',
  render(source) {
    if (!source.manifest) throw new ExportError('lms-csv: the LMS CSV needs the manifest for course titles');
    const titles = new Map(source.manifest.modules.map((m) => [`${m.id}@${m.version}`, m.title]));
    const { unique, leftOut, note } = oncePerId(source.records);
    const { text, rows } = lmsCompletionCsv(unique, (id, version) => titles.get(`${id}@${version}`));
    return file(exportFileName('aga-lms-completions', source, 'csv'), CSV_TYPE, text, rows, leftOut, note);
  },
});

/** Every exporter, in the order the pages offer them. */
export const EXPORTERS = [bundle, recordsCsv, rosterCsv, xapi, lmsCsv] as const;
export type ExportId = (typeof EXPORTERS)[number]['id'];

/** What My records offers: the learner's own records. */
export const LEARNER_EXPORTS = ['bundle', 'records-csv', 'xapi'] as const satisfies readonly ExportId[];
export type LearnerExport = (typeof LEARNER_EXPORTS)[number];

/** What the HR page offers: the roster and every verified record. */
export const HR_EXPORTS = ['roster-csv', 'xapi', 'lms-csv'] as const satisfies readonly ExportId[];
export type HrExport = (typeof HR_EXPORTS)[number];

/** The exporter with this id. */
export function exporterFor(id: ExportId): Exporter {
  return EXPORTERS.find((e) => e.id === id)!;
}

/** The status line after a download, e.g. "Saved aga-xapi-2026-12-02.json (12 statements)." */
export function exportStatus(exporter: Exporter, made: ExportFile): string {
  const saved = t('export.saved', { name: made.name, items: tn(`export.item.${exporter.item}`, made.items) });
  return made.leftOut > 0 ? `${saved} ${t('export.left-out', { records: tn('export.item.record', made.leftOut), why: made.note ?? '' })}` : saved;
}
