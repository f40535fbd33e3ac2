/**
 * The kinds of search results, stored in the index as the Pagefind filter `kind` and offered as
 * filters on the search page. One list, so the page and the index cannot disagree.
 */
export const SEARCH_KINDS = ['Training module', 'Platform', 'Data class', 'Guideline'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/**
 * The kind of a page from its path relative to the site's base (e.g. `modules/x/`), so every
 * page is labelled in the index without each page having to say so.
 */
export function searchKindOf(pathFromBase: string): SearchKind {
  const path = pathFromBase.replace(/^\/+/, '');
  if (path.startsWith('modules/')) return 'Training module';
  if (/^guidelines\/platforms\/[^/]+/.test(path)) return 'Platform';
  if (path.startsWith('guidelines/data-classes')) return 'Data class';
  return 'Guideline';
}

/**
 * Whether a page's body belongs in the search index. The home page only repeats the module
 * summaries (its results would crowd out the modules themselves) and the 404 page answers nothing.
 */
export function isIndexedPath(pathFromBase: string): boolean {
  const path = pathFromBase.replace(/^\/+/, '');
  return path !== '' && path !== 'index.html' && !path.startsWith('404');
}
