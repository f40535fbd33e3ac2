/**
 * The words of reading a key file. A table of its own, not the HR page's or the verifier's: the HR
 * page's first load and My records' key fetch both read key files, and this small table rides in the
 * key-file code's chunk instead of pulling either larger table into the other page.
 */
import { keyFile } from './en/key-file';
import { translator } from './translate';

export const { t } = translator(keyFile);
