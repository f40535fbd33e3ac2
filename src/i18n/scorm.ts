/** The words of sCORM errors of the learning system. */
import { scorm } from './en/scorm';
import { translator } from './translate';

export const { t, tn, tLink } = translator(scorm);
