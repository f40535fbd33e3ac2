import type { APIRoute } from 'astro';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { getEntry } from 'astro:content';
import QuizForm from '../../../components/quiz/QuizForm.astro';
import { modulePaths, type ModulePathProps } from './_paths';

export const getStaticPaths = modulePaths;

/**
 * A module's quiz form as an HTML fragment (no document around it, no scripts or styles of its
 * own), fetched and inserted by the page's `aga-quiz` element, so the module page's first round
 * trip carries the text and not the form. See components/quiz/QuizForm.astro.
 */
export const GET: APIRoute = async ({ props }) => {
  const { entry, next } = props as ModulePathProps;
  const quiz = await getEntry('quizzes', entry.id);
  const container = await AstroContainer.create();
  const html = await container.renderToString(QuizForm, {
    props: { moduleId: entry.id, title: entry.data.title, questions: quiz?.data.questions ?? [], next: next && { id: next.id, title: next.data.title } },
  });
  return new Response(html, { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
};
