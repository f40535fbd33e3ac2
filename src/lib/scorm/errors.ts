import { t } from '../../i18n/scorm';

/** SCORM 1.2 error codes (the run-time environment's `LMSGetLastError`) in plain words. */
export const SCORM_ERRORS: Readonly<Record<string, string>> = Object.fromEntries(
  (['101', '201', '202', '203', '301', '401', '402', '403', '404', '405'] as const).map((code) => [code, t(`scorm.${code}`)]),
);

/** One refusal by the LMS: which call, on what, the error code and its plain words. */
export interface LmsProblem {
  call: string;
  element?: string;
  code: string;
  /** Plain words for the code (ours), then what the LMS says about it when it says anything. */
  text: string;
}

/** A problem as one sentence for the learner. */
export function problemText(p: LmsProblem): string {
  const what = p.element ? t('scorm.call-of', { call: p.call, element: p.element }) : p.call;
  return t('scorm.refused', { what, text: p.text, code: p.code });
}

/** Plain words for a code, with the LMS's own description and diagnostic appended when it gives them. */
export function describeCode(code: string, lmsText: string, diagnostic: string): string {
  const ours = SCORM_ERRORS[code] ?? t('scorm.unknown');
  const extra = [lmsText, diagnostic].map((s) => s.trim()).filter((s, i, all) => s !== '' && all.indexOf(s) === i && s.toLowerCase() !== ours);
  return extra.length > 0 ? t('scorm.it-says', { ours, extra: extra.join(' / ') }) : ours;
}
