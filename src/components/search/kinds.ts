import { t } from '../../i18n/search';

/**
 * The kinds of search results, stored in the index (by name, `search.kind.<id>`) as the Pagefind
 * filter `kind` and offered as filters on the search page. One list, so the page and the index
 * cannot disagree.
 */
export const SEARCH_KINDS = ['module', 'platform', 'data-class', 'guideline'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** The name of a kind, as the index stores it and each result shows it. */
export function searchKindName(kind: SearchKind): string {
  return t(`search.kind.${kind}`);
}

/**
 * The kind's name of a page from its path relative to the site's base (e.g. `modules/x/`), so every
 * page is labelled in the index without each page having to say so.
 */
export function searchKindOf(pathFromBase: string): string {
  const path = pathFromBase.replace(/^\/+/, '');
  if (path.startsWith('modules/')) return searchKindName('module');
  if (/^guidelines\/platforms\/[^/]+/.test(path)) return searchKindName('platform');
  if (path.startsWith('guidelines/data-classes')) return searchKindName('data-class');
  return searchKindName('guideline');
}

/**
 * Whether a page's body belongs in the search index. The home page only repeats the module
 * summaries (its results would crowd out the modules themselves) and the 404 page answers nothing.
 */
export function isIndexedPath(pathFromBase: string): boolean {
  const path = pathFromBase.replace(/^\/+/, '');
  return path !== '' && path !== 'index.html' && !path.startsWith('404');
}
