/** The import's progress in words: whole percent of the files checked, of how many files. */
import { t, tn } from '../../i18n/hr';

/** "42% of 3 files" for `done` files (fractions count: a large file's records as they are checked); never above 100%, 0% for no files. */
export function progressText(done: number, files: number): string {
  const percent = files > 0 ? Math.min(100, Math.floor((100 * done) / files)) : 0;
  return t('hr.progress', { percent, files: tn('hr.n.file', files) });
}
