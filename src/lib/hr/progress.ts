/** The import's progress in words: whole percent of the bytes read, of how many files. */
import { t, tn } from '../../i18n/hr';

/** "42% of 3 files"; never above 100%, and 0% for an empty batch. */
export function progressText(done: number, total: number, files: number): string {
  const percent = total > 0 ? Math.min(100, Math.floor((100 * done) / total)) : 0;
  return t('hr.progress', { percent, files: tn('hr.n.file', files) });
}
