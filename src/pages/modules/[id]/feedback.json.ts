import type { APIRoute, GetStaticPaths } from 'astro';
import { getEntry, render } from 'astro:content';
import { answerKeyOf } from '../../../lib/quiz/answer-key';
import { quizFeedbackSchema, type QuizFeedback } from '../../../schemas/feedback';
import { getModules } from '../../../utils/site';

export const getStaticPaths = (async () => {
  const modules = await getModules();
  return modules.map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}) satisfies GetStaticPaths;

/** The quiz's answer key, explanations and section links of one module, fetched for the result. */
export const GET: APIRoute = async ({ props }) => {
  const { entry } = props as Awaited<ReturnType<typeof getStaticPaths>>[number]['props'];
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
