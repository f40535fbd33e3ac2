/** The words of the registry table and the checker form in the browser. */
import { guidelineParts } from './en/guidelines';
import { translator } from './translate';

export const { t, tn, tLink } = translator(guidelineParts);
