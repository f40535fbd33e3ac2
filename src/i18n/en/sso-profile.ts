/**
 * What the sign-in in place of the details form says (components/quiz/sso-profile-element, SSO builds):
 * loaded with the first page of a module, so kept short.
 */
export const ssoStatus = {
  'sso-status.not-signed-in': 'You are not signed in yet. Sign in with {org} before your first quiz: your results then carry the details it vouches for.',
  'sso-status.sign-in': 'Sign in with {org}',
  'sso-status.signed-in': 'Signed in with {org} as {name} ({email}).',
  'sso-status.sign-in-again': 'Sign in with {org} again',
  'sso-status.unreadable': 'Your sign-in could not be read from this browser: {message}. Sign in again.',
  'sso-status.id-saved': 'Your employee ID is saved on this device.',
  'sso-status.id-invalid': 'Use letters, digits, dots, hyphens or underscores only for your employee ID.',
  'sso-status.redirecting': "Taking you to {org}'s sign-in…",
  'sso-status.not-started': 'The sign-in could not start: {message}. Try again.',
} as const;
