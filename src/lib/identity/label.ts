/**
 * How a record's identity is named to people (My records, the certificate, HR's roster, CSV and
 * xAPI exports): "SSO (<issuer>)" when the company's sign-in vouched for the learner, else
 * "self-declared". One source for every place that shows it.
 */

/** The word for a learner who typed their own details. */
export const SELF_DECLARED = 'self-declared';

/** "SSO (<issuer>)" for an issuer, "self-declared" without one. */
export function identityLabel(issuer: string | undefined): string {
  return issuer ? `SSO (${issuer})` : SELF_DECLARED;
}
