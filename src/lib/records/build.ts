import { gradeAnswers } from '../quiz/grade';
import type { RecordIdentity } from '../../schemas/identity';
import type { AnswerKey } from '../../schemas/lock';
import { isoTimeSchema, type CompletionV2Payload } from '../../schemas/record';

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
  /** Ids of the questions this attempt presented (any order); default every question of `key`. */
  presented?: readonly string[];
  /**
   * Who vouches for the learner: the stored sign-in with the identity provider
   * (`{method: "oidc", idToken, nonceSalt}`), or by default nobody (`{method: "self-declared"}`).
   */
  identity?: RecordIdentity;
}

/** Ascending, without duplicates: the one form `selected` takes in a signed record. */
export function normaliseSelection(selected: readonly number[]): number[] {
  return [...new Set(selected)].sort((a, b) => a - b);
}

/**
 * Builds a v2 payload from a graded attempt: grades `answers` against the presented questions of `key`
 * with gradeAnswers(..., passMarkPercent), lists those questions in bank order with `selected` sorted
 * ascending and de-duplicated (missing answers -> []), NFC-normalises the learner's name, and carries
 * `identity` (self-declared unless given). Throws on non-ISO times and on presented ids not in `key`.
 */
export function buildPayload(input: PayloadInput): CompletionV2Payload {
  for (const [field, value] of [['startedAt', input.attempt.startedAt], ['completedAt', input.attempt.completedAt]] as const) {
    if (!isoTimeSchema.safeParse(value).success) {
      throw new RangeError(`buildPayload: attempt.${field} must be a toISOString() time, got ${JSON.stringify(value)}`);
    }
  }
  const presented = new Set(input.presented ?? input.key.map((k) => k.id));
  const key = input.key.filter((k) => presented.has(k.id));
  if (key.length !== presented.size) throw new RangeError('buildPayload: a presented question is not in the answer key');
  const byQuestion = new Map(input.answers.map((a) => [a.q, a.selected]));
  const answers = key.map((k) => ({ q: k.id, selected: normaliseSelection(byQuestion.get(k.id) ?? []) }));
  const grade = gradeAnswers(key, answers, input.passMarkPercent);
  return {
    type: 'aga.completion',
    v: 2,
    recordId: input.recordId,
    site: { origin: input.site.origin, build: input.site.build },
    module: { id: input.module.id, version: input.module.version, contentHash: input.module.contentHash },
    learner: { name: input.learner.name.normalize('NFC'), email: input.learner.email, employeeId: input.learner.employeeId },
    attempt: { n: input.attempt.n, startedAt: input.attempt.startedAt, completedAt: input.attempt.completedAt },
    answers,
    score: { correct: grade.correct, total: grade.total, passMarkPercent: grade.passMarkPercent, passed: grade.passed },
    identity: input.identity ?? { method: 'self-declared' },
  };
}
