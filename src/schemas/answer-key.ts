import { z } from 'zod';

// Apart from the bank's schemas (quiz.ts, with the platform ids), so the quiz's result view can
// check the key in a module's feedback without them.

/** Question types: one answer, any number of answers, or True/False. */
export const questionTypeSchema = z.enum(['single', 'multiple', 'true-false']);

/** The answer key of one question: its id, type and the 0-based indices of its right options. */
export const answerKeySchema = z
  .object({
    /** Question id from the quiz bank. */
    id: z.string().min(1),
    /** single, multiple or true-false. */
    type: questionTypeSchema,
    /** Right options, 0-based in authored order, ascending. */
    correct: z.array(z.number().int().min(0)).min(1),
  })
  .strict();
export type AnswerKey = z.infer<typeof answerKeySchema>;
