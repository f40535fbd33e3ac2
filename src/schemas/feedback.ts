import { z } from 'zod';
import { answerKeySchema } from './answer-key';

/**
 * What a quiz grades and shows after a submit: the module's answer key, and per question of its
 * bank why the right answer is right and the section that teaches it. Published per module as
 * `modules/<id>/feedback.json` (src/pages/modules/[id]/feedback.json.ts) and fetched with the
 * signing code, on the first answer, so the page itself carries neither.
 */
export const quizFeedbackSchema = z
  .object({
    // Ids as plain strings: the build wrote them from the checked bank, and the page's lazy chunk
    // then need not pull in the content schemas (the kebab-case id lives with the platform schemas).
    module: z.string().min(1),
    version: z.string().min(1),
    /** The answer key of the whole bank, in bank order (answerKeyOf): what an attempt is graded and signed with. */
    key: z.array(answerKeySchema).min(1),
    questions: z.record(
      z.string().min(1),
      z
        .object({
          explanation: z.string().min(1),
          /** The heading's slug in the module page. */
          section: z.string().min(1),
          /** The heading's text. */
          sectionTitle: z.string().min(1),
        })
        .strict(),
    ),
  })
  .strict();
export type QuizFeedback = z.infer<typeof quizFeedbackSchema>;
