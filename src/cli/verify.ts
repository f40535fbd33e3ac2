/**
 * `aga verify`: verifies record files on this machine with the same src/lib code as the HR page.
 * Output contract (docs/record-format.md, "The command line"): one line per record on stdout, or with --json one JSON array and
 * nothing else; warnings and the summary go to stderr and never change the exit code.
 */
import { writeFileSync } from 'node:fs';
import type { Manifest } from '../schemas/manifest';
import { exporterFor } from '../lib/export/exporters';
import { manifestXapiOptions } from '../lib/export/xapi';
import type { ValidAcknowledgement } from '../lib/records/acknowledgements';
import { buildRoster, type ValidRecord } from '../lib/records/roster';
import { warningText } from '../lib/records/warnings';
import { visible } from '../lib/text/visible';
import type { VerifyOptions } from '../lib/records/verify';
import { loadJwksFiles } from './jwks';
import { nodeSignatureCheck } from './node-signature';
import type { Item } from './verify-file';
import { VERIFY_HELP } from './verify-help';
import { collectFiles, loadManifest, parseArgs, threadCount, UsageError, type Options } from './verify-input';
import { verifyInOrder } from './verify-pool';

export type { VerifyLine } from './verify-file';

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
  let threads: number;
  const verifyOptions: VerifyOptions = { signature: nodeSignatureCheck };
  try {
    opts = parseArgs(args);
    if (opts.help) {
      process.stdout.write(VERIFY_HELP);
      return 0;
    }
    if (opts.paths.length === 0) throw new UsageError('name at least one file or folder of records');
    if (opts.xapi !== undefined && opts.site === undefined && !process.env.AGA_SITE_ORIGIN) {
      throw new UsageError("--xapi needs the site's address: --site URL (or AGA_SITE_ORIGIN)");
    }
    files = collectFiles(opts.paths);
    if (files.length === 0) {
      err(`aga verify: no records found: no *.json files in ${opts.paths.join(', ')}\n`);
      return 2;
    }
    // No more threads than files: each thread verifies whole files.
    threads = Math.min(threadCount(), files.length);
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

  // Files are verified on worker threads and printed one at a time, in order: output starts with the
  // first file, and only a few files' text and records are in memory at once. Only valid records are
  // kept, for the roster.
  const trace = process.env.AGA_CLI_TRACE === '1';
  if (trace) err(`aga: verifying ${files.length} file${files.length === 1 ? '' : 's'} on ${threads} thread${threads === 1 ? '' : 's'}\n`);
  const out = lineWriter(opts.json);
  const valid: ValidRecord[] = [];
  const acknowledgements: ValidAcknowledgement[] = [];
  let lines = 0;
  let validLines = 0;
  let invalid = 0;
  await verifyInOrder(files, manifest, verifyOptions, threads, async ({ report, valid: found }) => {
    for (const record of found) valid.push(record);
    for (const ack of report.acknowledgements) acknowledgements.push(ack);
    lines += report.items.length;
    validLines += report.items.filter((i) => i.line.verdict === 'valid').length;
    invalid += report.unlisted + report.items.filter((i) => i.line.verdict === 'invalid').length;
    await out.write(report.items);
    for (const note of report.notes) err(`note: ${clean(note)}\n`);
  });
  await out.end();
  const verifiedAt = performance.now();
  if (trace) err(`aga: verified at ${Math.round(verifiedAt)} ms after start\n`);
  if (lines === 0) {
    err(`aga verify: no records found in ${files.length} file${files.length === 1 ? '' : 's'}\n`);
    return 2;
  }
  const siteOrigin = process.env.AGA_SITE_ORIGIN || (opts.site ? new URL(opts.site).origin : undefined);
  // Its warnings are printed; its rows are made only for the roster CSV.
  const roster = buildRoster(valid, manifest, now, undefined, siteOrigin, acknowledgements, { rows: opts.csv !== undefined });
  if (trace) err(`aga: roster of ${valid.length} records built in ${Math.round(performance.now() - verifiedAt)} ms\n`);
  for (const w of roster.warnings) err(`warning: ${clean(warningText(w))}\n`);
  if (opts.csv !== undefined) {
    writeFileSync(opts.csv, exporterFor('roster-csv').render({ exportedAt: now.toISOString(), records: valid, roster }).text);
    err(`roster written to ${opts.csv} (${roster.rows.length} employees)\n`);
  }
  if (opts.lmsCsv !== undefined) {
    const made = exporterFor('lms-csv').render({ exportedAt: now.toISOString(), records: valid, manifest });
    writeFileSync(opts.lmsCsv, made.text);
    err(`LMS completions written to ${opts.lmsCsv} (${made.items} passed record${made.items === 1 ? '' : 's'}${made.leftOut > 0 ? `; ${made.leftOut} left out: ${made.note ?? ''}` : ''})\n`);
  }
  if (opts.xapi !== undefined) {
    const xapi = manifestXapiOptions(opts.site ?? process.env.AGA_SITE_ORIGIN!, manifest);
    const made = exporterFor('xapi').render({ exportedAt: now.toISOString(), records: valid, acknowledgements, xapi });
    writeFileSync(opts.xapi, made.text);
    err(`xAPI statements written to ${opts.xapi} (${made.items} statement${made.items === 1 ? '' : 's'}${made.leftOut > 0 ? `; ${made.leftOut} left out: ${made.note ?? ''}` : ''})\n`);
  }
  // Valid acknowledgements count as valid records; the roster shows them in its policy column.
  const total = validLines + invalid;
  err(`${total} record${total === 1 ? '' : 's'} in ${files.length} file${files.length === 1 ? '' : 's'}: ${validLines} valid, ${invalid} invalid\n`);
  return invalid > 0 ? 1 : 0;
}
