/**
 * SCORM 1.2 errors of the learning system, in plain words for the learner (lib/scorm/errors), and what
 * the quiz inside a course package says about its link to the learning system (components/quiz/scorm-link).
 */
export const scorm = {
  'scorm.101': 'something went wrong inside the learning system',
  'scorm.201': 'the learning system did not understand the request',
  'scorm.202': 'that entry has no parts',
  'scorm.203': 'that entry is not a list',
  'scorm.301': 'the learning system has not started this session',
  'scorm.401': 'the learning system does not support this',
  'scorm.402': 'that entry cannot be set to this value',
  'scorm.403': 'that entry can only be read',
  'scorm.404': 'that entry can only be written',
  'scorm.405': 'the value has the wrong form for that entry',
  'scorm.unknown': 'the learning system reported an error',
  'scorm.refused': 'The learning system refused {what}: {text} (SCORM error {code}).',
  'scorm.call-of': '{call} of {element}',
  'scorm.it-says': '{ours}; it says: {extra}',

  'scorm.not-reported': 'Your result will not reach the learning system. You can still take the quiz here: enter your details, and your result is signed and saved in this browser.',
  'scorm.no-api': 'This course package is not connected to a learning system: no SCORM API was found in the window that opened it. Open the course from your LMS to have it recorded. {notReported}',
  'scorm.not-started': 'The learning system did not start this course. {notReported}',
  'scorm.no-learner': 'The learning system did not give your name and ID. {notReported}',
  'scorm.connected': 'Connected to your learning system as {name} (ID {id}). Your result is reported to it when you submit.',
  'scorm.foreign': 'The learning system held saved answers this quiz cannot read, so the quiz starts fresh.',
  'scorm.saving': 'saving your answers',
  'scorm.too-long': 'answers in progress take {length} characters, more than the {max} SCORM 1.2 allows',
  'scorm.already-passed': 'Your pass is already reported to your learning system; this attempt is not.',
  'scorm.reported': 'Your result was reported to your learning system: {outcome}, {percent} %.',
  'scorm.passed': 'passed',
  'scorm.not-passed': 'not passed',
  'scorm.not-taken': 'Your learning system did not take all of your result: see the message above.',
  'scorm.keep-copy': 'Keep a copy of your signed record:',
  'scorm.download': 'Download signed record',
  // A build error, for whoever builds the packages (lib/scorm/package-html).
  'scorm.outside': 'the module page still refers outside the package:{found}',
} as const;
