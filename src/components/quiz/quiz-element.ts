import { allRecords, storageMode, type RecordRow } from '../../browser/db';
import { el } from '../../browser/find';
import type { Answer } from '../../lib/quiz/grade';
import { drawQuestions, lastPresented } from '../../lib/quiz/draw';
import { unanswered, type Progress } from '../../lib/quiz/progress';
import { newSeed } from '../../lib/quiz/shuffle';
import { PACKAGE_ATTRIBUTE } from '../../lib/scorm/package-html';
import type { QuizFeedback } from '../../schemas/feedback';
import { profile, progress } from '../../stores/learner';
import type { LmsLink } from './scorm-link';
import { arrangeAttempt } from './arrange';
import { loadForm } from './load-form';
import { numberQuestions, showAnswered } from './numbering';
import { fill, type QuizWords } from './quiz-words';
import { showUnanswered } from './unanswered-summary';

/** `aga-quiz`: fetches the quiz form of one module and runs its attempts (see Quiz.astro). */
class AgaQuiz extends HTMLElement {
  private moduleId = '';
  private version = '';
  private passMark = 100;
  /** The bank's question ids, in bank order (the form's authored order, before an attempt moves them). */
  private bank: string[] = [];
  /** Questions presented per attempt. */
  private draw = 0;
  private words = {} as QuizWords;
  private attemptNo = 1;
  private current: Progress | undefined;
  /** True while an attempt is being signed; true from its result until the next attempt starts. */
  private submitting = false;
  private submitted = false;
  /** The stored records of this device, as of the attempt's start. */
  private rows: RecordRow[] = [];
  /** The on-demand signing code and result view, fetched on the first answer. */
  private signing: Promise<[typeof import('../../browser/submit'), typeof import('./result-view')]> | undefined;
  /** The LMS, when the page runs inside a SCORM package and one is connected. */
  private lms: LmsLink | undefined;

  private get form() {
    return el<HTMLFormElement>(this, 'form.quiz');
  }

  /** Every question of the bank, presented in this attempt or not. */
  private allFieldsets(): HTMLFieldSetElement[] {
    return [...this.querySelectorAll<HTMLFieldSetElement>('fieldset[data-question]')];
  }

  /** The questions this attempt presents (render hides the others). */
  private fieldsets(): HTMLFieldSetElement[] {
    return this.allFieldsets().filter((f) => !f.hidden);
  }

  async connectedCallback() {
    // Once per element: moved in the document, it would fetch again (its preload links are gone by then) and listen twice.
    if (this.moduleId) return;
    this.moduleId = this.dataset.module ?? '';
    this.version = this.dataset.version ?? '';
    this.passMark = Number(this.dataset.passMark);
    if (!(await loadForm(this))) return;
    this.words = JSON.parse(this.form.dataset.words ?? '{}') as QuizWords;
    this.bank = this.allFieldsets().map((f) => f.dataset.question!);
    this.draw = Math.min(Number(this.dataset.draw) || this.bank.length, this.bank.length);
    this.form.addEventListener('change', () => {
      this.saveAnswers();
      // Fetch the signing code while the learner is still answering, so the submit does not wait for it.
      this.loadSigning();
    });
    this.form.addEventListener('submit', (e) => {
      e.preventDefault();
      void this.submit();
    });
    el(this, '[data-retry]').addEventListener('click', () => void this.startAttempt(true));
    el(this, '[data-again]').addEventListener('click', () => this.showForm(true));
    el(this, '[data-export-now]').addEventListener('click', () => void this.exportNow());
    const inPackage = document.documentElement.hasAttribute(PACKAGE_ATTRIBUTE);
    if (inPackage) {
      const { connectLms } = await import('./scorm-link');
      this.lms = connectLms(this, this.moduleId, this.version, this.bank);
    }
    this.rows = await allRecords();
    // Inside an LMS package the LMS keeps the learner's status, and the site's other pages are not there.
    if (!inPackage) await this.showDone();
    await this.startAttempt(false);
  }

