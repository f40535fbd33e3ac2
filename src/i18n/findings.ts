/** The words of the roster's findings (src/lib/records/warnings.ts), for the HR page and the CLI. */
import { findingWords } from './en/findings';
import { translator } from './translate';

export const { t, tn } = translator(findingWords);
