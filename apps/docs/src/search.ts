import {
  categories,
  type ErrorCategory,
  type ErrorEntry,
  type ErrorSeverity,
  type ErrorSource,
  severities,
  sources,
} from '@org/error-codes';
import {
  type LocaleMessages,
  localizeError,
  matchesSearch,
  searchTerms,
  searchText,
} from '@org/error-codes-i18n';

/** The index's search and filters, as kept in the URL (`?q=camera&category=media-device`). */
export interface Filters {
  readonly q: string;
  readonly category: ErrorCategory | '';
  readonly source: ErrorSource | '';
  readonly severity: ErrorSeverity | '';
  readonly retryable: 'yes' | 'no' | '';
}

export const emptyFilters: Filters = {
  q: '',
  category: '',
  source: '',
  severity: '',
  retryable: '',
};

// A shared link is user input: cap what is read so a huge query string costs nothing.
const MAX_QUERY = 200;

function pick<T extends string>(allowed: readonly T[], value: string | null): T | '' {
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : '';
}

/** Reads filters from a query string; unknown keys and values are ignored, never thrown on. */
export function parseFilters(search: string): Filters {
  const params = new URLSearchParams(typeof search === 'string' ? search.slice(0, 2048) : '');
  return {
    q: (params.get('q') ?? '').slice(0, MAX_QUERY),
    category: pick(categories, params.get('category')),
    source: pick(sources, params.get('source')),
    severity: pick(severities, params.get('severity')),
    retryable: pick(['yes', 'no'] as const, params.get('retryable')),
  };
}

/** The query string for filters ('' when nothing is set), in a stable key order. */
export function serializeFilters(filters: Filters): string {
  const params = new URLSearchParams();
  for (const key of ['q', 'category', 'source', 'severity', 'retryable'] as const) {
    const value = key === 'q' ? filters.q.trim() : filters[key];
    if (value) params.set(key, value);
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** One row of the index table, with everything the search looks at in `haystack` (`searchText`). */
export interface Row {
  readonly code: number;
  readonly name: string;
  readonly title: string;
  readonly category: ErrorCategory;
  readonly source: ErrorSource;
  readonly severity: ErrorSeverity;
  readonly retryable: boolean;
  readonly haystack: string;
}

/** The index rows of one locale: code, name and the localized texts, plus the SDK message. */
export function buildRows(entries: readonly ErrorEntry[], messages: LocaleMessages): Row[] {
  return entries.map((entry) => {
    const text = localizeError(entry.code, messages);
    return {
      code: entry.code,
      name: entry.name,
      title: text.title,
      category: entry.category,
      source: entry.source,
      severity: entry.severity,
      retryable: entry.retryable,
      haystack: searchText(entry, text),
    };
  });
}

/** Rows matching every filter and every word of the query (the same search as the API's `q`). */
export function filterRows(rows: readonly Row[], filters: Filters): Row[] {
  const terms = searchTerms(filters.q);
  return rows.filter(
    (row) =>
      (!filters.category || row.category === filters.category) &&
      (!filters.source || row.source === filters.source) &&
      (!filters.severity || row.severity === filters.severity) &&
      (!filters.retryable || row.retryable === (filters.retryable === 'yes')) &&
      matchesSearch(row.haystack, terms),
  );
}
