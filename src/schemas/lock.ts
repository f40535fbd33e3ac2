import { z } from 'zod';
import { answerKeySchema } from './answer-key';
import { semverSchema } from './module';

/** `sha256:` followed by 64 lower-case hex digits. */
export const contentHashSchema = z.string().regex(/^sha256:[0-9a-f]{64}$/, '"sha256:" followed by 64 lower-case hex digits');

export { answerKeySchema, type AnswerKey } from './answer-key';

/** One published version of one module, as locked in `content/versions.lock.json`. */
export const lockedVersionSchema = z
  .object({
    /** The module's `version` from its frontmatter. */
    version: semverSchema,
    /** sha256 of the raw MDX bytes followed by the raw quiz-bank bytes. */
    contentHash: contentHashSchema,
    /** Title at that version. */
    title: z.string().min(1),
    /** Effective pass mark at that version (module's own, else org.yaml's). */
    passMarkPercent: z.number().int().min(1).max(100),
    /** Effective re-training period in months at that version. */
    retrainMonths: z.number().int().min(1),
    /** When this version was locked (ISO date-time). */
    lockedAt: z.string().datetime(),
    /** The answer key, in bank order. */
    questions: z.array(answerKeySchema).min(1),
    /** Questions drawn per attempt, when the bank sets `draw`; absent: every question. */
    draw: z.number().int().min(1).optional(),
  })
  .strict()
  .refine((v) => v.draw === undefined || v.draw <= v.questions.length, { message: 'draw is larger than the number of questions', path: ['draw'] });
export type LockedVersion = z.infer<typeof lockedVersionSchema>;

/** One published version of the AI-use policy (`content/policy/policy.mdx`), as locked in `content/versions.lock.json`. */
export const lockedPolicySchema = z
  .object({
    /** The policy version (org.yaml `policyVersion` when it was locked). */
    version: z.string().min(1),
    /** Title of the policy at that version. */
    title: z.string().min(1),
    /** `sha256:` + hex SHA-256 of the raw bytes of policy.mdx at that version. */
    contentHash: contentHashSchema,
    /** Acknowledgements of this version must report at least this many seconds of reading. */
    minReadingSeconds: z.number().int().min(0),
    /** When this version was locked (ISO date-time). */
    lockedAt: z.string().datetime().optional(),
  })
  .strict();
export type LockedPolicy = z.infer<typeof lockedPolicySchema>;

/** `content/versions.lock.json`: every published version of every module. Written by `npm run content:lock`. */
export const versionsLockSchema = z
  .object({
    /** Format version of this file. */
    v: z.literal(1),
    /** Module id to its locked versions, oldest first. */
    modules: z.record(z.string(), z.array(lockedVersionSchema)),
    /** Every locked version of the AI-use policy, oldest first; absent or empty before the first is locked. */
    policies: z.array(lockedPolicySchema).optional(),
  })
  .strict();
export type VersionsLock = z.infer<typeof versionsLockSchema>;
