/**
 * The part of Pagefind's browser API (`pagefind/pagefind.js`, written by the build) this site
 * uses. Pagefind ships no types for its browser bundle, so they are declared here.
 */

/** A scored location of a match inside a sub-result. */
export interface WeightedLocation {
  weight: number;
  balanced_score: number;
  location: number;
}

/** A section of a page: the text under one heading with an id (or the page top). */
export interface PagefindSubResult {
  title: string;
  /** Page URL with `#anchor` when the section has a heading id. */
  url: string;
  /** Plain text with `<mark>` around matches, HTML-escaped by Pagefind. */
  excerpt: string;
  anchor?: { element: string; id: string; text: string; location: number };
  locations: number[];
  weighted_locations?: WeightedLocation[];
}

/** The loaded data of one page result. */
export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
  sub_results: PagefindSubResult[];
  /** Word positions of every match on the page. */
  locations?: number[];
  /** The page's indexed text; word positions count its whitespace-separated words. */
  content?: string;
}

export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}

export interface PagefindSearch {
  results: PagefindResult[];
  unfilteredResultCount: number;
  filters: Record<string, Record<string, number>>;
  totalFilters: Record<string, Record<string, number>>;
}

export interface PagefindApi {
  /** `noWorker` keeps the search on the page's thread instead of fetching pagefind-worker.js. */
  options(options: { baseUrl?: string; excerptLength?: number; noWorker?: boolean }): Promise<void>;
  init(): Promise<void>;
  search(term: string, options?: { filters?: Record<string, string | string[]> }): Promise<PagefindSearch | null>;
}
