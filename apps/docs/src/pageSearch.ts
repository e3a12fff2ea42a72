/**
 * The guide pages' search, small enough for the browser: where a locale's index is
 * served, its shape, and how a query matches a page (the build writes the index with
 * src/pageIndex.ts; src/client/guideSearch.ts reads it).
 */

/** Where the guide pages' search index of one locale is served; read by the build and the browser. */
export const pageIndexPath = (locale: string): string => `/search/pages-${locale}.json`;

/** One guide page the index's search can find: its address, title and folded words. */
export type PageIndexRow = readonly [path: string, title: string, haystack: string];

/** `/search/pages-<locale>.json`: the label the results go under, and the rows. */
export interface PageIndex {
  readonly label: string;
  readonly rows: readonly PageIndexRow[];
}

/** Lower case, accents and marks dropped, backticks gone: how both sides of a search are read. */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[`'"“”«»()[\]{}:;,.!?،。、：]/g, ' ')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** True when every word of the query is found in the haystack. */
export function pageMatches(haystack: string, query: string): boolean {
  const words = foldForSearch(query).split(' ').filter(Boolean);
  return words.length > 0 && words.every((w) => haystack.includes(w));
}
