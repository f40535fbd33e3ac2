/** What the HR page says about keeping the session on this computer. */
import { t, tn } from '../../i18n/hr';

export const KEPT_WHERE = t('hr.kept.where');

export function keptText(files: number, hasList: boolean): string {
  const what = tn('hr.kept.files', files, { list: hasList ? t('hr.kept.and-list') : '' });
  return t('hr.kept', { what, where: KEPT_WHERE });
}

export function notKeptText(why: string): string {
  return t('hr.not-kept', { why });
}

export function restoredText(savedAt: string): string {
  return t('hr.restored', { date: savedAt.slice(0, 10), time: savedAt.slice(11, 16) });
}
