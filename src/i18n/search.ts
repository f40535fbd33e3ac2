/** The words of the search page and of the kinds of search results (components/search). */
import { search } from './en/search';
import { translator } from './translate';

export const { t, tn, tLink } = translator(search);
