import type { APIRoute } from 'astro';
import { getEntry, render } from 'astro:content';
import { answerKeyOf } from '../../../lib/quiz/answer-key';
import { quizFeedbackSchema, type QuizFeedback } from '../../../schemas/feedback';
import { modulePaths, type ModulePathProps } from './_paths';

export const getStaticPaths = modulePaths;

/** The quiz's answer key, explanations and section links of one module, fetched for the result. */
export const GET: APIRoute = async ({ props }) => {
  const { entry } = props as ModulePathProps;
  const { headings } = await render(entry);
  const quiz = await getEntry('quizzes', entry.id);
  const questions: QuizFeedback['questions'] = {};
  for (const q of quiz?.data.questions ?? []) {
    const sectionTitle = headings.find((h) => h.slug === q.section)?.text ?? q.section;
    questions[q.id] = { explanation: q.explanation, section: q.section, sectionTitle };
  }
  const key = answerKeyOf(quiz?.data.questions ?? []);
  const feedback = quizFeedbackSchema.parse({ module: entry.id, version: entry.data.version, key, questions });
  return new Response(JSON.stringify(feedback), { headers: { 'Content-Type': 'application/json' } });
};
