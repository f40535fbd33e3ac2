/**
 * Answers in progress and the learner's profile as stored in localStorage. They are read on every
 * page load, before any interaction, so they are checked here by hand rather than with zod (which
 * would cost about 14 KB of the first load). Anything that does not fit is treated as corrupt.
 */

/** One module's unfinished attempt. */
export interface Progress {
  /** Module version the answers belong to; answers of another version are dropped. */
  version: string;
  /** Shuffle seed of this attempt (0: authored order). */
  seed: number;
  /** When the attempt started (ISO). */
  startedAt: string;
  /** Question id to selected option indices in authored order. */
  answers: Record<string, number[]>;
  /** Ids of the questions this attempt presents, in bank order; absent: every question. */
  presented?: string[];
}

/** All unfinished attempts, by module id. Stored as JSON under PROGRESS_KEY. */
export type ProgressMap = Record<string, Progress>;

/** localStorage key of the answers in progress; bump the version when the shape changes. */
export const PROGRESS_KEY = 'aga:progress:v1';
/** localStorage key of the learner's details. */
export const PROFILE_KEY = 'aga:profile:v1';

/** The learner's details as stored (validated fully with profileSchema when saved). */
export interface StoredProfile {
  name: string;
  email: string;
  employeeId: string;
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function isIndexList(x: unknown): x is number[] {
  return Array.isArray(x) && x.every((n) => Number.isInteger(n) && (n as number) >= 0 && (n as number) < 1000);
}

function isProgress(x: unknown): x is Progress {
  if (!isRecord(x)) return false;
  return (
    typeof x.version === 'string' &&
    Number.isInteger(x.seed) &&
    (x.seed as number) >= 0 &&
    (x.seed as number) <= 0xffffffff &&
    typeof x.startedAt === 'string' &&
    !Number.isNaN(Date.parse(x.startedAt)) &&
    isRecord(x.answers) &&
    Object.values(x.answers).every(isIndexList) &&
    (x.presented === undefined || (Array.isArray(x.presented) && x.presented.every((q) => typeof q === 'string')))
  );
}

/** Parses the stored progress text; `undefined` when it is not valid JSON of the right shape. */
export function parseProgress(text: string): ProgressMap | undefined {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isRecord(data) || !Object.values(data).every(isProgress)) return undefined;
  return data as ProgressMap;
}

/** Parses the stored profile text; `undefined` when it is not valid JSON of the right shape. */
export function parseProfile(text: string): StoredProfile | undefined {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isRecord(data)) return undefined;
  const { name, email, employeeId } = data;
  if (typeof name !== 'string' || typeof email !== 'string' || typeof employeeId !== 'string') return undefined;
  if (!name.trim() || !email.includes('@') || !employeeId.trim()) return undefined;
  return { name, email, employeeId };
}

/** Question ids of `questionIds` (display order) that have no selection in `answers`. */
export function unanswered(questionIds: readonly string[], answers: Readonly<Record<string, readonly number[]>>): string[] {
  return questionIds.filter((id) => (answers[id]?.length ?? 0) === 0);
}
