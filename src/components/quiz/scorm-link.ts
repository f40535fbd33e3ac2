/**
 * The quiz's link to an LMS when the page runs inside a SCORM 1.2 package (loaded with import()
 * only there). Finds the API, starts the session, takes the learner from the LMS (the details form
 * is hidden), keeps answers in progress in cmi.suspend_data, reports the result and finishes.
 * Without an API, or when the LMS refuses to start, it says so and the page works as on the site.
 */
import { t } from '../../i18n/scorm';
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
  const alert = box(status, 'notice', 'alert');
  alert.classList.add('notice--bad');
  alert.hidden = true;
  const problems: string[] = [];
  const onProblem = (p: LmsProblem) => {
    problems.push(problemText(p));
    alert.replaceChildren(...problems.map((text) => Object.assign(document.createElement('p'), { textContent: text })));
    alert.hidden = false;
  };
  const api = findScormApi(window);
  if (!api) {
    status.textContent = t('scorm.no-api', { notReported: t('scorm.not-reported') });
    return undefined;
  }
  const session = new ScormSession(api, onProblem);
  if (!session.initialize()) {
    status.textContent = t('scorm.not-started', { notReported: t('scorm.not-reported') });
    return undefined;
  }
  const learner = session.learner();
  if (!learner) {
    status.textContent = t('scorm.no-learner', { notReported: t('scorm.not-reported') });
    session.finish();
    return undefined;
  }
  session.begin();
  profile.set(lmsProfile(learner));
  for (const form of document.querySelectorAll<HTMLElement>('aga-profile')) form.hidden = true;
  status.textContent = t('scorm.connected', { name: learner.name, id: learner.studentId });

  const saved = decodeSuspendData(session.get('cmi.suspend_data') ?? '', questionIds);
  if (saved === 'foreign') status.textContent += ` ${t('scorm.foreign')}`;
  else if (saved !== 'empty' && saved.version === version) progress.set({ ...progress.get(), [moduleId]: saved });
  addEventListener('pagehide', () => session.finish());

  return {
    save(current) {
      let text = '';
      try {
        text = current ? encodeSuspendData(current, questionIds) : '';
      } catch (error) {
        onProblem({ call: t('scorm.saving'), code: 'size', text: (error as Error).message });
        return;
      }
      if (session.set('cmi.suspend_data', text)) session.commit();
    },
    submitted(result, recorded) {
      if (!session.active) {
        status.textContent = t('scorm.already-passed');
        return;
      }
      const taken = session.report(result);
      if (result.passed) session.finish();
      status.textContent = taken
        ? t('scorm.reported', { outcome: t(result.passed ? 'scorm.passed' : 'scorm.not-passed'), percent: String(result.percent) })
        : t('scorm.not-taken');
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
  p.append(`${t('scorm.keep-copy')} `);
  const button = Object.assign(document.createElement('button'), { type: 'button', textContent: t('scorm.download') });
  // The quiz's own export (hidden unless storage is memory-only) makes the file.
  button.addEventListener('click', () => quiz.querySelector<HTMLButtonElement>('[data-export-now]')?.click());
  p.append(button);
  result.querySelector('[data-retry]')?.before(p);
}
