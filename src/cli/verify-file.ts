/**
 * One file of `aga verify`: read, split into records, verified with a few signatures in flight, and
 * turned into output lines, so the command can print each file as soon as it is done and hold only
 * one file in memory. The output line format is docs/record-format.md's "The command line".
 */
import { readFileSync, statSync } from 'node:fs';
import type { Manifest } from '../schemas/manifest';
import { beyondCapText, FailureTally } from '../lib/records/limits';
import { MAX_FILE_BYTES, recordsInFile } from '../lib/records/parse';
import type { ValidRecord } from '../lib/records/roster';
import { visible } from '../lib/text/visible';
import { identityLabel, type ReasonCode, type VerifyOptions } from '../lib/records/verify';
import { verifyAny } from '../lib/records/verify-any';
import type { ValidAcknowledgement } from '../lib/records/acknowledgements';

/** One output line: a record, or a file that yields none. */
export interface VerifyLine {
  file: string;
  index: number;
  recordId: string | null;
  verdict: 'valid' | 'invalid';
  reason: ReasonCode | null;
}

/** A line and its message (the MESSAGE column of the text output). */
export interface Item { line: VerifyLine; message: string }

/**
 * What one file yields: its lines in index order, failures counted but not listed, notes for stderr,
 * and its valid policy acknowledgements (for the roster and xAPI).
 */
export interface FileReport { items: Item[]; unlisted: number; notes: string[]; acknowledgements: ValidAcknowledgement[] }

// WebCrypto runs verifications on libuv's thread pool, so a few in flight use more than one core.
const IN_FLIGHT = 32;

const fileLine = (file: string, index: number, message: string): Item => ({
  line: { file, index, recordId: null, verdict: 'invalid', reason: 'malformed' },
  message,
});

/**
 * Verifies one file. Valid records are appended to `valid` (for the roster), and with `payloadJson`
 * their payloads' signed JSON text to it, in the same order (for a worker's hand-over); failures after the
 * first MAX_FAILURES_LISTED_PER_FILE are counted by reason in a note instead of listed; entries past
 * MAX_RECORDS_PER_FILE give one `malformed` line at the first unread index.
 */
export async function verifyFile(
  file: string, manifest: Manifest, valid: ValidRecord[], options: VerifyOptions = {}, payloadJson?: string[],
): Promise<FileReport> {
  let text: string;
  try {
    const size = statSync(file).size;
    if (size > MAX_FILE_BYTES) return { items: [fileLine(file, 0, `file larger than 20 MB (${(size / 1048576).toFixed(1)} MB): not read`)], unlisted: 0, notes: [], acknowledgements: [] };
    text = readFileSync(file, 'utf8');
  } catch (error) {
    // Unreadable (no permission, deleted or replaced while the run went on): this file's line, and the rest go on.
    const { code, message } = error as NodeJS.ErrnoException;
    return { items: [fileLine(file, 0, `file could not be read (${code ?? message})`)], unlisted: 0, notes: [], acknowledgements: [] };
  }
  const parsed = recordsInFile(text);
  if (!parsed.ok) return { items: [fileLine(file, 0, parsed.message)], unlisted: 0, notes: [], acknowledgements: [] };
  const results: Array<Item | undefined> = new Array(parsed.records.length);
  const kept: Array<ValidRecord | undefined> = new Array(parsed.records.length);
  const keptJson: Array<string | undefined> = new Array(parsed.records.length);
  const acknowledged: Array<ValidAcknowledgement | undefined> = new Array(parsed.records.length);
  const tally = new FailureTally();
  let next = 0;
  const worker = async () => {
    while (next < parsed.records.length) {
      const index = next++;
      const record = parsed.records[index];
      // Acknowledgements are checked as such, printed, and kept for the roster's policy column and xAPI.
      const r = await verifyAny(record, manifest, options);
      if (r.ok && r.kind === 'acknowledgement') {
        const p = r.payload;
        results[index] = {
          line: { file, index, recordId: p.recordId, verdict: 'valid', reason: null },
          message: `policy ${p.policy.version} acknowledged, employee ${p.learner.employeeId}, read ${p.readingSeconds} s, ${p.acknowledgedAt}, ${identityLabel(r.identity)}`,
        };
        acknowledged[index] = { payload: p, kid: r.kid, file, index, identity: r.identity };
      } else if (r.ok) {
        const p = r.payload;
        kept[index] = { payload: p, kid: r.kid, file, index, identity: r.identity };
        keptJson[index] = r.payloadJson;
        results[index] = {
          line: { file, index, recordId: p.recordId, verdict: 'valid', reason: null },
          message: `${p.module.id} ${p.module.version}, employee ${p.learner.employeeId}, ${p.score.passed ? 'passed' : 'failed'} ${p.score.correct}/${p.score.total}, ${p.attempt.completedAt}, ${identityLabel(r.identity)}`,
        };
      } else {
        results[index] = { line: { file, index, recordId: r.recordId ?? null, verdict: 'invalid', reason: r.reason }, message: r.message };
      }
    }
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
  const items: Item[] = [];
  const acknowledgements: ValidAcknowledgement[] = [];
  results.forEach((item, index) => {
    if (!item) return;
    const record = kept[index];
    // Only the verified payload is kept past this file, not its text or parsed records.
    if (record) {
      valid.push(record);
      payloadJson?.push(keptJson[index]!);
      items.push(item);
    } else if (acknowledged[index]) {
      acknowledgements.push(acknowledged[index]);
      items.push(item);
    }
    else if (tally.take(item.line.reason!)) items.push(item);
  });
  if (parsed.beyond > 0) items.push(fileLine(file, results.length, beyondCapText(parsed.beyond)));
  const notes = tally.text() ? [`${visible(file)}: ${tally.text()}`] : [];
  return { items, unlisted: tally.unlistedCount, notes, acknowledgements };
}
