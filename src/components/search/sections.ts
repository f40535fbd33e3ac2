import type { PagefindResultData, PagefindSubResult } from './pagefind-api';

/** How strongly a section matched: the summed scores of its matches (their count if unscored). */
export function sectionScore(sub: PagefindSubResult): number {
  const weighted = sub.weighted_locations ?? [];
  return weighted.length > 0 ? weighted.reduce((sum, w) => sum + w.balanced_score, 0) : sub.locations.length;
}

/**
 * The sections of a page result, best match first (ties keep page order), at most `limit`.
 * A page without matching sections yields one entry for the page itself.
 */
export function bestSections(data: PagefindResultData, limit = 3): PagefindSubResult[] {
  const subs = data.sub_results.length > 0 ? data.sub_results : [{ title: data.meta.title ?? data.url, url: data.url, excerpt: data.excerpt, locations: [] }];
  return subs
    .map((sub, i) => ({ sub, i, score: sectionScore(sub) }))
    .sort((a, b) => b.score - a.score || a.i - b.i)
    .slice(0, limit)
    .map((x) => x.sub);
}
