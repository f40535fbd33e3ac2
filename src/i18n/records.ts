/** The words of my records (components/records). */
import { records } from './en/records';
import { translator } from './translate';

export const { t, tn, tLink } = translator(records);
