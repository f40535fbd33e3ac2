/**
 * The words of the interface. English only for now: a second language is a second set of tables of
 * the same types (src/i18n/en.ts and src/i18n/en/*), chosen in the modules here.
 *
 * This module translates the shared vocabulary of src/i18n/en.ts (statuses, verdicts, exports), which
 * code in every bundle uses. Pages and layouts, rendered at build time, use ./all (every table); a
 * script in the browser imports the module of its own table (./records, ./device, ...), so it does
 * not carry the words of other pages.
 */
import { en } from './en';
import { translator } from './translate';

export const { t, tn, tLink } = translator(en);
