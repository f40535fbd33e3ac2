/** The words of verification: reasons, details, record files. */
import { verify } from './en/verify';
import { translator } from './translate';

export const { t, tn, tLink } = translator(verify);
