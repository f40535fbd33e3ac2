/**
 * Roster findings about who and where (issue 18, "findings HR lacks"): warnings, never failures.
 * Each is something a verified record cannot prove wrong on its own but HR should look at. The
 * wording is in warnings.ts; buildRoster adds these to its own warnings.
 */
import { hasHidden } from '../text/visible';
import type { Employee, ValidRecord } from './roster';
import { byText, sortByText } from '../text/order';
import { runToEnd, type Steps } from '../slices';

/** Distinct keys of one employee within one day that make a finding (a new device now and then is normal). */
export const KEYS_PER_DAY_WARN = 3;
const DAY_MS = 86_400_000;
/** Ranges of missing attempt numbers named in one finding; the rest are counted. */
const MAX_RANGES = 10;
/**
 * An attempt finished in less than this many seconds per question it presented is implausibly fast:
 * reading a question and its options takes longer (36 s for 12 questions). The attempt's clock
 * starts when the quiz is set up on the module page, so reading the module counts as well.
 */
export const MIN_SECONDS_PER_QUESTION = 3;
/** This many attempts at one module within ATTEMPT_BURST_MINUTES make a finding: guessing through the bank. */
export const ATTEMPT_BURST = 5;
export const ATTEMPT_BURST_MINUTES = 60;
/** How far a device's clock may run ahead of HR's before a completion counts as in the future. */
export const FUTURE_TOLERANCE_MINUTES = 10;
const MINUTE_MS = 60_000;

export type Finding =
  | { kind: 'hidden-characters'; employeeId: string; field: 'employeeId' | 'name' | 'email'; value: string }
  | { kind: 'shared-email'; email: string; employeeIds: string[] }
  | { kind: 'differs-from-list'; employeeId: string; field: 'name' | 'email'; listed: string; recorded: string[] }
  | { kind: 'not-on-list'; employeeIds: string[] }
  | { kind: 'attempt-numbers'; employeeId: string; moduleId: string; kid: string; repeated: number[]; missing: Array<[number, number]>; moreMissing: number }
  | { kind: 'keys-in-a-day'; employeeId: string; kids: string[]; from: string; to: string }
  | { kind: 'site-origin'; origin: string; expected?: string; count: number; employeeIds: string[] }
  /** Attempts at one module faster than MIN_SECONDS_PER_QUESTION per question: how many, and the fastest. */
  | { kind: 'too-fast'; employeeId: string; moduleId: string; count: number; seconds: number; questions: number }
  /** ATTEMPT_BURST or more attempts at one module within ATTEMPT_BURST_MINUTES: the first such window. */
  | { kind: 'many-attempts'; employeeId: string; moduleId: string; count: number; from: string; to: string }
  /** Records completed after the import's time (beyond FUTURE_TOLERANCE_MINUTES): how many, and the latest date. */
  | { kind: 'future-date'; employeeId: string; count: number; latest: string; now: string };

const sameName = (a: string, b: string) => a.normalize('NFC').replace(/\s+/g, ' ').trim() === b.normalize('NFC').replace(/\s+/g, ' ').trim();
const sameEmail = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

function groupBy<T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const g = groups.get(k);
    if (g) g.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

const distinct = (values: Iterable<string>) => sortByText([...new Set(values)]);

/** Repeated attempt numbers and the ranges missing from 1 to the highest, for one device's attempts at one module. */
export function attemptGaps(numbers: readonly number[]): { repeated: number[]; missing: Array<[number, number]>; moreMissing: number } {
  const sorted = [...numbers].sort((a, b) => a - b);
  const repeated: number[] = [];
  const missing: Array<[number, number]> = [];
  let moreMissing = 0;
  let expected = 1;
  for (let i = 0; i < sorted.length; i++) {
    const n = sorted[i]!;
    if (i > 0 && n === sorted[i - 1]) {
      if (repeated.at(-1) !== n) repeated.push(n);
      continue;
    }
    if (n > expected) {
      if (missing.length < MAX_RANGES) missing.push([expected, n - 1]);
      else moreMissing += n - expected;
    }
    expected = n + 1;
  }
  return { repeated, missing, moreMissing };
}

