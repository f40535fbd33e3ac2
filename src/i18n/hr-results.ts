/** The words of the HR page's results code (overview, roster, lookup, reminders, detail view), which loads after the page is ready. */
import { hrResults } from './en/hr-results';
import { translator } from './translate';

export const { t, tn } = translator(hrResults);
