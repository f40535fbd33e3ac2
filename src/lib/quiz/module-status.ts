/**
 * A learner's status per module, computed from stored attempts only. The home page, My records,
 * the quiz and the tests all call `moduleStatus`; nothing else decides what a learner's status is.
 * No words here (./status.ts adds them), so the quiz's first load can ask without the i18n table.
 */

import { addMonths } from '../time';

/** What the status needs to know about one submitted attempt. */
export interface AttemptSummary {
  moduleId: string;
  version: string;
  /** ISO time the attempt was submitted. */
  completedAt: string;
  passed: boolean;
}

/** The module as published now. */
export interface ModuleInfo {
  id: string;
  version: string;
  retrainMonths: number;
}

/**
 * A learner's status: a completion status of ../records/status (the vocabulary HR's roster uses too),
 * or 'in-progress', which only the learner's own device knows.
 */
export type ModuleStatus =
  | { kind: 'not-started' }
  | { kind: 'in-progress'; attempts: number }
  | { kind: 'passed'; date: string; dueDate: string }
  | { kind: 'failed'; attempts: number }
  | { kind: 'expired'; date: string; dueDate: string }
  | { kind: 'passed-older'; date: string; version: string };

function latest(list: AttemptSummary[]): AttemptSummary | undefined {
  return list.reduce<AttemptSummary | undefined>((best, a) => (!best || a.completedAt > best.completedAt ? a : best), undefined);
}

/**
 * The status of one module. In order of precedence: passed (the current version, within the
 * re-training period) > in progress (answers saved but not submitted) > passed an older version
 * (within the period) > expired (the last pass is older than the re-training period) > failed
 * (attempts but no pass) > not started. Attempts of other modules are ignored.
 */
export function moduleStatus(module: ModuleInfo, attempts: readonly AttemptSummary[], inProgress: boolean, now: Date): ModuleStatus {
  const mine = attempts.filter((a) => a.moduleId === module.id);
  const nowIso = now.toISOString();
  const passes = mine.filter((a) => a.passed);
  const current = latest(passes.filter((a) => a.version === module.version));
  if (current) {
    const dueDate = addMonths(current.completedAt, module.retrainMonths);
    if (dueDate > nowIso) return { kind: 'passed', date: current.completedAt, dueDate };
  }
  if (inProgress) return { kind: 'in-progress', attempts: mine.length };
  const last = latest(passes);
  if (last) {
    const dueDate = addMonths(last.completedAt, module.retrainMonths);
    if (dueDate <= nowIso) return { kind: 'expired', date: last.completedAt, dueDate };
    return { kind: 'passed-older', date: last.completedAt, version: last.version };
  }
  if (mine.length > 0) return { kind: 'failed', attempts: mine.length };
  return { kind: 'not-started' };
}

/** YYYY-MM-DD of an ISO time (UTC). */
export function isoDate(iso: string): string {
  return iso.slice(0, 10);
}

/** How far along the training path a learner is. */
export interface PathProgress {
  /** Modules passed at their current version (within the re-training period). */
  passed: number;
  total: number;
  /** The module to do next: the first in path order not passed; absent when all are passed. */
  next?: string;
  /** True once any module has been begun (answers saved, an attempt, a pass of any version). */
  started: boolean;
}

/** The progress over the whole path, from each module's status in path order. */
export function pathProgress(path: ReadonlyArray<{ id: string; status: ModuleStatus }>): PathProgress {
  const todo = path.find((m) => m.status.kind !== 'passed');
  const progress: PathProgress = {
    passed: path.filter((m) => m.status.kind === 'passed').length,
    total: path.length,
    started: path.some((m) => m.status.kind !== 'not-started'),
  };
  if (todo) progress.next = todo.id;
  return progress;
}
