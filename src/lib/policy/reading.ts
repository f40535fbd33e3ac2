/**
 * How long the policy text has been visible: the clock behind "I have read and accept". Time only
 * counts while the page is visible, and a long gap between ticks (a sleeping laptop, a throttled
 * background tab) counts at most one tick's worth, so the button cannot be earned by waiting elsewhere.
 */
export class ReadingClock {
  private visibleMs = 0;
  private last: number | undefined;

  /** `maxStepMs`: the most one tick may add (ticks arrive about once a second). */
  constructor(private readonly maxStepMs = 1500) {}

  /** Accounts for the time since the last tick, if the page was visible for it; then remembers `nowMs`. */
  tick(nowMs: number, visible: boolean): void {
    if (this.last !== undefined && visible) this.visibleMs += Math.min(Math.max(0, nowMs - this.last), this.maxStepMs);
    this.last = visible ? nowMs : undefined;
  }

  /** Whole seconds of visible reading so far. */
  seconds(): number {
    return Math.floor(this.visibleMs / 1000);
  }

  /** Seconds still needed before `minSeconds` is reached (0 when reached). */
  remaining(minSeconds: number): number {
    return Math.max(0, minSeconds - this.seconds());
  }
}
