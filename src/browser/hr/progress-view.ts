/** The import's progress bar and its words. */
import { progressText } from '../../lib/hr/progress';
import type { Ref } from './refs';

export class ProgressView {
  private total = 1;
  private files = 0;
  constructor(private readonly ref: Ref) {}

  start(totalBytes: number, files: number): void {
    this.total = Math.max(totalBytes, 1);
    this.files = files;
    const bar = this.ref<HTMLProgressElement>('progress-bar');
    bar.max = this.total;
    bar.value = 0;
    this.update(0);
    this.ref('progress').hidden = false;
  }

  update(done: number): void {
    this.ref<HTMLProgressElement>('progress-bar').value = done;
    this.ref('progress-text').textContent = progressText(done, this.total, this.files);
  }

  hide(): void {
    this.ref('progress').hidden = true;
  }
}
