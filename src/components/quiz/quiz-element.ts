import { allRecords, storageMode } from '../../browser/db';
import { gradeAnswers, scorePercent, type Answer } from '../../lib/quiz/grade';
import { drawQuestions, lastPresented } from '../../lib/quiz/draw';
import { unanswered, type Progress } from '../../lib/quiz/progress';
import { newSeed, quizOrder } from '../../lib/quiz/shuffle';
import { PACKAGE_ATTRIBUTE } from '../../lib/scorm/package-html';
import type { AnswerKey } from '../../schemas/lock';
import { profile, progress } from '../../stores/learner';
import type { LmsLink } from './scorm-link';
import { numberQuestions, showAnswered } from './numbering';
import type { QuizWords } from './quiz-words';
import { showUnanswered } from './unanswered-summary';

function el<T extends HTMLElement>(root: ParentNode, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`aga-quiz: missing ${selector}`);
  return found;
}

/** `aga-quiz`: enhances the server-rendered quiz form of one module (see Quiz.astro). */
class AgaQuiz extends HTMLElement {
  private moduleId = '';
  private version = '';
  private passMark = 100;
  private key: AnswerKey[] = [];
  /** Questions presented per attempt. */
  private draw = 0;
  private words = {} as QuizWords;
  private attemptNo = 1;
  private current: Progress | undefined;
  /** True while an attempt is being signed; true from its result until the next attempt starts. */
  private submitting = false;
  private submitted = false;
  /** The on-demand signing code, fetched on the first answer. */
  private signing: Promise<typeof import('../../browser/submit')> | undefined;
  /** The LMS, when the page runs inside a SCORM package and one is connected. */
  private lms: LmsLink | undefined;

  private get form() {
    return el<HTMLFormElement>(this, 'form');
  }

  /** Every question of the bank, presented in this attempt or not. */
  private allFieldsets(): HTMLFieldSetElement[] {
    return [...this.querySelectorAll<HTMLFieldSetElement>('fieldset[data-question]')];
  }

  /** The questions this attempt presents (render hides the others). */
  private fieldsets(): HTMLFieldSetElement[] {
    return this.allFieldsets().filter((f) => !f.hidden);
  }

  /** The answer key of the presented questions, in bank order: what the attempt is graded and signed with. */
  private presentedKey(): AnswerKey[] {
    const presented = new Set(this.current?.presented ?? this.key.map((k) => k.id));
    return this.key.filter((k) => presented.has(k.id));
  }

  async connectedCallback() {
    this.moduleId = this.dataset.module ?? '';
    this.version = this.dataset.version ?? '';
    this.passMark = Number(this.dataset.passMark);
    this.key = JSON.parse(this.dataset.key ?? '[]') as AnswerKey[];
    this.words = JSON.parse(this.dataset.words ?? '{}') as QuizWords;
    this.draw = Math.min(Number(this.dataset.draw) || this.key.length, this.key.length);
    this.form.addEventListener('change', () => {
      this.saveAnswers();
      // Fetch the signing code while the learner is still answering, so the submit does not wait for it.
      this.signing ??= import('../../browser/submit');
    });
    this.form.addEventListener('submit', (e) => {
      e.preventDefault();
      void this.submit();
    });
    el(this, '[data-retry]').addEventListener('click', () => void this.startAttempt(true));
    el(this, '[data-export-now]').addEventListener('click', () => void this.exportNow());
    if (document.documentElement.hasAttribute(PACKAGE_ATTRIBUTE)) {
      const { connectLms } = await import('./scorm-link');
      this.lms = connectLms(this, this.moduleId, this.version, this.key.map((k) => k.id));
    }
    await this.startAttempt(false);
  }

