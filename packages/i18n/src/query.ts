import {
  categories,
  type ErrorCategory,
  type ErrorFeature,
  type ErrorSeverity,
  type ErrorSource,
  features,
  type PlatformId,
  platformIds,
  severities,
  sources,
} from '@org/error-codes';
import type { LocalizedEntry } from './localizeEntry.js';
import { rankRows } from './search/rank.js';
import { suggestQuery } from './search/suggest.js';
import { MAX_SEARCH_QUERY_LENGTH, matchesSearch, searchTerms, searchText } from './search.js';

/**
 * The list filters of the catalog, one definition for every face: the API's
 * `GET /v1/{platform}/errors` querystring and the docs index's URL state parse,
 * serialize and apply them here, so they agree by construction.
 */
export interface CatalogQuery {
  readonly platform?: PlatformId | undefined;
  readonly category?: ErrorCategory | undefined;
  readonly source?: ErrorSource | undefined;
  readonly severity?: ErrorSeverity | undefined;
  readonly feature?: ErrorFeature | undefined;
  readonly retryable?: boolean | undefined;
  /**
   * Words searched in codes, wire names, aliases and the localized texts; the results
   * come best first (see `searchCatalog`).
   */
  readonly q?: string | undefined;
}

/** The filters, their allowed values, in the order a URL writes them. */
export const queryFilters = {
  platform: platformIds,
  category: categories,
  source: sources,
  severity: severities,
  feature: features,
  retryable: ['true', 'false'],
} as const;

/** The bounds of a query, one set for every face. */
export const queryLimits = {
  /** Longest `q`; the search keeps at most this many characters (a longer one is rejected by `parseQuery`). */
  maxQueryLength: MAX_SEARCH_QUERY_LENGTH,
  /**
   * Longest query string read at all: room for a longest `q` percent-encoded
   * (9 characters per UTF-16 unit at most) beside every filter.
   */
  maxSearchLength: MAX_SEARCH_QUERY_LENGTH * 9 + 512,
} as const;

type FilterKey = keyof typeof queryFilters;
// Marked pure so a bundle that never parses a query drops the filters and the core values they hold.
const filterKeys = /* @__PURE__ */ Object.keys(queryFilters) as FilterKey[];

/** What `parseQuery` read, and what it could not (an API answers 400; a page ignores it). */
export interface ParsedQuery {
  readonly query: CatalogQuery;
  readonly problems: readonly string[];
}

/**
 * Reads a query from a URL query string (`'?q=camera&platform=web'`),
 * `URLSearchParams`, or a record of strings (a parsed querystring). Unknown keys are
 * ignored; a bad value is left out and named in `problems`. Never throws.
 */
export function parseQuery(input: unknown): ParsedQuery {
  const get = reader(input);
  const problems: string[] = [];
  const query: Record<string, unknown> = {};
  for (const key of filterKeys) {
    const value = get(key);
    if (value === undefined || value === '') continue;
    if (!(queryFilters[key] as readonly string[]).includes(value)) {
      problems.push(`${key} must be one of: ${queryFilters[key].join(', ')}`);
      continue;
    }
    query[key] = key === 'retryable' ? value === 'true' : value;
  }
  const q = normalizeQ(get('q'));
  if (q !== '') {
    if (q.length > queryLimits.maxQueryLength) {
      problems.push(`q must be at most ${queryLimits.maxQueryLength} characters`);
    } else query.q = q;
  }
  return { query: query as CatalogQuery, problems };
}

/**
 * The one form of `q` every face keeps: whitespace at either end is dropped (it never
 * changes what a search finds), inner whitespace is kept, and lone surrogates become
 * U+FFFD, as a URL would carry them. So `parseQuery(serializeQuery(q))` gives `q` back.
 */
