import { gradeAnswers } from '../quiz/grade';
import type { AnswerKey } from '../../schemas/lock';
import { isoTimeSchema, type RecordPayload } from '../../schemas/record';

/** What `buildPayload` needs: one graded attempt and where it was taken. */
export interface PayloadInput {
  /** `crypto.randomUUID()`. */
  recordId: string;
  /** `location.origin` and the manifest's build id. */
  site: { origin: string; build: string };
  /** The module version taken. */
  module: { id: string; version: string; contentHash: string };
  /** The learner's profile. */
  learner: { name: string; email: string; employeeId: string };
  /** Attempt number (1-based) and its times, as `toISOString()` prints them. */
  attempt: { n: number; startedAt: string; completedAt: string };
  /** Indices in the bank's authored order. */
  answers: Array<{ q: string; selected: number[] }>;
  /** The module version's answer key, in bank order. */
  key: AnswerKey[];
  /** Pass mark of that version. */
  passMarkPercent: number;
}

/** Ascending, without duplicates: the one form `selected` takes in a signed record. */
export function normaliseSelection(selected: readonly number[]): number[] {
  return [...new Set(selected)].sort((a, b) => a - b);
}

/**
 * Builds a v1 payload from a graded attempt: grades `answers` with gradeAnswers(key, ..., passMarkPercent),
 * lists every question of `key` in bank order with `selected` sorted ascending and de-duplicated (missing
 * answers -> []), NFC-normalises the learner's name. Throws on non-ISO times.
 */
export function buildPayload(input: PayloadInput): RecordPayload {
  for (const [field, value] of [['startedAt', input.attempt.startedAt], ['completedAt', input.attempt.completedAt]] as const) {
    if (!isoTimeSchema.safeParse(value).success) {
      throw new RangeError(`buildPayload: attempt.${field} must be a toISOString() time, got ${JSON.stringify(value)}`);
    }
  }
  const byQuestion = new Map(input.answers.map((a) => [a.q, a.selected]));
  const answers = input.key.map((k) => ({ q: k.id, selected: normaliseSelection(byQuestion.get(k.id) ?? []) }));
  const grade = gradeAnswers(input.key, answers, input.passMarkPercent);
  return {
    type: 'aga.completion',
    v: 1,
    recordId: input.recordId,
    site: { origin: input.site.origin, build: input.site.build },
    module: { id: input.module.id, version: input.module.version, contentHash: input.module.contentHash },
    learner: { name: input.learner.name.normalize('NFC'), email: input.learner.email, employeeId: input.learner.employeeId },
    attempt: { n: input.attempt.n, startedAt: input.attempt.startedAt, completedAt: input.attempt.completedAt },
    answers,
    score: { correct: grade.correct, total: grade.total, passMarkPercent: grade.passMarkPercent, passed: grade.passed },
  };
}
