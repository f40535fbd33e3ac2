/**
 * The quiz's link to an LMS when the page runs inside a SCORM 1.2 package (loaded with import()
 * only there). Finds the API, starts the session, takes the learner from the LMS (the details form
 * is hidden), keeps answers in progress in cmi.suspend_data, reports the result and finishes.
 * Without an API, or when the LMS refuses to start, it says so and the page works as on the site.
 */
import type { Progress } from '../../lib/quiz/progress';
import { findScormApi } from '../../lib/scorm/api';
import { problemText, type LmsProblem } from '../../lib/scorm/errors';
import { lmsProfile, ScormSession, type ScormResult } from '../../lib/scorm/session';
import { decodeSuspendData, encodeSuspendData } from '../../lib/scorm/suspend';
import { profile, progress } from '../../stores/learner';

/** What the quiz tells the LMS. */
export interface LmsLink {
  /** The attempt in progress changed (undefined: cleared). */
  save(current: Progress | undefined): void;
  /** An attempt was graded; `recorded` when its signed record was saved. */
  submitted(result: ScormResult, recorded: boolean): void;
}

const NOT_REPORTED = 'Your result will not reach the learning system. You can still take the quiz here: enter your details, and your result is signed and saved in this browser.';

function box(before: Element, className: string, role: 'status' | 'alert'): HTMLElement {
  const el = document.createElement('div');
  el.className = className;
  el.setAttribute('role', role);
  el.dataset.lms = role;
  before.before(el);
  return el;
}

/** Connects the quiz of `moduleId` (questions in bank order) to the LMS, or explains why not. */
export function connectLms(quiz: HTMLElement, moduleId: string, version: string, questionIds: readonly string[]): LmsLink | undefined {
  const status = box(quiz.closest('section') ?? quiz, 'notice', 'status');
  const alert = box(status, 'notice notice--bad', 'alert');
  alert.hidden = true;
  const problems: string[] = [];
  const onProblem = (p: LmsProblem) => {
    problems.push(problemText(p));
    alert.replaceChildren(...problems.map((t) => Object.assign(document.createElement('p'), { textContent: t })));
    alert.hidden = false;
  };
  const api = findScormApi(window);
  if (!api) {
    status.textContent = `This course package is not connected to a learning system: no SCORM API was found in the window that opened it. Open the course from your LMS to have it recorded. ${NOT_REPORTED}`;
    return undefined;
  }
  const session = new ScormSession(api, onProblem);
  if (!session.initialize()) {
    status.textContent = `The learning system did not start this course. ${NOT_REPORTED}`;
    return undefined;
  }
  const learner = session.learner();
  if (!learner) {
    status.textContent = `The learning system did not give your name and ID. ${NOT_REPORTED}`;
    session.finish();
    return undefined;
  }
  session.begin();
  profile.set(lmsProfile(learner));
  for (const form of document.querySelectorAll<HTMLElement>('aga-profile')) form.hidden = true;
  status.textContent = `Connected to your learning system as ${learner.name} (ID ${learner.studentId}). Your result is reported to it when you submit.`;

  const saved = decodeSuspendData(session.get('cmi.suspend_data') ?? '', questionIds);
  if (saved === 'foreign') status.textContent += ' The learning system held saved answers this quiz cannot read, so the quiz starts fresh.';
  else if (saved !== 'empty' && saved.version === version) progress.set({ ...progress.get(), [moduleId]: saved });
  addEventListener('pagehide', () => session.finish());

  return {
    save(current) {
      let text = '';
      try {
        text = current ? encodeSuspendData(current, questionIds) : '';
      } catch (error) {
        onProblem({ call: 'saving your answers', code: 'size', text: (error as Error).message });
        return;
      }
      if (session.set('cmi.suspend_data', text)) session.commit();
    },
    submitted(result, recorded) {
      if (!session.active) {
        status.textContent = 'Your pass is already reported to your learning system; this attempt is not.';
        return;
      }
      const taken = session.report(result);
      if (result.passed) session.finish();
      status.textContent = taken
        ? `Your result was reported to your learning system: ${result.passed ? 'passed' : 'not passed'}, ${result.percent} %.`
        : 'Your learning system did not take all of your result: see the message above.';
      if (recorded) offerDownload(quiz);
    },
  };
}

/** A download of the signed records in the result, once: inside an LMS there is no My records page to export from. */
function offerDownload(quiz: HTMLElement): void {
  const result = quiz.querySelector('[data-result]');
  if (!result || result.querySelector('[data-lms-download]')) return;
  const p = document.createElement('p');
  p.dataset.lmsDownload = '';
  p.append('Keep a copy of your signed record: ');
  const button = Object.assign(document.createElement('button'), { type: 'button', textContent: 'Download signed record' });
  // The quiz's own export (hidden unless storage is memory-only) makes the file.
  button.addEventListener('click', () => quiz.querySelector<HTMLButtonElement>('[data-export-now]')?.click());
  p.append(button);
  result.querySelector('[data-retry]')?.before(p);
}