/** The first 24-hour window in which an employee's records carry KEYS_PER_DAY_WARN or more keys (two pointers, linear). */
function keysInADay(own: readonly ValidRecord[]): { kids: string[]; from: string; to: string } | undefined {
  const sorted = [...own].sort((a, b) => (a.payload.attempt.completedAt < b.payload.attempt.completedAt ? -1 : 1));
  // Each time parsed once: the window's start was parsed again at every step.
  const times = sorted.map((r) => Date.parse(r.payload.attempt.completedAt));
  const inWindow = new Map<string, number>();
  let start = 0;
  for (let end = 0; end < sorted.length; end++) {
    const r = sorted[end]!;
    inWindow.set(r.kid, (inWindow.get(r.kid) ?? 0) + 1);
    while (times[end]! - times[start]! > DAY_MS) {
      const old = sorted[start++]!.kid;
      const c = inWindow.get(old)! - 1;
      if (c === 0) inWindow.delete(old);
      else inWindow.set(old, c);
    }
    if (inWindow.size >= KEYS_PER_DAY_WARN) {
      return { kids: [...inWindow.keys()].sort(), from: sorted[start]!.payload.attempt.completedAt, to: r.payload.attempt.completedAt };
    }
  }
  return undefined;
}

/** The attempts of one employee at one module that are implausibly fast, if any. */
function tooFast(employeeId: string, moduleId: string, own: readonly ValidRecord[]): Finding | undefined {
  let count = 0;
  let fastest: { seconds: number; questions: number } | undefined;
  for (const r of own) {
    const { startedAt, completedAt } = r.payload.attempt;
    const seconds = (Date.parse(completedAt) - Date.parse(startedAt)) / 1000;
    const questions = r.payload.score.total;
    if (!(seconds < MIN_SECONDS_PER_QUESTION * questions)) continue;
    count++;
    if (!fastest || seconds < fastest.seconds) fastest = { seconds, questions };
  }
  return fastest ? { kind: 'too-fast', employeeId, moduleId, count, seconds: Math.round(fastest.seconds), questions: fastest.questions } : undefined;
}

/** The first window of ATTEMPT_BURST_MINUTES holding ATTEMPT_BURST or more attempts (two pointers, linear). */
function manyAttempts(employeeId: string, moduleId: string, own: readonly ValidRecord[]): Finding | undefined {
  if (own.length < ATTEMPT_BURST) return undefined;
  const times = own.map((r) => r.payload.attempt.completedAt).sort();
  const ms = times.map((t) => Date.parse(t));
  const span = ATTEMPT_BURST_MINUTES * MINUTE_MS;
  let start = 0;
  for (let end = 0; end < times.length; end++) {
    while (ms[end]! - ms[start]! > span) start++;
    if (end - start + 1 < ATTEMPT_BURST) continue;
    // Widen to every attempt of the window that starts there.
    let last = end;
    while (last + 1 < times.length && ms[last + 1]! - ms[start]! <= span) last++;
    return { kind: 'many-attempts', employeeId, moduleId, count: last - start + 1, from: times[start]!, to: times[last]! };
  }
  return undefined;
}

/** Records of one employee completed after `now` (beyond the clock tolerance). */
function inTheFuture(employeeId: string, own: readonly ValidRecord[], now: Date): Finding | undefined {
  const limit = now.getTime() + FUTURE_TOLERANCE_MINUTES * MINUTE_MS;
  const later = own.map((r) => r.payload.attempt.completedAt).filter((t) => Date.parse(t) > limit).sort();
  return later.length > 0 ? { kind: 'future-date', employeeId, count: later.length, latest: later.at(-1)!, now: now.toISOString() } : undefined;
}

