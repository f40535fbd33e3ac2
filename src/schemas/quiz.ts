import { z } from 'zod';
import { questionTypeSchema } from './answer-key';
import { kebabIdSchema } from './platforms';

export { questionTypeSchema } from './answer-key';
export type QuestionType = z.infer<typeof questionTypeSchema>;

/** One option of a question. */
export const quizOptionSchema = z
  .object({
    /** Option text, shown as the label of its radio button or checkbox. */
    text: z.string().min(1),
    /** True on every right option; omit on the wrong ones. */
    correct: z.boolean().default(false),
  })
  .strict();

/** One question of a quiz bank. */
export const quizQuestionSchema = z
  .object({
    /** Stable kebab-case id, unique in the bank; records refer to it. */
    id: kebabIdSchema,
    /** single, multiple or true-false. */
    type: questionTypeSchema,
    /** The question as the learner reads it (the fieldset's legend). */
    prompt: z.string().min(1),
    /** Options in authored order; records store 0-based indices into this list. */
    options: z.array(quizOptionSchema).min(2),
    /** Why the right answer is right, shown after submitting. */
    explanation: z.string().min(1),
    /** Heading anchor (slug) in the module that teaches this. */
    section: z.string().regex(/^[a-z0-9-]+$/, 'a heading slug of the module, such as "redacting-a-stack-trace"'),
  })
  .strict()
  .superRefine((q, ctx) => {
    const correct = q.options.filter((o) => o.correct).length;
    if (q.type === 'true-false') {
      const texts = q.options.map((o) => o.text).join(',');
      if (texts !== 'True,False') {
        ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['options'], message: `a true-false question has exactly two options, "True" then "False"; found ${JSON.stringify(q.options.map((o) => o.text))}` });
      }
    }
    if ((q.type === 'single' || q.type === 'true-false') && correct !== 1) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['options'], message: `a ${q.type} question has exactly one option with "correct: true"; found ${correct}` });
    }
    if (q.type === 'multiple' && correct < 1) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['options'], message: 'a multiple question has at least one option with "correct: true"' });
    }
  });

/** `content/quizzes/<module id>.yaml`. */
export const quizBankSchema = z
  .object({
    /** Questions in authored order. */
    questions: z.array(quizQuestionSchema).min(1),
    /**
     * Questions drawn per attempt from the bank, chosen afresh for each attempt (seeded). Default:
     * every question. At most the number of questions.
     */
    draw: z.number().int().min(1).optional(),
  })
  .strict()
  .superRefine((bank, ctx) => {
    if (bank.draw !== undefined && bank.draw > bank.questions.length) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['draw'], message: `draw is ${bank.draw}, but the bank has only ${bank.questions.length} question${bank.questions.length === 1 ? '' : 's'}; expected at most ${bank.questions.length}` });
    }
    const seen = new Set<string>();
    bank.questions.forEach((q, i) => {
      if (seen.has(q.id)) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['questions', i, 'id'], message: `duplicate question id "${q.id}"` });
      seen.add(q.id);
    });
  });

export type QuizQuestion = z.infer<typeof quizQuestionSchema>;
export type QuizBank = z.infer<typeof quizBankSchema>;
