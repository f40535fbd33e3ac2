/**
 * `aga verify`: verifies record files on this machine with the same src/lib code as the HR page.
 * Output contract (docs/record-format.md, "The command line"): one line per record on stdout, or with --json one JSON array and
 * nothing else; warnings and the summary go to stderr and never change the exit code.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatZodError } from '../schemas/format-error';
import { manifestSchema, type Manifest } from '../schemas/manifest';
import { exporterFor } from '../lib/export/exporters';
import { buildRoster, type ValidRecord } from '../lib/records/roster';
import { warningText } from '../lib/records/warnings';
import { visible } from '../lib/text/visible';
import { REASON_CODES, REASON_TEXT, type VerifyOptions } from '../lib/records/verify';
import { loadJwksFiles } from './jwks';
import { verifyFile, type Item } from './verify-file';

export type { VerifyLine } from './verify-file';

export const VERIFY_HELP = `Usage: npx aga verify [--manifest FILE] [--jwks FILE]... FILES_OR_FOLDERS... [--csv OUT] [--json]

Verifies completion records: export bundles (aga-records-<employeeId>-<date>.json), bare
record JWS files, or JSON arrays of records. Folders are walked recursively for *.json files;
a file named on the command line is read whatever its name. Files over 20 MB are reported
and not read. Files are verified and printed one at a time, in order.

Each record is checked in this order, and the first failure is its reason:
${REASON_CODES.map((code) => `  ${code.padEnd(17)}${REASON_TEXT[code]}`).join('\n')}

Output (stdout): one line per record, fields separated by tabs:
  FILE  INDEX  valid|invalid  REASON  MESSAGE
INDEX is the record's 0-based position in its file (in a bundle's "records" list). A file
that yields no record (empty, not JSON, truncated, not a record file, too large) is one
invalid line with INDEX 0 and reason "malformed". REASON is "-" for a valid record.
Paths are printed as given on the command line (folders joined with the files in them).
A summary and warnings go to stderr.
Hostile files: at most 25,000 entries of a file are read; the rest give one invalid line
(reason "malformed", INDEX 25000) that counts them. At most 100 failed records of a file are
listed; the others are counted by reason in a "note:" line on stderr (the exit code is 1).

Options:
  --manifest FILE  the site's records/manifest.json. Without it, the manifest is built from
                   content/ (or $AGA_CONTENT_DIR) with the build's own code.
  --jwks FILE      the identity provider's keys (a JWKS, or a file saved by "aga jwks
                   fetch"); repeat it for every archived key file: providers rotate keys,
                   and a record verifies with the keys of the time it was signed in.
  --csv OUT        also write the roster (one row per employee, status/date/due per
                   current module) as CSV to OUT.
  --json           print one JSON array of {file, index, recordId, verdict, reason}
                   (verdict "valid" or "invalid", reason null when valid, recordId null
                   when unknown) and nothing else on stdout.
  -h, --help       show this help.

Warnings (stderr; they never change the exit code): an employee whose records carry
several keys (a new device or browser is legitimate), one key used by several employees,
the same record id more than once (counted once in the roster), the same id on different
records (a conflict), ids or names with hidden characters, one email under several ids,
attempt numbers with gaps or repeats, three keys within a day, records from another site.

Exit codes:
  0  every record verifies
  1  at least one record (or file) does not verify
  2  usage error (no paths, unknown option, missing file, unreadable manifest) or no
     records found (e.g. a folder without *.json files)

Environment:
  AGA_CONTENT_DIR  content folder used when --manifest is not given (default: content)
  AGA_NOW          ISO time used as "now" for re-training due dates in --csv (default: the clock)
  AGA_SITE_ORIGIN  the site's origin (https://academy.example.com): records signed elsewhere are a
                   warning. Without it, records from more than one origin are.
`;

interface Options {
  manifest?: string;
  jwks: string[];
  csv?: string;
  json: boolean;
  help: boolean;
  paths: string[];
}

class UsageError extends Error {}

function parseArgs(args: readonly string[]): Options {
  const opts: Options = { json: false, help: false, paths: [], jwks: [] };
  const valueOf = (name: string, i: number, inline: string | undefined): [string, number] => {
    if (inline !== undefined) {
      if (inline === '') throw new UsageError(`${name} needs a value`);
      return [inline, i];
    }
    const next = args[i + 1];
    if (next === undefined || (next.startsWith('-') && next !== '-')) throw new UsageError(`${name} needs a value`);
    return [next, i + 1];
  };
  let onlyPaths = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (onlyPaths || !arg.startsWith('-') || arg === '-') {
      opts.paths.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    const inline = eq > 0 ? arg.slice(eq + 1) : undefined;
    if (name === '--') onlyPaths = true;
    else if (name === '--help' || name === '-h') opts.help = true;
    else if (name === '--json' && inline === undefined) opts.json = true;
    else if (name === '--jwks') {
      const [value, at] = valueOf(name, i, inline);
      i = at;
      opts.jwks.push(value);
    }
    else if (name === '--manifest' || name === '--csv') {
      if ((name === '--manifest' ? opts.manifest : opts.csv) !== undefined) throw new UsageError(`${name} given twice`);
      const [value, at] = valueOf(name, i, inline);
      i = at;
      if (name === '--manifest') opts.manifest = value;
      else opts.csv = value;
    } else throw new UsageError(`unknown option ${arg}`);
  }
  return opts;
}

/** The *.json files under a folder, recursively, in a stable order; paths joined onto `dir` as given. */
function jsonFilesUnder(dir: string): string[] {
  const out: string[] = [];
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const path = join(dir, e.name);
    // Symbolic links to folders are not followed, so a link loop cannot hang the walk.
    if (e.isDirectory()) for (const f of jsonFilesUnder(path)) out.push(f);
    else if (/\.json$/i.test(e.name) && (e.isFile() || (e.isSymbolicLink() && statSync(path, { throwIfNoEntry: false })?.isFile()))) out.push(path);
  }
  return out;
}