/**
 * The findings over distinct valid records. `employees`: HR's list, when loaded (names and emails
 * that differ from it, records of people not on it). `siteOrigin`: the origin of the site whose
 * manifest verified them (the HR page's own); without it, records from more than one origin are a finding.
 * `now`: the time of the import, for dates in the future; without it they are not looked for.
 */
export function findings(records: readonly ValidRecord[], opts: FindingOptions = {}): Finding[] {
  return runToEnd(findingsSteps(records, opts));
}

export interface FindingOptions { employees?: readonly Employee[] | undefined; siteOrigin?: string | undefined; now?: Date | undefined }

/** findings as steps (see ../slices.ts): it yields once per employee and per email. */
export function* findingsSteps(records: readonly ValidRecord[], opts: FindingOptions = {}): Steps<Finding[]> {
  const out: Finding[] = [];
  const byEmployee = groupBy(records, (r) => r.payload.learner.employeeId);
  const listed = new Map((opts.employees ?? []).map((e) => [e.employeeId, e]));
  yield;
  for (const [employeeId, own] of byEmployee) {
    yield;
    if (hasHidden(employeeId)) out.push({ kind: 'hidden-characters', employeeId, field: 'employeeId', value: employeeId });
    for (const field of ['name', 'email'] as const) {
      for (const value of distinct(own.map((r) => r.payload.learner[field]))) {
        if (hasHidden(value)) out.push({ kind: 'hidden-characters', employeeId, field, value });
      }
      const person = listed.get(employeeId);
      const wanted = person?.[field];
      if (wanted) {
        const same = field === 'name' ? sameName : sameEmail;
        const recorded = distinct(own.map((r) => r.payload.learner[field])).filter((v) => !same(v, wanted));
        if (recorded.length > 0) out.push({ kind: 'differs-from-list', employeeId, field, listed: wanted, recorded });
      }
    }
    for (const [moduleId, attempts] of groupBy(own, (r) => r.payload.module.id)) {
      for (const f of [tooFast(employeeId, moduleId, attempts), manyAttempts(employeeId, moduleId, attempts)]) if (f) out.push(f);
    }
    const future = opts.now ? inTheFuture(employeeId, own, opts.now) : undefined;
    if (future) out.push(future);
    for (const [key, attempts] of groupBy(own, (r) => `${r.payload.module.id}\u0000${r.kid}`)) {
      const { repeated, missing, moreMissing } = attemptGaps(attempts.map((r) => r.payload.attempt.n));
      if (repeated.length + missing.length > 0) {
        const [moduleId, kid] = key.split('\u0000') as [string, string];
        out.push({ kind: 'attempt-numbers', employeeId, moduleId, kid, repeated, missing, moreMissing });
      }
    }
    const burst = keysInADay(own);
    if (burst) out.push({ kind: 'keys-in-a-day', employeeId, ...burst });
  }
  for (const [email, own] of groupBy(records, (r) => r.payload.learner.email.trim().toLowerCase())) {
    yield;
    const ids = distinct(own.map((r) => r.payload.learner.employeeId));
    if (ids.length > 1) out.push({ kind: 'shared-email', email, employeeIds: ids });
  }
  if (listed.size > 0) {
    const missing = distinct([...byEmployee.keys()].filter((id) => !listed.has(id)));
    if (missing.length > 0) out.push({ kind: 'not-on-list', employeeIds: missing });
  }
  const origins = groupBy(records, (r) => r.payload.site.origin);
  for (const [origin, own] of [...origins].sort(([a], [b]) => byText(a, b))) {
    const foreign = opts.siteOrigin !== undefined ? origin !== opts.siteOrigin : origins.size > 1;
    if (!foreign) continue;
    const finding: Finding = { kind: 'site-origin', origin, count: own.length, employeeIds: distinct(own.map((r) => r.payload.learner.employeeId)) };
    if (opts.siteOrigin !== undefined) finding.expected = opts.siteOrigin;
    out.push(finding);
  }
  return out;
}