  /** Sets up an attempt: resumes saved answers of this version, else starts fresh. */
  private async startAttempt(fresh: boolean) {
    this.submitted = false;
    const rows = await allRecords();
    const previous = rows.filter((r) => r.moduleId === this.moduleId).length;
    this.attemptNo = previous + 1;
    const saved = progress.get()[this.moduleId];
    const bank = this.key.map((k) => k.id);
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
    const attempt = this.current!;
    const presented = new Set(attempt.presented ?? this.key.map((k) => k.id));
    const sets = this.allFieldsets();
    const byId = new Map(sets.map((f) => [f.dataset.question!, f]));
    const bankOrder = this.key.map((k) => byId.get(k.id)!);
    const order = quizOrder(
      bankOrder.map((f) => f.querySelectorAll('input').length),
      attempt.seed,
      this.key.map((k) => k.type === 'true-false'),
    );
    const list = el(this, '[data-questions]');
    list.append(...order.questions.map((qi) => bankOrder[qi]!));
    bankOrder.forEach((f, qi) => {
      const options = el(f, '[data-options]');
      const labels = [...options.querySelectorAll('label')];
      const byValue = new Map(labels.map((l) => [Number(l.querySelector('input')!.value), l]));
      options.append(...order.options[qi]!.map((oi) => byValue.get(oi)!));
      const chosen = new Set(attempt.answers[f.dataset.question!] ?? []);
      // A question not drawn for this attempt is neither shown nor answered nor signed.
      f.hidden = !presented.has(f.dataset.question!);
      for (const input of f.querySelectorAll('input')) {
        input.checked = chosen.has(Number(input.value));
        input.disabled = f.hidden;
      }
      delete f.dataset.right;
      el(f, '[data-feedback]').hidden = true;
      el(f, '[data-missing]').hidden = true;
    });
    numberQuestions(this.words, this.fieldsets());
    showAnswered(this.words, el(this, '[data-answered]'), this.fieldsets());
    el(this, '[data-attempt]').textContent = `Attempt ${this.attemptNo}`;
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
    let signing: typeof import('../../browser/submit') | undefined;
    let notReady: string | undefined;
    try {
      signing = await (this.signing ??= import('../../browser/submit'));
      notReady = await signing.detailsProblem(learner);
    } catch (error) {
      this.signing = undefined;
      notReady = `Your result could not be signed: ${(error as Error).message}. Check your connection and submit again; your answers are kept.`;
    } finally {
      this.submitting = false;
    }
    if (notReady || !signing) {
      this.showError(notReady ?? 'Your result could not be signed. Submit again; your answers are kept.', document.querySelector<HTMLElement>('aga-profile input, aga-sso-profile [data-sign-in]'));
      return;
    }
    el(this, '[data-errors]').hidden = true;
    const key = this.presentedKey();
    const list: Answer[] = key.map((k) => ({ q: k.id, selected: answers[k.id] ?? [] }));
    const grade = gradeAnswers(key, list, this.passMark);
    const submitButton = el<HTMLButtonElement>(this, '[data-submit]');
    submitButton.disabled = true;
    this.submitting = true;
    el(this, '[data-busy]').textContent = 'Signing your result…';
    let recordText = '';
    let recordProblem = '';
    try {
      const { submitAttempt } = signing;
      const { payload } = await submitAttempt({ moduleId: this.moduleId, version: this.version, profile: learner, startedAt: this.current!.startedAt, answers: list, presented: key.map((k) => k.id) });
      this.attemptNo = payload.attempt.n;
      recordText = grade.passed
        ? 'Your signed record is saved in this browser. Export it from My records and send the file to HR.'
        : 'This attempt is saved in this browser as a signed record, but it is not a pass yet: read the sections marked below and try again.';
    } catch (error) {
      recordProblem = error instanceof Error && error.name === 'SubmitError' ? error.message : `Your result could not be signed and saved: ${error instanceof Error ? error.message : String(error)}.`;
    } finally {
      submitButton.disabled = false;
      this.submitting = false;
    }
    this.submitted = true;
    // A result that was not recorded stays in progress, so a reload can submit it again.
    if (!recordProblem) this.clearProgress();
    this.showResult(grade.correct, grade.total, grade.passed, grade.perQuestion, recordText, recordProblem);
    this.lms?.submitted({ percent: scorePercent(grade.correct, grade.total), passed: grade.passed }, !recordProblem);
  }

  private showResult(correct: number, total: number, passed: boolean, perQuestion: boolean[], recordText: string, recordProblem: string) {
    const key = this.presentedKey();
    this.fieldsets().forEach((f) => {
      const qi = key.findIndex((k) => k.id === f.dataset.question);
      const right = perQuestion[qi] ?? false;
      f.dataset.right = String(right);
      const labels = [...f.querySelectorAll('label')];
      const rightTexts = (key[qi]?.correct ?? []).map((i) => labels.find((l) => Number(l.querySelector('input')!.value) === i)?.textContent?.trim() ?? '');
      el(f, '[data-verdict]').textContent = right ? 'Right.' : `Wrong. The right ${rightTexts.length > 1 ? 'answers are' : 'answer is'}: ${rightTexts.join('; ')}.`;
      el(f, '[data-feedback]').hidden = false;
      for (const input of f.querySelectorAll('input')) input.disabled = true;
    });
    el(this, '[data-submit]').hidden = true;
    el(this, '[data-answered]').hidden = true;
    el(this, '[data-busy]').textContent = '';
    const result = el(this, '[data-result]');
    result.dataset.passed = String(passed);
    el(this, '[data-verdict-text]').textContent = passed ? 'Passed' : 'Not passed';
    const percent = scorePercent(correct, total);
    el(this, '[data-score]').textContent = `Attempt ${this.attemptNo}: ${correct} of ${total} questions right (${percent} %). The pass mark is ${this.passMark} %.`;
    el(this, '[data-record-status]').textContent = recordText;
    const problem = el(this, '[data-record-problem]');
    problem.textContent = recordProblem;
    problem.hidden = !recordProblem;
    // Without IndexedDB the records live only in this page: offer the export right here.
    el(this, '[data-export-now-wrap]').hidden = storageMode.get() !== 'memory' || !!recordProblem;
    result.hidden = false;
    result.focus();
  }

  private async exportNow() {
    const { exportBundle } = await import('../../browser/exports');
    el(this, '[data-export-now-status]').textContent = await exportBundle(await allRecords(), profile.get()?.employeeId ?? 'unknown');
  }
}
customElements.define('aga-quiz', AgaQuiz);
