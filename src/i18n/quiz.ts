/** The words of a quiz's result, for the script that shows it (loaded on the first answer). */
import { quizResult } from './en/quiz';
import { translator } from './translate';

export const { t, tn } = translator(quizResult);
