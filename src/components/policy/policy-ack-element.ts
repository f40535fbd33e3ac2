import { t, tn } from '../../i18n/policy';
import { ReadingClock } from '../../lib/policy/reading';
import { isoDate } from '../../lib/quiz/module-status';
import { profile } from '../../stores/learner';
import { el } from '../../browser/find';


/**
 * `aga-policy-ack`: counts the seconds the policy is visible, enables the accept button at the
 * version's minimum, and signs the acknowledgement (loaded on demand) with the learner's details.
 */
class AgaPolicyAck extends HTMLElement {
  private readonly clock = new ReadingClock();
  private timer: number | undefined;

  async connectedCallback() {
    const version = this.dataset.version!;
    const min = Number(this.dataset.minSeconds);
    const { storedAcknowledgements } = await import('../../browser/acknowledgements');
    const done = (await storedAcknowledgements()).find((a) => a.version === version);
    if (done) {
      this.showDone(version, done.acknowledgedAt, false);
      return;
    }
    el(this, '[data-ack-button]').addEventListener('click', () => void this.accept(version));
    const tick = () => {
      this.clock.tick(performance.now(), document.visibilityState === 'visible');
      this.render(min);
    };
    tick();
    this.timer = window.setInterval(tick, 1000);
    document.addEventListener('visibilitychange', tick);
  }

  disconnectedCallback() {
    window.clearInterval(this.timer);
  }

  private render(min: number) {
    const left = this.clock.remaining(min);
    const button = el<HTMLButtonElement>(this, '[data-ack-button]');
    const countdown = el(this, '[data-ack-countdown]');
    if (left > 0) {
      countdown.textContent = tn('ack.countdown', left, { paused: document.visibilityState === 'visible' ? '' : t('ack.paused') });
      return;
    }
    if (button.disabled) {
      button.disabled = false;
      countdown.textContent = '';
      // Said once, when it changes, rather than every second.
      el(this, '[data-ack-status]').textContent = t('ack.ready');
      window.clearInterval(this.timer);
    }
  }

  private async accept(version: string) {
    const error = el(this, '[data-ack-error]');
    error.hidden = true;
    const learner = profile.get();
    if (!learner) {
      error.textContent = t('ack.no-profile');
      error.hidden = false;
      document.querySelector<HTMLInputElement>('aga-profile input')?.focus();
      return;
    }
    const button = el<HTMLButtonElement>(this, '[data-ack-button]');
    button.disabled = true;
    el(this, '[data-ack-status]').textContent = t('ack.signing');
    try {
      const { acknowledgePolicy } = await import('../../browser/acknowledge');
      const stored = await acknowledgePolicy({ version, profile: learner, readingSeconds: this.clock.seconds() });
      this.showDone(version, stored.acknowledgedAt, true);
    } catch (e) {
      el(this, '[data-ack-status]').textContent = '';
      error.textContent = e instanceof Error ? e.message : String(e);
      error.hidden = false;
      button.disabled = false;
    }
  }

  private showDone(version: string, at: string, now: boolean) {
    el(this, '[data-ack-button]').hidden = true;
    el(this, '[data-ack-countdown]').textContent = '';
    el(this, '[data-ack-intro]').textContent = t('ack.done', { version, date: isoDate(at) });
    if (now) el(this, '[data-ack-status]').textContent = t('ack.accepted', { version });
  }
}
if (!customElements.get('aga-policy-ack')) customElements.define('aga-policy-ack', AgaPolicyAck);
