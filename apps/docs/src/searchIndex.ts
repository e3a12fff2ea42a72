import { platformIds } from '@org/error-codes';
import type { SiteData } from './data.js';
import type { SiteLocale } from './site.js';

/**
 * One row of `/search/<locale>.json`: a code's platform, number and folded search
 * text (codes, wire names, aliases and the locale's texts: `searchText` of i18n).
 */
export type SearchIndexRow = readonly [platform: string, code: number, haystack: string];

/** The index page's search haystacks in one locale, computed once at build time (`searchableRows` of i18n). */
export function searchIndex(data: SiteData, locale: SiteLocale): SearchIndexRow[] {
  return platformIds.flatMap((platform) =>
    data
      .rows(platform, locale)
      .map((row): SearchIndexRow => [platform, Number(row.entry.code), row.haystack]),
  );
}