  private loadSigning() {
    // The answer key and the explanations come with it, fetched once the view's code is here.
    return (this.signing ??= Promise.all([import('../../browser/submit'), import('./result-view').then((view) => (void view.loadFeedback(this.moduleId), view))]));
  }

  /** A module passed at this version, still valid, shows that first; another attempt is the learner's choice. */
  private async showDone() {
    // Only a learner with a pass of this version loads the code that dates it.
    if (!this.rows.some((r) => r.moduleId === this.moduleId && r.summary.version === this.version && r.summary.passed)) return;
    const module = { id: this.moduleId, version: this.version, retrainMonths: Number(this.dataset.retrainMonths) };
    try {
      const { showPassed } = await import('./done-view');
      if (showPassed(el(this, '[data-done]'), this.rows, module, this.words.passedOn)) this.showForm(false);
    } catch {
      // Without that code (the connection dropped) the quiz shows as for a first attempt.
    }
  }

  /** Shows the quiz form (and hides the "passed" panel), or hides it behind that panel. */
  private showForm(show: boolean) {
    el(this, '[data-done]').hidden = show;
    this.form.hidden = !show;
    if (show) this.fieldsets()[0]?.querySelector('input')?.focus();
  }

  /** Sets up an attempt: resumes saved answers of this version, else starts fresh. */
  private async startAttempt(fresh: boolean) {
    this.submitted = false;
    const rows = (this.rows = await allRecords());
    const previous = rows.filter((r) => r.moduleId === this.moduleId).length;
    this.attemptNo = previous + 1;
    const saved = progress.get()[this.moduleId];
    const bank = this.bank;
    if (fresh || !saved || saved.version !== this.version) {
      this.clearProgress();
      // The first attempt keeps the authored order unless the bank draws; later ones are shuffled with a recorded seed.
      const pooled = this.draw < bank.length;
      const seed = previous === 0 && !pooled ? 0 : newSeed();
      const presented = drawQuestions(bank, this.draw, seed, lastPresented(rows.map((r) => ({ moduleId: r.moduleId, n: r.summary.n, presented: r.summary.presented })), this.moduleId));
      this.current = { version: this.version, seed, startedAt: new Date().toISOString(), answers: {}, presented };
    } else {
      // Progress saved before draws were recorded presented every question.
      const presented = saved.presented?.filter((q) => bank.includes(q));
      this.current = { ...saved, presented: presented?.length === this.draw ? presented : drawQuestions(bank, this.draw, saved.seed) };
    }
    this.render();
    if (fresh) this.fieldsets()[0]?.querySelector('input')?.focus();
  }

  /** Shows the current attempt: order, checked boxes, no feedback. */
  private render() {
    arrangeAttempt(this, this.bank, this.current!);
    numberQuestions(this.words, this.fieldsets());
    showAnswered(this.words, el(this, '[data-answered]'), this.fieldsets());
    el(this, '[data-attempt]').textContent = fill(this.words.attempt, { n: this.attemptNo });
    el(this, '[data-errors]').hidden = true;
    el(this, '[data-submit]').hidden = false;
    el(this, '[data-busy]').textContent = '';
    el(this, '[data-result]').hidden = true;
  }

  /** Answers as the form shows them now, by question id, in authored indices. */
  private answers(): Record<string, number[]> {
    const out: Record<string, number[]> = {};
    for (const f of this.fieldsets()) {
      out[f.dataset.question!] = [...f.querySelectorAll<HTMLInputElement>('input:checked')].map((i) => Number(i.value)).sort((a, b) => a - b);
    }
    return out;
  }

  private saveAnswers() {
    if (!this.current) return;
    this.current = { ...this.current, answers: this.answers() };
    progress.set({ ...progress.get(), [this.moduleId]: this.current });
    this.lms?.save(this.current);
    for (const f of this.fieldsets()) if (f.querySelector('input:checked')) el(f, '[data-missing]').hidden = true;
    showAnswered(this.words, el(this, '[data-answered]'), this.fieldsets());
  }

