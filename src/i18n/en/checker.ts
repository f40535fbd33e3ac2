/** The checker's verdict sentences (lib/policy/decide) and its deep-link warnings (lib/policy/link). */
export const checker = {
  'rule.prohibited': '{name} is prohibited: no company data of any class may go into it.',
  'rule.no-max': '{name} has no highest data class in the registry, so no data may go into it.',
  'rule.above-max': '{name} is cleared for data up to {max}; {class} data is more sensitive, so it must not go into {name}.',
  'rule.except': ' Except: {excludes}, which must not go into {name}.',
  'rule.conditional-status': '{name} is approved on conditions for data up to {max}; {class} data is within that limit, only while you meet every condition.{except}',
  'rule.conditions': '{name} is approved for data up to {max}; {class} data is within that limit, under the conditions of use.{except}',
  'rule.within-max': '{name} is approved for data up to {max}; {class} data is within that limit.',
  'link.unknown-platform': 'The link asks for platform “{platform}”, which is not in the registry: choose one below.',
  'link.unknown-class': 'The link asks for data class “{class}”, which does not exist: choose one of {classes}.',
} as const;
