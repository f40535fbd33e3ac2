/**
 * xAPI 1.0.3 statements: one per completion record (ADL passed / failed) and one per policy
 * acknowledgement (Activity Streams "accept"). The actor of a record signed in with the company's
 * identity provider is the person the provider vouches for; a self-declared one is the site's
 * account of the typed employee ID. The HR page, My records and `aga verify --xapi` all use this.
 */
import type { AcknowledgementPayload } from '../../schemas/acknowledgement';
import type { Manifest } from '../../schemas/manifest';
import type { RecordPayload } from '../../schemas/record';
import { currentPolicy } from '../records/acknowledgements';
import { policiesOf } from '../records/manifest';
import type { VerifiedIdentity } from '../records/verify-v2';

/** An ADL verb, or the Activity Streams verb "accept" (registered in the xAPI vocabulary) for an acknowledgement. */
export interface XapiVerb {
  id: 'http://adlnet.gov/expapi/verbs/passed' | 'http://adlnet.gov/expapi/verbs/failed' | 'http://activitystrea.ms/schema/1.0/accept';
  display: { 'en-US': 'passed' | 'failed' | 'accepted' };
}

/**
 * Who: an Agent with exactly one identifier. SSO records: `mbox` from the token's email, else the
 * provider's account (`homePage` the issuer, `name` the token's `sub`); otherwise the site's account
 * of the employee ID.
 */
export type XapiActor = { objectType: 'Agent'; name: string } & ({ mbox: string } | { account: { homePage: string; name: string } });

/** An xAPI 1.0.3 statement for one completion record. */
export interface XapiStatement {
  /** The record's recordId (a UUID), so re-sending a record is idempotent in an LRS. */
  id: string;
  actor: XapiActor;
  verb: XapiVerb;
  object: {
    objectType: 'Activity';
    /** Absolute URL of the module's page. */
    id: string;
    definition: { name: { 'en-US': string }; type: 'http://adlnet.gov/expapi/activities/module' };
  };
  result: { score: { raw: number; min: 0; max: number; scaled: number }; success: boolean; completion: true };
  /** The record's completedAt. */
  timestamp: string;
}

/** An xAPI 1.0.3 statement for one policy acknowledgement. */
export interface XapiAcknowledgementStatement {
  /** The acknowledgement's recordId. */
  id: string;
  actor: XapiActor;
  verb: XapiVerb;
  /** The policy page at that version: `<policy page URL>?version=<version>`. */
  object: { objectType: 'Activity'; id: string; definition: { name: { 'en-US': string } } };
  /** How long the page was read before accepting, as an ISO 8601 duration. */
  result: { completion: true; duration: string };
  /** The acknowledgement's acknowledgedAt. */
  timestamp: string;
}

export interface XapiOptions {
  /** The site's origin: the actor account's homePage. */
  homePage: string;
  /** Absolute URL of a module's page. */
  moduleUrl: (id: string) => string;
  /** The activity's display name: one title, or a title per module id (default: the module id). */
  title?: string | ((moduleId: string) => string | undefined);
  /** Absolute URL of the policy page, for acknowledgements. */
  policyUrl?: string;
  /** The policy's title (the manifest's), for acknowledgements' activity name. */
  policyTitle?: string;
}

const VERB = {
  passed: { id: 'http://adlnet.gov/expapi/verbs/passed', display: { 'en-US': 'passed' } },
  failed: { id: 'http://adlnet.gov/expapi/verbs/failed', display: { 'en-US': 'failed' } },
  accepted: { id: 'http://activitystrea.ms/schema/1.0/accept', display: { 'en-US': 'accepted' } },
} as const satisfies Record<string, XapiVerb>;

/** The statement's actor for a learner as the record names them and as verification found their identity. */
export function xapiActor(learner: { name: string; employeeId: string }, identity: VerifiedIdentity | undefined, homePage: string): XapiActor {
  if (identity?.method === 'oidc') {
    if (identity.email !== undefined) return { objectType: 'Agent', name: learner.name, mbox: `mailto:${identity.email}` };
    if (identity.subject !== undefined) return { objectType: 'Agent', name: learner.name, account: { homePage: identity.issuer, name: identity.subject } };
  }
  return { objectType: 'Agent', name: learner.name, account: { homePage, name: learner.employeeId } };
}

