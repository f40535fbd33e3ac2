/**
 * The learner's details as the identity provider vouches for them: Name, Work email and Employee
 * ID read from a verified ID token's claims (which claims: org.yaml's `sso` block). Pure, so the
 * browser's profile step and the tests share it.
 */
import type { JWTPayload } from 'jose';

export interface ClaimNames {
  emailClaim: string;
  employeeIdClaim?: string | undefined;
}

export interface ClaimDetails {
  name: string;
  email: string;
  /** Undefined when no employee ID claim is configured or the token lacks it: the learner types it. */
  employeeId: string | undefined;
}

/** A claim as text: strings as they are, integers as their decimal text (as HR compares them). */
export function claimText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isSafeInteger(value)) return String(value);
  return undefined;
}

/** Name from `name`, else given + family name, else the email; undefined when the token has no email. */
export function detailsFromClaims(claims: JWTPayload, names: ClaimNames): ClaimDetails | undefined {
  const email = claimText(claims[names.emailClaim]);
  if (!email) return undefined;
  const parts = [claims.given_name, claims.family_name].filter((p): p is string => typeof p === 'string' && p.trim() !== '');
  const name = typeof claims.name === 'string' && claims.name.trim() ? claims.name : parts.length > 0 ? parts.join(' ') : email;
  const employeeId = names.employeeIdClaim ? claimText(claims[names.employeeIdClaim]) : undefined;
  return { name, email, employeeId };
}
