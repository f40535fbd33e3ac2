import { z } from 'zod';

/**
 * What a quiz shows after a submit, per question of a module's bank: why the right answer is
 * right and the section that teaches it. Published per module as `modules/<id>/feedback.json`
 * (src/pages/modules/[id]/feedback.json.ts) and fetched with the signing code, so the page itself
 * does not carry it.
 */
export const quizFeedbackSchema = z
  .object({
    // Ids as plain strings: the build wrote them from the checked bank, and the page's lazy chunk
    // then need not pull in the content schemas (the kebab-case id lives with the platform schemas).
    module: z.string().min(1),
    version: z.string().min(1),
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

/** Where a module's feedback is published, from the site root. */
export const feedbackPath = (moduleId: string) => `modules/${moduleId}/feedback.json`;
