/**
 * Answers in progress as `cmi.suspend_data`, which SCORM 1.2 caps at 4,096 characters. Compact
 * JSON: the module version, the shuffle seed, the start time and, per question in bank order,
 * the chosen option indices. Decoding checks everything; anything else is "not ours".
 */
import { t } from '../../i18n/scorm';
import type { Progress } from '../quiz/progress';

/** SCORM 1.2's limit on `cmi.suspend_data` (CMIString4096). */
export const SUSPEND_DATA_MAX = 4096;

interface Packed {
  v: string;
  s: number;
  t: string;
  a: number[][];
}

/** The suspend_data text for an attempt; throws if it would exceed SUSPEND_DATA_MAX. `questionIds` in bank order. */
export function encodeSuspendData(progress: Progress, questionIds: readonly string[]): string {
  const packed: Packed = { v: progress.version, s: progress.seed, t: progress.startedAt, a: questionIds.map((id) => progress.answers[id] ?? []) };
  const text = JSON.stringify(packed);
  if (text.length > SUSPEND_DATA_MAX) throw new Error(t('scorm.too-long', { length: String(text.length), max: String(SUSPEND_DATA_MAX) }));
  return text;
}

const isIndexList = (x: unknown): x is number[] => Array.isArray(x) && x.every((n) => Number.isInteger(n) && n >= 0 && n < 1000);

/**
 * The attempt in `text`, or: `empty` when there is none, `foreign` when it is not an attempt of
 * this quiz's shape (another SCO's data, a damaged value), so the caller can say so and start fresh.
 */
export function decodeSuspendData(text: string, questionIds: readonly string[]): Progress | 'empty' | 'foreign' {
  if (text.trim() === '') return 'empty';
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return 'foreign';
  }
  if (typeof data !== 'object' || data === null) return 'foreign';
  const p = data as Partial<Packed>;
  if (typeof p.v !== 'string' || !Number.isInteger(p.s) || (p.s as number) < 0 || (p.s as number) > 0xffffffff) return 'foreign';
  if (typeof p.t !== 'string' || Number.isNaN(Date.parse(p.t))) return 'foreign';
  if (!Array.isArray(p.a) || p.a.length !== questionIds.length || !p.a.every(isIndexList)) return 'foreign';
  const answers: Record<string, number[]> = {};
  questionIds.forEach((id, i) => {
    if (p.a![i]!.length > 0) answers[id] = p.a![i]!;
  });
  return { version: p.v, seed: p.s as number, startedAt: p.t, answers };
}
