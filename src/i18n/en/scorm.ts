/** SCORM 1.2 errors of the learning system, in plain words for the learner (lib/scorm/errors). */
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
} as const;
