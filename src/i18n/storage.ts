/**
 * The words of the browser's storage, which every page with learner data loads first. None has a
 * placeholder, so this is a plain look-up: the first load carries no filling code (see the JS budget).
 */
import { storage } from './en/storage';

export function t(key: keyof typeof storage): string {
  return storage[key];
}
