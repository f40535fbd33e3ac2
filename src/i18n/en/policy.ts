/** Accepting the AI-use policy (components/policy), the module's "On this page" and the sign-in callback. */
export const policy = {
  'ack.heading': 'Accept version {version}',
  'ack.intro': 'Read the policy above, then accept it. The button becomes available after {seconds} seconds of reading with this page in view. Your acceptance is signed on this device and goes to HR with your exported records.',
  'ack.needs-js': 'Accepting needs JavaScript in this browser.',
  'ack.button': 'I have read and accept version {version}',
  'ack.countdown.one': 'You can accept in {n} second{paused}.',
  'ack.countdown.other': 'You can accept in {n} seconds{paused}.',
  'ack.paused': ' (paused while this page is hidden)',
  'ack.ready': 'You can now accept the policy.',
  'ack.no-profile': 'Please enter your details (Name, Work email, Employee ID) above and save them first.',
  'ack.signing': 'Signing your acceptance…',
  'ack.done': 'You accepted version {version} on {date}. Export your records on My records to send it to HR.',
  'ack.accepted': 'Accepted: version {version}, signed on this device.',

  'toc.title': 'On this page',
  'toc.quiz': 'Quiz',
  'toc.progress': 'Reading progress',

  'sso-callback.finishing': 'Finishing your sign-in with {org}…',
  'sso-callback.retry': 'Try again',
  'sso-callback.back': 'Back to the training',
  'sso-callback.no-settings': 'This page is missing the sign-in settings. Reload it; if that does not help, tell your IT service desk.',
  'sso-callback.done': 'Signed in. Taking you back…',
  'sso-callback.failed': 'The sign-in could not be completed. Try again; nothing stored in this browser was changed.',
} as const;
