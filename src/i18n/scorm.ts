/** The words of SCORM errors of the learning system and of the quiz's link to it. */
import { scorm } from './en/scorm';
import { translator } from './translate';

export const { t, tn, tLink } = translator(scorm);