  private clearProgress() {
    const { [this.moduleId]: _dropped, ...rest } = progress.get();
    progress.set(rest);
    this.lms?.save(undefined);
  }

  private showError(text: string, focus: HTMLElement | null) {
    const box = el(this, '[data-errors]');
    box.textContent = text;
    box.hidden = false;
    focus?.focus();
  }

  private async submit() {
    // One submission per attempt: a second click or Enter while signing, or after the result, does nothing.
    if (this.submitting || this.submitted) return;
    const answers = this.answers();
    const shown = this.fieldsets();
    const missing = unanswered(shown.map((f) => f.dataset.question!), answers);
    for (const f of shown) el(f, '[data-missing]').hidden = !missing.includes(f.dataset.question!);
    if (missing.length > 0) {
      showUnanswered(this.words, el(this, '[data-errors]'), shown, missing);
      return;
    }
    const learner = profile.get();
    // Without details (or, with single sign-on, without a sign-in) nothing is graded or shown yet.
    this.submitting = true;
    let loaded: Awaited<ReturnType<AgaQuiz['loadSigning']>> | undefined;
    let feedback: QuizFeedback | undefined;
    let notReady: string | undefined;
    try {
      loaded = await this.loadSigning();
      notReady = await loaded[0].detailsProblem(learner);
      // Without the answer key nothing can be graded: said like a signing failure, and the next submit fetches it again.
      if (notReady === undefined) feedback = await loaded[1].loadFeedback(this.moduleId);
    } catch (error) {
      this.signing = undefined;
      notReady = fill(this.words.signFailed, { message: (error as Error).message });
    } finally {
      this.submitting = false;
    }
    if (notReady !== undefined || !loaded || !feedback) {
      this.showError(notReady ?? '', document.querySelector<HTMLElement>('aga-profile input, aga-sso-profile [data-sign-in]'));
      return;
    }
    const [{ submitAttempt }, { gradeAnswers, scorePercent, showResult }] = loaded;
    el(this, '[data-errors]').hidden = true;
    // The presented questions of the module's answer key, in bank order: what the attempt is graded and signed with.
    const presented = new Set(this.current?.presented ?? this.bank);
    const key = feedback.key.filter((k) => presented.has(k.id));
    const list: Answer[] = key.map((k) => ({ q: k.id, selected: answers[k.id] ?? [] }));
    const grade = gradeAnswers(key, list, this.passMark);
    const submitButton = el<HTMLButtonElement>(this, '[data-submit]');
    submitButton.disabled = true;
    this.submitting = true;
    el(this, '[data-busy]').textContent = this.words.signing;
    let recordId: string | undefined;
    let problem: string | undefined;
    try {
      const { payload } = await submitAttempt({ moduleId: this.moduleId, version: this.version, profile: learner, startedAt: this.current!.startedAt, answers: list, presented: key.map((k) => k.id) });
      this.attemptNo = payload.attempt.n;
      recordId = payload.recordId;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      problem = error instanceof Error && error.name === 'SubmitError' ? message : fill(this.words.saveFailed, { message });
    } finally {
      submitButton.disabled = false;
      this.submitting = false;
    }
    this.submitted = true;
    // A result that was not recorded stays in progress, so a reload can submit it again.
    if (!problem) this.clearProgress();
    el(this, '[data-submit]').hidden = true;
    el(this, '[data-answered]').hidden = true;
    el(this, '[data-busy]').textContent = '';
    showResult(this, { shown, key, grade, feedback, attemptNo: this.attemptNo, recordId, problem, memoryOnly: storageMode.get() === 'memory', inPackage: document.documentElement.hasAttribute(PACKAGE_ATTRIBUTE) });
    this.lms?.submitted({ percent: scorePercent(grade.correct, grade.total), passed: grade.passed }, !problem);
  }

  private async exportNow() {
    const { exportBundle } = await import('../../browser/exports');
    el(this, '[data-export-now-status]').textContent = await exportBundle(await allRecords(), profile.get()?.employeeId ?? 'unknown');
  }
}
customElements.define('aga-quiz', AgaQuiz);
