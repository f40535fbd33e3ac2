/**
 * What the learner's details form says once the page runs (components/quiz/profile-element): loaded
 * with the first page of a module, so kept short.
 */
export const profileStatus = {
  'profile-status.as': 'You take quizzes as {name} ({email}, employee ID {employeeId}).',
  'profile-status.saved': 'Your details are saved on this device.',
  'profile-status.new-identity': 'Saved. You changed your employee ID, so your next results start a new identity under {id}; your earlier records keep {before}.',
} as const;
