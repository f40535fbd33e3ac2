/**
 * One SCO session over the SCORM 1.2 API: every call is followed by `LMSGetLastError`, and a
 * refusal becomes an LmsProblem in plain words (errors.ts), handed to `onProblem` as it happens.
 * Pure: the API is passed in, the clock too.
 */
import type { Scorm12Api } from './api';
import { describeCode, type LmsProblem } from './errors';

/** What the quiz reports on submit. */
export interface ScormResult {
  /** Score in percent, 0-100, rounded down as the quiz shows it. */
  percent: number;
  passed: boolean;
}

/** `HHHH:MM:SS.SS`, the SCORM 1.2 CMITimespan, from milliseconds (capped at 9999 hours). */
export function sessionTime(ms: number): string {
  const cs = Math.max(0, Math.min(Math.round(ms / 10), 9999 * 360000 + 359999));
  const h = Math.floor(cs / 360000);
  const m = Math.floor((cs % 360000) / 6000);
  const s = Math.floor((cs % 6000) / 100);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${String(h).padStart(4, '0')}:${two(m)}:${two(s)}.${two(cs % 100)}`;
}

/** SCORM 1.2 names the learner "Last, First"; shown and signed as "First Last". Other forms stay as they are. */
export function displayName(studentName: string): string {
  const parts = studentName.split(',').map((s) => s.trim());
  return parts.length === 2 && parts[0] && parts[1] ? `${parts[1]} ${parts[0]}` : studentName.trim();
}

/**
 * The domain of the e-mail a record carries when the LMS gives none (SCORM 1.2 has no e-mail element)
 * and the id is not one: `<id>@lms.invalid`. `.invalid` is reserved (RFC 2606), so it can never reach
 * anyone, yet the record keeps the form's e-mail rule and verifies; exports leave it out.
 */
export const LMS_NO_EMAIL_DOMAIN = 'lms.invalid';

/** True for the placeholder e-mail of a learner whose LMS gave none. */
export function isLmsPlaceholderEmail(email: string): boolean {
  return email.endsWith(`@${LMS_NO_EMAIL_DOMAIN}`);
}

/** The learner's details from the LMS's name and id: the id is the employee ID, and the e-mail when it is one. */
export function lmsProfile(learner: { name: string; studentId: string }): { name: string; email: string; employeeId: string } {
  const email = /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(learner.studentId) ? learner.studentId : `${learner.studentId.replace(/[^A-Za-z0-9_+-]/g, '-') || 'learner'}@${LMS_NO_EMAIL_DOMAIN}`;
  return { name: learner.name, email, employeeId: learner.studentId };
}

export class ScormSession {
  private started = false;
  private finished = false;
  private readonly startedAt: number;

  constructor(
    private readonly api: Scorm12Api,
    private readonly onProblem: (problem: LmsProblem) => void,
    private readonly now: () => number = Date.now,
  ) {
    this.startedAt = now();
  }

  /** True between a successful LMSInitialize and LMSFinish. */
  get active(): boolean {
    return this.started && !this.finished;
  }

  /** Reads the last error after a call; reports it unless it is "0" and the call did not answer "false". */
  private checked(call: string, element: string | undefined, answer: string): boolean {
    let code = '0';
    try {
      code = String(this.api.LMSGetLastError() ?? '0').trim() || '0';
    } catch {
      code = '101';
    }
    if (code === '0' && answer !== 'false') return true;
    if (code === '0') code = '101';
    const safe = (f: () => string) => {
      try {
        return String(f() ?? '');
      } catch {
        return '';
      }
    };
    const text = describeCode(code, safe(() => this.api.LMSGetErrorString(code)), safe(() => this.api.LMSGetDiagnostic(code)));
    this.onProblem({ call, ...(element === undefined ? {} : { element }), code, text });
    return false;
  }

  private call(call: string, element: string | undefined, run: () => string): { ok: boolean; value: string } {
    // Before LMSInitialize succeeded or after LMSFinish the LMS would only answer error 301: nothing is asked.
    if (call !== 'LMSInitialize' && !this.active) return { ok: false, value: '' };
    let value: string;
    try {
      value = String(run() ?? '');
    } catch {
      // An LMS whose API throws is treated like one that answered "false" with a general error.
      value = 'false';
    }
    return { ok: this.checked(call, element, value), value };
  }

  /** LMSInitialize(""); false when the LMS refuses (the refusal is reported). */
  initialize(): boolean {
    this.started = this.call('LMSInitialize', undefined, () => this.api.LMSInitialize('')).ok;
    return this.started;
  }

  /** LMSGetValue, or undefined when the LMS refuses. */
  get(element: string): string | undefined {
    const r = this.call('LMSGetValue', element, () => this.api.LMSGetValue(element));
    return r.ok ? r.value : undefined;
  }

  set(element: string, value: string): boolean {
    return this.call('LMSSetValue', element, () => this.api.LMSSetValue(element, value)).ok;
  }

  commit(): boolean {
    return this.call('LMSCommit', undefined, () => this.api.LMSCommit('')).ok;
  }

  /** Sets the session time, commits and finishes, once; later calls do nothing. */
  finish(): boolean {
    if (!this.active) return false;
    this.set('cmi.core.session_time', sessionTime(this.now() - this.startedAt));
    this.commit();
    const ok = this.call('LMSFinish', undefined, () => this.api.LMSFinish('')).ok;
    this.finished = true;
    return ok;
  }

  /** The learner as the LMS knows them: "First Last" and the LMS's student id; undefined if either is missing. */
  learner(): { name: string; studentId: string } | undefined {
    const name = displayName(this.get('cmi.core.student_name') ?? '');
    const studentId = (this.get('cmi.core.student_id') ?? '').trim();
    return name && studentId ? { name, studentId } : undefined;
  }

  /** Marks a first launch as begun: `not attempted` becomes `incomplete`, so the LMS shows the course as started. */
  begin(): void {
    if (this.get('cmi.core.lesson_status') === 'not attempted') this.set('cmi.core.lesson_status', 'incomplete');
  }

  /**
   * Reports a submitted attempt: score raw (percent) with min 0 and max 100, lesson status passed or
   * failed, exit "suspend" after a fail (the learner comes back to try again) and "" after a pass;
   * then commits. True when the LMS took all of it.
   */
  report(result: ScormResult): boolean {
    const ok = [
      this.set('cmi.core.score.min', '0'),
      this.set('cmi.core.score.max', '100'),
      this.set('cmi.core.score.raw', String(Math.max(0, Math.min(100, Math.floor(result.percent))))),
      this.set('cmi.core.lesson_status', result.passed ? 'passed' : 'failed'),
      this.set('cmi.core.exit', result.passed ? '' : 'suspend'),
      this.set('cmi.core.session_time', sessionTime(this.now() - this.startedAt)),
    ].every(Boolean);
    return this.commit() && ok;
  }
}
