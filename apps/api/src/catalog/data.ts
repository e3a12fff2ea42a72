/**
 * Everything the routes serve, computed once at start-up: the data changes only
 * with a release, so each entry in each locale is serialized and hashed here and
 * a lookup costs a Map get.
 */
import { createHash } from 'node:crypto';
import {
  catalog,
  categories,
  docsUrl,
  type ErrorCategory,
  type ErrorEntry,
  type ErrorEntryShape,
  type ErrorFeature,
  type ErrorSeverity,
  type ErrorSource,
  findError,
} from '@org/error-codes';
import {
  defaultLocale,
  direction,
  type Locale,
  loadMessages,
  localeNames,
  locales,
  localizeError,
  matchesSearch,
  pseudoLocale,
  searchTerms,
  searchText,
} from '@org/error-codes-i18n';

/** One entry in one locale, as `GET /v1/errors/:code` returns it: the catalog's fields and the texts. */
export interface LocalizedEntry extends ErrorEntryShape {
  readonly locale: Locale;
  readonly title: string;
  readonly description: string;
  readonly userMessage: string;
  readonly docsUrl: string;
}

/** A serialized body and its strong entity tag. */
export interface Representation {
  readonly body: string;
  readonly etag: string;
}

export interface ListFilters {
  readonly category?: ErrorCategory | undefined;
  readonly source?: ErrorSource | undefined;
  readonly severity?: ErrorSeverity | undefined;
  readonly retryable?: boolean | undefined;
  readonly feature?: ErrorFeature | undefined;
  readonly q?: string | undefined;
}

interface LocaleData {
  readonly entries: readonly LocalizedEntry[];
  readonly bodies: readonly string[];
  readonly byCode: ReadonlyMap<number, Representation>;
  /** Per entry: `searchText` of the entry in this locale. */
  readonly haystacks: readonly string[];
}

export interface ServedLocale {
  readonly locale: Locale;
  readonly name: string;
  readonly direction: 'ltr' | 'rtl';
  readonly pseudo: boolean;
}

export interface Data {
  readonly locales: readonly ServedLocale[];
  /** The entry a `:code` parameter names: a decimal code, or a wire name in any case. */
  find(param: string): ErrorEntry | undefined;
  entry(locale: Locale, code: number): Representation | undefined;
  list(locale: Locale, filters: ListFilters, limit: number, offset: number): Representation;
  readonly categories: Representation;
  readonly localesBody: Representation;
}

export function etagOf(body: string): string {
  return `"${createHash('sha1').update(body).digest('base64url')}"`;
}

export function represent(value: unknown): Representation {
  const body = JSON.stringify(value);
  return { body, etag: etagOf(body) };
}

const LIST_CACHE_SIZE = 512;

function buildLocaleData(
  locale: Locale,
  messages: Awaited<ReturnType<typeof loadMessages>>,
  docsBaseUrl: string,
): LocaleData {
  // The docs site has no pseudo-locale pages: link its entries to the English ones.
  const docsLocale = locale === pseudoLocale ? defaultLocale : locale;
  const entries = catalog.map((e): LocalizedEntry => {
    const texts = localizeError(e.code, messages);
    return {
      ...e,
      locale,
      title: texts.title,
      description: texts.description,
      userMessage: texts.userMessage,
      docsUrl: docsUrl(e.code, { baseUrl: docsBaseUrl, locale: docsLocale }),
    };
  });
  const bodies = entries.map((e) => JSON.stringify(e));
  const byCode = new Map<number, Representation>();
  entries.forEach((e, i) => {
    const body = bodies[i] as string;
    byCode.set(e.code, { body, etag: etagOf(body) });
  });
  const haystacks = entries.map((e) => searchText(e, e));
  return { entries, bodies, byCode, haystacks };
}

/** Loads every locale (the nine real ones and the pseudo-locale) and precomputes. */
export async function loadData(docsBaseUrl: string): Promise<Data> {
  const served: Locale[] = [...locales, pseudoLocale];
  const byLocale = new Map<Locale, LocaleData>();
  for (const locale of served) {
    byLocale.set(locale, buildLocaleData(locale, await loadMessages(locale), docsBaseUrl));
  }

  const listCache = new Map<string, Representation>();

  function list(
    locale: Locale,
    filters: ListFilters,
    limit: number,
    offset: number,
  ): Representation {
    const { category, source, severity, retryable, feature } = filters;
    // Queries that differ only in case, accents, width or spacing share a cache entry.
    const terms = searchTerms(filters.q);
    const key = `${locale}\u0000${category}\u0000${source}\u0000${severity}\u0000${retryable}\u0000${feature}\u0000${limit}\u0000${offset}\u0000${terms.join(' ')}`;
    const cached = listCache.get(key);
    if (cached) return cached;

    const data = byLocale.get(locale) as LocaleData;
    const matches: number[] = [];
    data.entries.forEach((e, i) => {
      if (category !== undefined && e.category !== category) return;
      if (source !== undefined && e.source !== source) return;
      if (severity !== undefined && e.severity !== severity) return;
      if (retryable !== undefined && e.retryable !== retryable) return;
      if (feature !== undefined && e.feature !== feature) return;
      if (matchesSearch(data.haystacks[i] as string, terms)) matches.push(i);
    });
    const items = matches.slice(offset, offset + limit).map((i) => data.bodies[i]);
    // The items are already JSON: concatenate rather than re-serialize them.
    const body = `{"locale":${JSON.stringify(locale)},"total":${matches.length},"limit":${limit},"offset":${offset},"items":[${items.join(',')}]}`;
    const representation = { body, etag: etagOf(body) };
    // Keys come from clients: the cache is capped, oldest out first.
    if (listCache.size >= LIST_CACHE_SIZE) {
      listCache.delete(listCache.keys().next().value as string);
    }
    listCache.set(key, representation);
    return representation;
  }

  return {
    locales: served.map((locale) => ({
      locale,
      name: localeNames[locale],
      direction: direction(locale),
      pseudo: locale === pseudoLocale,
    })),
    find(param) {
      return /^[0-9]+$/.test(param) ? findError(param) : findError(param.toUpperCase());
    },
    entry(locale, code) {
      return byLocale.get(locale)?.byCode.get(code);
    },
    list,
    categories: represent({
      total: catalog.length,
      items: categories.map((category) => ({
        category,
        count: catalog.filter((e) => e.category === category).length,
      })),
    }),
    localesBody: represent({
      default: defaultLocale,
      items: served.map((locale) => ({
        locale,
        name: localeNames[locale],
        direction: direction(locale),
        pseudo: locale === pseudoLocale,
      })),
    }),
  };
}
