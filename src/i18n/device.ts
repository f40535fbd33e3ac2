/** The words of the learner's browser: storage, signing, sign-in, files. */
import { device } from './en/device';
import { translator } from './translate';

export const { t, tn, tLink } = translator(device);
