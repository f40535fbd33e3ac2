/**
 * Who vouches for one employee's records, summed up for the roster: every record signed in with the
 * company's identity provider ("SSO (<issuer>)"), every one typed in ("self-declared"), or some of
 * each ("mixed: SSO (<issuer>); self-declared"). A record without a known identity counts as
 * self-declared, as verification treats it.
 */
import { t } from '../../i18n/hr';
import { identityLabel, type VerifiedIdentity } from './verify-v2';

/** What an employee's records are: all SSO, all self-declared, some of each, or none at all. */
export type IdentityKind = 'sso' | 'self-declared' | 'mixed' | 'none';

/** The kinds HR can filter the roster on; a mixed row matches both. */
export const IDENTITY_FILTERS = ['sso', 'self-declared'] as const;
export type IdentityFilter = (typeof IDENTITY_FILTERS)[number];

export interface IdentitySummary {
  kind: IdentityKind;
  /** The roster's and the CSV's words: '' without records. */
  label: string;
}

/** The summary of the identities of one employee's records (in any order; the label is sorted). */
export function identitySummary(identities: ReadonlyArray<VerifiedIdentity | undefined>): IdentitySummary {
  if (identities.length === 0) return { kind: 'none', label: '' };
  const sso = [...new Set(identities.flatMap((i) => (i?.method === 'oidc' ? [identityLabel(i)] : [])))].sort();
  const typed = identities.some((i) => i === undefined || i.method === 'self-declared');
  const self = identityLabel({ method: 'self-declared' });
  if (sso.length === 0) return { kind: 'self-declared', label: self };
  if (!typed) return { kind: 'sso', label: sso.join('; ') };
  return { kind: 'mixed', label: t('hr.identity.mixed', { labels: [...sso, self].join('; ') }) };
}

/** True when a row of this kind shows under the filter ('' shows every row; a mixed row shows under both kinds). */
export function identityMatches(kind: IdentityKind, filter: IdentityFilter | ''): boolean {
  if (filter === '') return true;
  return kind === filter || kind === 'mixed';
}