/** One xAPI statement per record: id = recordId, verb ADL passed/failed, actor xapiActor (`identity`: as verified;
 *  absent = self-declared: account {homePage: siteOrigin, name: employeeId}), object activity = absolute module page URL,
 *  result.score {raw, min 0, max total, scaled}, success, completion true, timestamp = completedAt. */
export function toXapiStatement(payload: RecordPayload, opts: XapiOptions, identity?: VerifiedIdentity): XapiStatement {
  const { module, learner, score } = payload;
  const title = (typeof opts.title === 'function' ? opts.title(module.id) : opts.title) ?? module.id;
  return {
    id: payload.recordId,
    actor: xapiActor(learner, identity, opts.homePage),
    verb: score.passed ? VERB.passed : VERB.failed,
    object: {
      objectType: 'Activity',
      id: opts.moduleUrl(module.id),
      definition: { name: { 'en-US': title }, type: 'http://adlnet.gov/expapi/activities/module' },
    },
    result: {
      score: { raw: score.correct, min: 0, max: score.total, scaled: score.total > 0 ? score.correct / score.total : 0 },
      success: score.passed,
      completion: true,
    },
    timestamp: payload.attempt.completedAt,
  };
}

/** `toXapiStatement` for each payload, in order (self-declared actors). */
export function toXapiStatements(payloads: RecordPayload[], opts: XapiOptions): XapiStatement[] {
  return payloads.map((p) => toXapiStatement(p, opts));
}

/** Whole seconds as an ISO 8601 duration (PT75S). */
const isoSeconds = (n: number) => ['PT', String(n), 'S'].join('');

/**
 * One statement per acknowledgement: id = recordId, verb http://activitystrea.ms/schema/1.0/accept
 * ("accepted"), actor as for a completion, object the policy page at that version, result completion
 * with the reading time as duration, timestamp = acknowledgedAt. Throws without `opts.policyUrl`.
 */
export function toAcknowledgementStatement(payload: AcknowledgementPayload, opts: XapiOptions, identity?: VerifiedIdentity): XapiAcknowledgementStatement {
  if (opts.policyUrl === undefined) throw new TypeError('toAcknowledgementStatement: opts.policyUrl is needed');
  const url = new URL(opts.policyUrl);
  url.searchParams.set('version', payload.policy.version);
  return {
    id: payload.recordId,
    actor: xapiActor(payload.learner, identity, opts.homePage),
    verb: VERB.accepted,
    object: { objectType: 'Activity', id: url.href, definition: { name: { 'en-US': `${opts.policyTitle ?? 'policy'} ${payload.policy.version}` } } },
    result: { completion: true, duration: isoSeconds(payload.readingSeconds) },
    timestamp: payload.acknowledgedAt,
  };
}

/**
 * xAPI's view of a site at `siteUrl` (absolute, with its base path): its origin (the actor account's
 * homePage), each module page's URL, its title from `titles` (module id to title), the policy page.
 */
export function siteXapiOptions(siteUrl: string, titles: ReadonlyMap<string, string>, policyTitle?: string): XapiOptions {
  const base = new URL(siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`);
  return {
    homePage: base.origin,
    moduleUrl: (id) => new URL(`modules/${encodeURIComponent(id)}/`, base).href,
    title: (id) => titles.get(id),
    policyUrl: new URL('policy/', base).href,
    ...(policyTitle !== undefined ? { policyTitle } : {}),
  };
}

/**
 * siteXapiOptions with the manifest's current module titles and policy title: what the HR page
 * (with its own address) and `aga verify --xapi OUT --site URL` both export with.
 */
export function manifestXapiOptions(siteUrl: string, manifest: Manifest): XapiOptions {
  const titles = new Map(manifest.modules.filter((m) => m.current).map((m) => [m.id, m.title]));
  // The current policy's title, else the first listed (a manifest whose policies are all older).
  const policy = currentPolicy(manifest) ?? policiesOf(manifest)[0];
  return siteXapiOptions(siteUrl, titles, policy?.title);
}
