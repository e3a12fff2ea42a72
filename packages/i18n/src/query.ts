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
  /** Words searched in codes, wire names, aliases and the localized texts. */
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

/** Whether a row passes every filter of a query and holds every word of its `q`. */
export function matchesQuery(
  row: SearchableRow,
  query: CatalogQuery,
  terms = searchTerms(query?.q),
): boolean {
  const e = row.entry;
  if (query.platform !== undefined && e.platform !== query.platform) return false;
  if (query.category !== undefined && e.category !== query.category) return false;
  if (query.source !== undefined && e.source !== query.source) return false;
  if (query.severity !== undefined && e.severity !== query.severity) return false;
  if (query.feature !== undefined && e.feature !== query.feature) return false;
  if (query.retryable !== undefined && e.retryable !== query.retryable) return false;
  return matchesSearch(row.haystack, terms);
}

/** The rows a query keeps, in their order. */
export function queryCatalog<R extends SearchableRow>(
  rows: readonly R[],
  query: CatalogQuery,
): R[] {
  const terms = searchTerms(query?.q);
  return rows.filter((row) => matchesQuery(row, query ?? {}, terms));
}