function collectFiles(paths: readonly string[]): string[] {
  const files: string[] = [];
  for (const p of paths) {
    const st = statSync(p, { throwIfNoEntry: false });
    if (!st) throw new UsageError(`no such file or folder: ${p}`);
    if (st.isDirectory()) for (const f of jsonFilesUnder(p)) files.push(f);
    else files.push(p);
  }
  return [...new Set(files)];
}

async function loadManifest(file: string | undefined): Promise<Manifest> {
  if (file !== undefined) {
    let data: unknown;
    try {
      data = JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      throw new UsageError(`cannot read the manifest ${file}: ${(error as Error).message}`);
    }
    const parsed = manifestSchema.safeParse(data);
    if (!parsed.success) throw new UsageError(`${file} is not a records manifest:\n${formatZodError(file, parsed.error).map((p) => `  - ${p}`).join('\n')}`);
    return parsed.data;
  }
  // Loaded only here: reading content/ pulls in YAML and Markdown helpers that --manifest does not need.
  const { ContentError, contentDir, readContent } = await import('../build/content');
  const { contentManifest } = await import('../build/manifest');
  try {
    const set = readContent(contentDir());
    if (!set.lock) throw new UsageError(`${join(set.dir, 'versions.lock.json')} is missing: run npm run content:lock, or pass --manifest`);
    return await contentManifest(set);
  } catch (error) {
    if (error instanceof ContentError) throw new UsageError(`cannot build the manifest from ${contentDir()}/ (pass --manifest FILE instead):\n${error.message}`);
    throw error;
  }
}

// A message or a file name can carry file content: printed through `visible`, every output line stays
// one line, and no terminal escape, bidi override or zero-width character can hide or fake a verdict.
const clean = visible;