function normalizeQ(q: unknown): string {
  return typeof q === 'string' ? q.replace(LONE_SURROGATE, '\uFFFD').trim() : '';
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function reader(input: unknown): (key: string) => string | undefined {
  try {
    if (typeof input === 'string') {
      const params = new URLSearchParams(input.slice(0, queryLimits.maxSearchLength));
      return (key) => params.get(key) ?? undefined;
    }
    if (input instanceof URLSearchParams) return (key) => input.get(key) ?? undefined;
    if (typeof input === 'object' && input !== null) {
      return (key) => {
        const value = Object.hasOwn(input, key)
          ? (input as Record<string, unknown>)[key]
          : undefined;
        const first = Array.isArray(value) ? value[0] : value;
        return typeof first === 'string' ? first : undefined;
      };
    }
  } catch {
    // A revoked proxy or a throwing getter: nothing usable was asked for.
  }
  return () => undefined;
}

/** The query string of a query (`'?platform=web&q=camera'`, `''` when empty), keys in a stable order. */
export function serializeQuery(query: CatalogQuery): string {
  const params = new URLSearchParams();
  for (const key of filterKeys) {
    const value = query?.[key];
    if (value !== undefined) params.set(key, String(value));
  }
  const q = normalizeQ(query?.q);
  if (q) params.set('q', q);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** A localized entry with the folded text the search looks at, computed once. */
export interface SearchableRow<E extends LocalizedEntry = LocalizedEntry> {
  readonly entry: E;
  readonly haystack: string;
}

/** The rows of one localized catalog, each with its haystack: build once per platform and locale. */
export function searchableRows<E extends LocalizedEntry>(
  entries: readonly E[],
): SearchableRow<E>[] {
  return entries.map((entry) => ({ entry, haystack: searchText(entry) }));
}

/** Whether a row passes every filter of a query (its `q` aside). */
function passesFilters(e: LocalizedEntry | undefined, query: CatalogQuery): boolean {
  if (e === undefined || e === null) return false;
  if (query.platform !== undefined && e.platform !== query.platform) return false;
  if (query.category !== undefined && e.category !== query.category) return false;
  if (query.source !== undefined && e.source !== query.source) return false;
  if (query.severity !== undefined && e.severity !== query.severity) return false;
  if (query.feature !== undefined && e.feature !== query.feature) return false;
  if (query.retryable !== undefined && e.retryable !== query.retryable) return false;
  return true;
}

/**
 * Whether one row passes every filter of a query and holds every word of its `q`
 * literally (no synonyms, no other forms): a check of one row. Lists go through
 * `searchCatalog`, which also finds other forms and synonyms, and ranks.
 */
export function matchesQuery(
  row: SearchableRow,
  query: CatalogQuery,
  terms = searchTerms(query?.q),
): boolean {
  return passesFilters(row?.entry, query ?? {}) && matchesSearch(row.haystack, terms);
}

/** What `searchCatalog` found: the rows, best first, and what to offer when there are none. */
export interface CatalogResult<R> {
  readonly rows: R[];
  /**
   * A query to offer ("Did you mean …?") when a word of `q` is found nowhere: such
   * words replaced by the nearest words of the titles and names. Absent otherwise.
   */
  readonly suggestion?: string;
  /** True when no row holds every word of `q`: the rows holding its most telling words are given. */
  readonly partial: boolean;
}

export interface SearchOptions {
  /**
   * Whose synonyms, stop words and word endings the search uses; by default the
   * locale of the rows' entries (`LocalizedEntry.locale`).
   */
  readonly locale?: string | undefined;
}

/**
 * The rows a query keeps. Without `q`: every row the filters pass, in the rows' order.
 * With `q`: the rows holding every word of it, best first. A word is found as typed,
 * as the start or any part of a longer word (`partic` finds `participant`), across a
 * space (`screenshar` finds `screen share`), in another form (`participants` finds
 * `participant`), or by the locale's synonyms (`too many` finds `limit`); case,
 * accents and width never matter. A row is kept when it holds at least half of the
 * query's weight, each word weighing by how rare it is (so it may lack a common
 * word: `recording already running` finds `Operation already in progress`); when no
 * row holds every word, `partial` says so, and when a word is found nowhere a
 * `suggestion` is offered. The best rows are those where the words are the code, a
 * wire name, in the title, then the end-user title, then the description and the
 * rest (see `rankRows`). Filters keep their meaning (every one must hold). Never throws.
 *
 * The index behind it is built on the first search of a rows array and kept while
 * the array and its haystacks stay the same: build the rows once per line and locale
 * (`searchableRows`) and pass the same array each time.
 */
export function searchCatalog<R extends SearchableRow>(
  rows: readonly R[],
  query: CatalogQuery,
  options?: SearchOptions,
): CatalogResult<R> {
  const list: readonly R[] = Array.isArray(rows) ? rows : [];
  const filters: CatalogQuery = typeof query === 'object' && query !== null ? query : {};
  if (searchTerms(filters.q).length === 0) {
    return { rows: list.filter((row) => passesFilters(row?.entry, filters)), partial: false };
  }
  const locale = options?.locale ?? list[0]?.entry?.locale;
  const passes = new Map<number, boolean>();
  const allowed = (position: number) => {
    let ok = passes.get(position);
    if (ok === undefined) {
      ok = passesFilters(list[position]?.entry, filters);
      passes.set(position, ok);
    }
    return ok;
  };
  const { positions, partial, unmatched } = rankRows(list, filters.q, locale, allowed);
  const found = positions.map((p) => list[p] as R);
  if (!unmatched) return { rows: found, partial };
  const suggestion = suggestQuery(list, filters.q);
  return suggestion === undefined ? { rows: found, partial } : { rows: found, suggestion, partial };
}

/** The rows a query keeps: `searchCatalog`'s rows (best first with a `q`, else in order). */
export function queryCatalog<R extends SearchableRow>(
  rows: readonly R[],
  query: CatalogQuery,
  options?: SearchOptions,
): R[] {
  return searchCatalog(rows, query, options).rows;
}
