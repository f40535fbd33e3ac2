import { t } from '../i18n/storage';
import { persistentAtom } from '@nanostores/persistent';
import { PROFILE_KEY, PROGRESS_KEY, parseProfile, parseProgress, type ProgressMap, type StoredProfile } from '../lib/quiz/progress';
import { reportProblem } from './notices';

/** Removes a stored value that could not be read, so the next load starts clean. */
function discard(key: string): void {
  try {
    localStorage.removeItem(key);
  } catch {
    // Storage that cannot be written either is reported by the caller's message already.
  }
}

/** The learner's details (Name, Work email, Employee ID), or null before they gave them. */
export const profile = persistentAtom<StoredProfile | null>(PROFILE_KEY, null, {
  encode: (value) => (value === null ? (undefined as unknown as string) : JSON.stringify(value)),
  decode: (text) => {
    const value = parseProfile(text);
    if (value) return value;
    discard(PROFILE_KEY);
    reportProblem(t('storage.profile-reset'));
    return null;
  },
});

/** Answers in progress, by module id. */
export const progress = persistentAtom<ProgressMap>(PROGRESS_KEY, {}, {
  encode: JSON.stringify,
  decode: (text) => {
    const value = parseProgress(text);
    if (value) return value;
    discard(PROGRESS_KEY);
    reportProblem(t('storage.progress-reset'));
    return {};
  },
});
