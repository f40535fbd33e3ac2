/**
 * Where a module's quiz files are published, from the site root (and from a SCORM package's root,
 * which carries them): the page's quiz element fetches the form when it connects, and the answer
 * key with the feedback for the result. Kept apart from their schemas so the page's first load
 * can name them without zod.
 */

/** The quiz form, an HTML fragment (src/pages/modules/[id]/quiz.html.ts). */
export const quizFormPath = (moduleId: string) => `modules/${moduleId}/quiz.html`;

/** The answer key, explanations and section links (src/schemas/feedback.ts). */
export const feedbackPath = (moduleId: string) => `modules/${moduleId}/feedback.json`;
