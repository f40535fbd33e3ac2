/**
 * The checker's deep link (`?platform=<id>&data=<class id>`): which of its values the registry
 * does not know, so the page names them instead of silently showing nothing.
 */
import { t } from '../../i18n/checker';

/** One sentence per value given in the link that is not an id of the registry; none when all are known or absent. */
export function unknownChoices(
  params: URLSearchParams,
  known: { platforms: readonly string[]; classes: readonly string[] },
): string[] {
  const out: string[] = [];
  const platform = params.get('platform');
  const data = params.get('data');
  if (platform && !known.platforms.includes(platform)) out.push(t('link.unknown-platform', { platform }));
  if (data && !known.classes.includes(data)) out.push(t('link.unknown-class', { class: data, classes: known.classes.join(', ') }));
  return out;
}
