/**
 * The one vocabulary of completion statuses: their ids, labels, tones and order. The learner's home
 * page, HR's roster, its filters and badges, and the CLI's CSV all take them from here, so "expired"
 * means the same thing, and ranks the same way, wherever it is shown.
 */
import { t } from '../../i18n';

/** Every completion status, best first: the order the roster ranks and sorts results in. */
export const COMPLETION_STATUSES = ['passed', 'passed-older', 'expired', 'failed', 'not-started'] as const;
export type CompletionStatus = (typeof COMPLETION_STATUSES)[number];

/** What each status is called on every page and in every export (the words are in src/i18n/en.ts). */
export const STATUS_LABEL = Object.fromEntries(COMPLETION_STATUSES.map((s) => [s, t(`status.${s}`)])) as Record<CompletionStatus, string>;

/** The badge tone of each status (the `badge--<tone>` classes of global.css); colour is never the only carrier. */
export const STATUS_TONE: Record<CompletionStatus, 'ok' | 'warn' | 'bad' | 'neutral'> = {
  passed: 'ok',
  'passed-older': 'warn',
  expired: 'warn',
  failed: 'bad',
  'not-started': 'neutral',
};

const RANK = new Map<CompletionStatus, number>(COMPLETION_STATUSES.map((s, i) => [s, i]));

/** Negative when `a` is the better status, positive when `b` is, 0 when they are the same. */
export function compareStatus(a: CompletionStatus, b: CompletionStatus): number {
  return RANK.get(a)! - RANK.get(b)!;
}

/** True for a status id this vocabulary knows (for values read from a form control or a URL). */
export function isCompletionStatus(value: string): value is CompletionStatus {
  return RANK.has(value as CompletionStatus);
}