/** Writes stdout a file at a time, waiting when the pipe is full, so output never piles up in memory. */
function lineWriter(json: boolean): { write(items: readonly Item[]): Promise<void>; end(): Promise<void> } {
  let first = true;
  const send = (text: string) =>
    new Promise<void>((resolve) => {
      if (text === '' || process.stdout.write(text)) resolve();
      else process.stdout.once('drain', () => resolve());
    });
  return {
    write(items) {
      let text = '';
      for (const { line, message } of items) {
        if (json) {
          text += `${first ? '[\n' : ',\n'}${JSON.stringify(line, null, 1).replace(/^/gm, ' ')}`;
          first = false;
        } else text += `${clean(line.file)}\t${line.index}\t${line.verdict}\t${line.reason ?? '-'}\t${clean(message)}\n`;
      }
      return send(text);
    },
    end: () => send(json && !first ? '\n]\n' : ''),
  };
}

/** Runs `verify` with its arguments (after the word "verify"); resolves to the exit code. */
export async function runVerify(args: readonly string[]): Promise<number> {
  const err = (text: string) => process.stderr.write(text);
  let opts: Options;
  let files: string[];
  let manifest: Manifest;
  const verifyOptions: VerifyOptions = {};
  try {
    opts = parseArgs(args);
    if (opts.help) {
      process.stdout.write(VERIFY_HELP);
      return 0;
    }
    if (opts.paths.length === 0) throw new UsageError('name at least one file or folder of records');
    files = collectFiles(opts.paths);
    if (files.length === 0) {
      err(`aga verify: no records found: no *.json files in ${opts.paths.join(', ')}\n`);
      return 2;
    }
    manifest = await loadManifest(opts.manifest);
    if (opts.jwks.length > 0) {
      const keys = loadJwksFiles(opts.jwks);
      if (!keys.ok) throw new UsageError(keys.message);
      // One array for the whole run: verified ID tokens are cached on it.
      verifyOptions.jwks = keys.keys;
    }
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    err(`aga verify: ${error.message}\nRun "npx aga verify --help" for usage.\n`);
    return 2;
  }

  const now = process.env.AGA_NOW ? new Date(process.env.AGA_NOW) : new Date();
  if (Number.isNaN(now.getTime())) {
    err(`aga verify: AGA_NOW is not a date: ${process.env.AGA_NOW}\n`);
    return 2;
  }

  // Files are verified and printed one at a time, in order: output starts with the first file, and
  // only one file's text and records are in memory at once. Only valid records are kept, for the roster.
  const out = lineWriter(opts.json);
  const valid: ValidRecord[] = [];
  let lines = 0;
  let validLines = 0;
  let invalid = 0;
  for (const file of files) {
    const report = await verifyFile(file, manifest, valid, verifyOptions);
    lines += report.items.length;
    validLines += report.items.filter((i) => i.line.verdict === 'valid').length;
    invalid += report.unlisted + report.items.filter((i) => i.line.verdict === 'invalid').length;
    await out.write(report.items);
    for (const note of report.notes) err(`note: ${clean(note)}\n`);
  }
  await out.end();
  if (lines === 0) {
    err(`aga verify: no records found in ${files.length} file${files.length === 1 ? '' : 's'}\n`);
    return 2;
  }
  const roster = buildRoster(valid, manifest, now, undefined, process.env.AGA_SITE_ORIGIN || undefined);
  for (const w of roster.warnings) err(`warning: ${clean(warningText(w))}\n`);
  if (opts.csv !== undefined) {
    writeFileSync(opts.csv, exporterFor('roster-csv').render({ exportedAt: now.toISOString(), records: valid, roster }).text);
    err(`roster written to ${opts.csv} (${roster.rows.length} employees)\n`);
  }
  // Valid acknowledgements count as valid records; only completions go into the roster.
  const total = validLines + invalid;
  err(`${total} record${total === 1 ? '' : 's'} in ${files.length} file${files.length === 1 ? '' : 's'}: ${validLines} valid, ${invalid} invalid\n`);
  return invalid > 0 ? 1 : 0;
}
