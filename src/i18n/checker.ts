/** The words of the checker's verdict sentences and deep-link warnings. */
import { checker } from './en/checker';
import { translator } from './translate';

export const { t, tn, tLink } = translator(checker);
