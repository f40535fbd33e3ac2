/** The import's progress bar and its words. */
import { progressText } from '../../lib/hr/progress';
import type { Ref } from './refs';

/** How often the bar and its words are drawn while an import runs: four times a second reads as moving. */
const DRAW_EVERY_MS = 250;

export class ProgressView {
  private files = 0;
  private done = 0;
  /** The pending draw's timer, 0 when none. */
  private frame = 0;
  private drawnAt = -Infinity;
  constructor(private readonly ref: Ref) {}

  /** Shows an import of `files` files begun. */
  start(files: number): void {
    this.files = files;
    const bar = this.ref<HTMLProgressElement>('progress-bar');
    bar.max = Math.max(files, 1);
    bar.value = 0;
    this.done = 0;
    this.draw();
    this.ref('progress').hidden = false;
  }

  /**
   * Shows `done` files (in fractions of a file) at the next frame, at most every DRAW_EVERY_MS:
   * the workers report about 30 times a second, and the main thread has their records to unpack meanwhile.
   */
  update(done: number): void {
    this.done = done;
    if (this.frame !== 0) return;
    const wait = Math.max(0, this.drawnAt + DRAW_EVERY_MS - performance.now());
    this.frame = window.setTimeout(() => requestAnimationFrame(() => this.draw()), wait);
  }

  private draw(): void {
    this.frame = 0;
    this.drawnAt = performance.now();
    this.ref<HTMLProgressElement>('progress-bar').value = this.done;
    this.ref('progress-text').textContent = progressText(this.done, this.files);
  }

  hide(): void {
    clearTimeout(this.frame);
    this.frame = 0;
    this.ref('progress').hidden = true;
  }
}
