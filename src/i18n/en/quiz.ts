/**
 * The words of a quiz's result and of a module already passed (components/quiz/result-view.ts and
 * the `done` panel of Quiz.astro). The result's script loads with the signing code, on the first
 * answer, so these words stay out of the module page's first load.
 */
export const quizResult = {
  'result.passed': 'Passed',
  'result.not-passed': 'Not passed yet',
  'result.score': 'Attempt {n}: {correct} of {total} questions right ({percent}\u00a0%). The pass mark is {passMark}\u00a0%.',
  'result.short.one': 'You need {more} more right answer to pass.',
  'result.short.other': 'You need {more} more right answers to pass.',
  'result.saved.passed': 'Your signed record is saved in this browser. When your training is done, download the file for HR from My records and send it to HR.',
  'result.saved.failed': 'This attempt is saved as a signed record, but it is not a pass: there is nothing to send to HR yet. Read the sections of the questions below again, then try again.',
  'result.revisit.one': 'The question to revisit:',
  'result.revisit.other': 'The {n} questions to revisit:',
  'result.revisit.sections.one': 'The question to revisit, with the section that teaches it:',
  'result.revisit.sections.other': 'The {n} questions to revisit, by the section that teaches them:',
  'result.revisit.number': 'Question {n}',
  'result.right': 'Right.',
  'result.read-again': 'Read the section “{section}” again',
  'result.wrong.one': 'Wrong. The right answer is: {answers}.',
  'result.wrong.other': 'Wrong. The right answers are: {answers}.',
  'result.key-failed': 'the answer key could not be loaded (HTTP {status})',
} as const;

/** The quiz's server-rendered words for the result and for a module passed before. */
export const quizPage = {
  'quiz.result.heading': 'Your result',
  'quiz.certificate': 'View and print your certificate',
  'quiz.next': 'Next module: {title}',
  'quiz.last': 'Every module done? Download the file for HR on My records',
  'quiz.again': 'Take the quiz again',
  'quiz.done.heading': 'You have passed this module',
  'quiz.attempt': 'Attempt {n}',
  'quiz.signing': 'Signing your result…',
  'quiz.sign-failed': 'Your result could not be signed: {message}. Check your connection and submit again; your answers are kept.',
  'quiz.save-failed': 'Your result could not be signed and saved: {message}.',
  'quiz.done.dates': 'Passed on {date}, valid until {due}.',
  'quiz.done.about': 'Another attempt is optional: it is signed and kept as well, and your pass stays valid.',
} as const;
