/** The learner's details form, the quiz and the storage notice as built (components/quiz, server HTML). */
export const learnerPage = {
  'profile.heading': 'Your details',
  'profile.name': 'Name',
  'profile.name.hint': 'As it should appear on your certificates.',
  'profile.email': 'Work email',
  'profile.employee-id': 'Employee ID',
  'profile.employee-id.hint': 'As HR knows it, for example E12345.',
  'profile.change': 'Change them on My records',
  'profile.about': 'Your results are signed with these details and stay on this device until you export them.',
  'profile.new-identity': 'Changing your employee ID after your first result starts a new identity: new results carry the new ID, earlier ones keep the old.',
  'profile.save': 'Save my details',
  'profile.sso.about': "Your results are signed with the details {org}'s sign-in vouches for; they stay on this device until you export them.",
  'profile.sso.checking': 'Checking whether you are signed in…',
  'profile.sso.employee-id.hint': 'Your sign-in does not carry it: type it as HR knows it, for example E12345.',
  'profile.sso.sign-in': 'Sign in with {org}',

  'quiz.label': 'Quiz: {title}',
  'quiz.multiple': 'Choose every answer that applies.',
  'quiz.missing': 'Not answered yet.',
  'quiz.submit': 'Submit answers',
  'quiz.export-now': 'This browser keeps nothing after you close this page, so download your signed records now:',
  'quiz.retry': 'Try again',

  'storage-notice.heading': 'About the data stored in this browser',
  'storage-notice.download': 'Download them as a file',
  'storage-notice.remove': 'Remove them from this browser',
} as const;
