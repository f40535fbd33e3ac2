/** The words of reading record files, which the HR page loads first (so apart from the verifier's). */
import { files } from './en/files';
import { translator } from './translate';

export const { t, tn, tLink } = translator(files);
