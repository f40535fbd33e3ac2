/** Wires the file input, the folder input and the drop box to one import callback. */
import { BUSY_DROP_TEXT } from '../../lib/hr/status-text';
import { pickedFromDrop, pickedFromInput, type Picked } from './intake';
import type { Ref } from './refs';

export interface IntakeHandlers {
  onPicked(picked: Picked[]): void;
  isReady(): boolean;
  status(text: string): void;
}

export function wireIntake(ref: Ref, h: IntakeHandlers): void {
  for (const input of [ref<HTMLInputElement>('files'), ref<HTMLInputElement>('folder')]) {
    input.addEventListener('change', () => {
      const picked = pickedFromInput(input.files);
      // Cleared so that choosing the same file again fires `change` (and is reported as a duplicate).
      input.value = '';
      h.onPicked(picked);
    });
  }
  const drop = ref('drop');
  drop.addEventListener('dragover', (e) => {
    e.preventDefault();
    if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    drop.classList.add('is-over');
  });
  drop.addEventListener('dragleave', () => drop.classList.remove('is-over'));
  drop.addEventListener('drop', (e) => {
    e.preventDefault();
    drop.classList.remove('is-over');
    if (!e.dataTransfer) return;
    if (!h.isReady()) {
      h.status(BUSY_DROP_TEXT);
      return;
    }
    void pickedFromDrop(e.dataTransfer).then((picked) => h.onPicked(picked));
  });
  // A drop that misses the box must not make the browser open the file in place of this page.
  for (const type of ['dragover', 'drop'] as const) {
    window.addEventListener(type, (e) => {
      if (!drop.contains(e.target as Node)) e.preventDefault();
    });
  }
}
