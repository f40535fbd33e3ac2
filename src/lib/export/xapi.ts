import type { RecordPayload } from '../../schemas/record';

/** An ADL verb. */
export interface XapiVerb {
  id: 'http://adlnet.gov/expapi/verbs/passed' | 'http://adlnet.gov/expapi/verbs/failed';
  display: { 'en-US': 'passed' | 'failed' };
}

/** An xAPI 1.0.3 statement for one completion record. */
export interface XapiStatement {
  /** The record's recordId (a UUID), so re-sending a record is idempotent in an LRS. */
  id: string;
  actor: { objectType: 'Agent'; name: string; account: { homePage: string; name: string } };
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

export interface XapiOptions {
  /** The site's origin: the actor account's homePage. */
  homePage: string;
  /** Absolute URL of a module's page. */
  moduleUrl: (id: string) => string;
  /** The activity's display name: one title, or a title per module id (default: the module id). */
  title?: string | ((moduleId: string) => string | undefined);
}

const VERB = {
  passed: { id: 'http://adlnet.gov/expapi/verbs/passed', display: { 'en-US': 'passed' } },
  failed: { id: 'http://adlnet.gov/expapi/verbs/failed', display: { 'en-US': 'failed' } },
} as const satisfies Record<string, XapiVerb>;

/** One xAPI statement per record: id = recordId, verb ADL passed/failed, actor account {homePage: siteOrigin,
 *  name: employeeId} (+ name), object activity = absolute module page URL, result.score {raw, min 0, max total,
 *  scaled}, success, completion true, timestamp = completedAt. `moduleUrl(id)` gives the absolute page URL. */
export function toXapiStatement(payload: RecordPayload, opts: XapiOptions): XapiStatement {
  const { module, learner, score } = payload;
  const title = (typeof opts.title === 'function' ? opts.title(module.id) : opts.title) ?? module.id;
  return {
    id: payload.recordId,
    actor: { objectType: 'Agent', name: learner.name, account: { homePage: opts.homePage, name: learner.employeeId } },
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

/** `toXapiStatement` for each payload, in order. */
export function toXapiStatements(payloads: RecordPayload[], opts: XapiOptions): XapiStatement[] {
  return payloads.map((p) => toXapiStatement(p, opts));
}
