import type { PagefindResultData, PagefindSubResult } from './pagefind-api';

/** The words of a query as Pagefind splits them (letters and digits; everything else separates). */
export function queryWords(query: string): string[] {
  return query.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** A word as compared for phrases: lower case, letters and digits only. */
function normalise(word: string): string {
  return word.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * Where a multi-word query occurs as a phrase in a page's text: the word positions (as Pagefind
 * counts them, by whitespace) where each query word in turn begins a word of the text, so "API
 * key" finds "API keys". Pagefind scores each word on its own, so it ranks a page titled "OpenAI
 * API" that mentions "project keys" elsewhere above the section that says "API keys"; the phrase
 * is what tells them apart. Empty for single-word queries.
 */
export function phrasePositions(content: string, words: readonly string[]): number[] {
  const wanted = words.map(normalise).filter(Boolean);
  if (wanted.length < 2) return [];
  const text = content.split(/\s+/).filter(Boolean).map(normalise);
  const found: number[] = [];
  for (let i = 0; i + wanted.length <= text.length; i++) {
    if (wanted.every((w, k) => text[i + k]!.startsWith(w))) found.push(i);
  }
  return found;
}

/** How strongly a section matched: the summed scores of its matches (their count if unscored). */
export function sectionScore(sub: PagefindSubResult): number {
  const weighted = sub.weighted_locations ?? [];
  return weighted.length > 0 ? weighted.reduce((sum, w) => sum + w.balanced_score, 0) : sub.locations.length;
}

/**
 * The sections of a page result, best first, at most `limit`: sections holding the query as a
 * phrase, then by match score, ties in page order. A page without sections yields the page itself.
 */
export function bestSections(data: PagefindResultData, limit = 3, words: readonly string[] = []): PagefindSubResult[] {
  const phrase = new Set(phrasePositions(data.content ?? '', words));
  const subs = data.sub_results.length > 0 ? data.sub_results : [{ title: data.meta.title ?? data.url, url: data.url, excerpt: data.excerpt, locations: [] }];
  return subs
    .map((sub, i) => ({ sub, i, phrase: sub.locations.some((l) => phrase.has(l)) ? 1 : 0, score: sectionScore(sub) }))
    .sort((a, b) => b.phrase - a.phrase || b.score - a.score || a.i - b.i)
    .slice(0, limit)
    .map((x) => x.sub);
}

/**
 * Pagefind's page order, except that pages holding a multi-word query as a phrase come before
 * pages that only hold its words apart. Stable: within each group Pagefind's order stays.
 */
export function phraseFirst(pages: readonly PagefindResultData[], words: readonly string[]): PagefindResultData[] {
  const has = (d: PagefindResultData) => phrasePositions(d.content ?? '', words).length > 0;
  return [...pages.filter(has), ...pages.filter((d) => !has(d))];
}
