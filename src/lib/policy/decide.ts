/**
 * "May I use this platform with this data?": the one decision over the policy registry.
 * Pure and free of zod, so the build (matrix, tests) and the checker in the browser run the same code.
 */
import { t } from '../../i18n';
import { t as rule } from '../../i18n/checker';
import type { DataClass, DataClassId } from '../../schemas/data-classes';
import type { Platform, PlatformStatus } from '../../schemas/platforms';

/** The three answers a learner can get. */
export type Verdict = 'allowed' | 'conditional' | 'not-allowed';

/** Which rule decided: one code per branch of the decision, in the order they are tried. */
export type RuleCode = 'prohibited' | 'above-max' | 'conditional-status' | 'conditions' | 'within-max';

/** The fields of a platform the decision reads. */
export type PolicyPlatform = Pick<Platform, 'id' | 'name' | 'status' | 'maxDataClass' | 'conditions'> & {
  /** Kinds of data barred although their class is within the limit; absent means none. */
  excludes?: ReadonlyArray<{ dataClass: string; what: string }>;
};

/** The fields of a data class the decision reads. */
export type PolicyDataClass = Pick<DataClass, 'id' | 'name'>;

/** The answer, with the rule that produced it in words. */
export interface Decision {
  verdict: Verdict;
  /** The branch of the policy that decided. */
  rule: RuleCode;
  /** The deciding rule as one plain sentence naming the platform and the classes. */
  ruleText: string;
  /** Conditions the user must meet; empty when not allowed or when there are none. */
  conditions: string[];
  /**
   * Kinds of data that must stay out although the class is allowed (the registry's `excludes` that
   * apply to this class); empty when not allowed or when there are none.
   */
  excludes: string[];
}

/** Short labels for verdicts, used on every page that shows one. */
export const VERDICT_LABELS: Record<Verdict, string> = { allowed: t('verdict.allowed'), conditional: t('verdict.conditional'), 'not-allowed': t('verdict.not-allowed') };

/** The tone of each verdict (badge--<tone> and verdict--<tone> in global.css). */
export const VERDICT_TONE: Record<Verdict, 'ok' | 'warn' | 'bad'> = { allowed: 'ok', conditional: 'warn', 'not-allowed': 'bad' };

/** A sign shown beside each verdict's colour, so the verdict never rests on colour alone. */
export const VERDICT_SIGN: Record<Verdict, string> = { allowed: '✓', conditional: '!', 'not-allowed': '✕' };

/** Display labels for statuses. */
export const STATUS_LABELS: Record<PlatformStatus, string> = { approved: t('platform.approved'), conditional: t('platform.conditional'), prohibited: t('platform.prohibited') };

/**
 * Decides whether data of class `dataClassId` may go into `platform`.
 * `classes` is the registry's data-class list, least to most sensitive (its order is the policy).
 * Prohibited, or a class above the platform's `maxDataClass` -> not allowed; `conditional` status,
 * any conditions, or an exception (`excludes`) that applies to the class -> allowed with conditions,
 * the exceptions listed in `excludes` and named in `ruleText`; otherwise allowed.
 * Throws on a class id the registry does not know (a caller bug, never a verdict).
 */
export function decide(platform: PolicyPlatform, dataClassId: DataClassId | string, classes: readonly PolicyDataClass[]): Decision {
  const rank = classes.findIndex((c) => c.id === dataClassId);
  if (rank < 0) throw new Error(`decide: unknown data class "${dataClassId}"; expected one of ${classes.map((c) => c.id).join(', ')}`);
  const dataClass = classes[rank]!;
  const name = platform.name;
  if (platform.status === 'prohibited') {
    return {
      verdict: 'not-allowed',
      rule: 'prohibited',
      ruleText: rule('rule.prohibited', { name }),
      conditions: [],
      excludes: [],
    };
  }
  const maxRank = platform.maxDataClass === undefined ? -1 : classes.findIndex((c) => c.id === platform.maxDataClass);
  // A non-prohibited platform without a known limit cannot be shown to be safe for any class.
  if (maxRank < 0) {
    return {
      verdict: 'not-allowed',
      rule: 'above-max',
      ruleText: rule('rule.no-max', { name }),
      conditions: [],
      excludes: [],
    };
  }
  const max = classes[maxRank]!;
  if (rank > maxRank) {
    return {
      verdict: 'not-allowed',
      rule: 'above-max',
      ruleText: rule('rule.above-max', { name, max: max.name, class: dataClass.name }),
      conditions: [],
      excludes: [],
    };
  }
  // An exception names a kind of data of some class; it binds that class and every more sensitive one.
  const excludes = (platform.excludes ?? [])
    .filter((e) => {
      const r = classes.findIndex((c) => c.id === e.dataClass);
      if (r < 0) throw new Error(`decide: ${platform.id}: unknown data class "${e.dataClass}" in excludes`);
      return r <= rank;
    })
    .map((e) => e.what);
  const except = excludes.length > 0 ? rule('rule.except', { excludes: excludes.join('; '), name }) : '';
  const limits = { name, max: max.name, class: dataClass.name, except };
  if (platform.status === 'conditional') {
    return {
      verdict: 'conditional',
      rule: 'conditional-status',
      ruleText: rule('rule.conditional-status', limits),
      conditions: [...platform.conditions],
      excludes,
    };
  }
  // Approved entries' conditions bind exactly as a conditional entry's do; an exception is a condition too.
  if (platform.conditions.length > 0 || excludes.length > 0) {
    return {
      verdict: 'conditional',
      rule: 'conditions',
      ruleText: rule('rule.conditions', limits),
      conditions: [...platform.conditions],
      excludes,
    };
  }
  return {
    verdict: 'allowed',
    rule: 'within-max',
    ruleText: rule('rule.within-max', limits),
    conditions: [],
    excludes: [],
  };
}
