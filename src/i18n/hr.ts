/** The words of the HR page's status line, kept session and roster counts (src/lib/hr). */
import { hr } from './en/hr';
import { translator } from './translate';

export const { t, tn, tLink } = translator(hr);
