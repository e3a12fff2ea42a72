/**
 * Everything the catalog routes serve, computed once at start-up: the data changes
 * only with a release, so each entry of each platform in each locale is localized
 * with `localizeEntry` (the one read model), serialized and hashed here, its search
 * text indexed, and a lookup costs a Map get.
 */
import { createHash } from 'node:crypto';
import {
  categories,
  docsUrl,
  type ErrorEntryShape,
  explain,
  type PlatformId,
  type PlatformInfo,
  platforms,
} from '@org/error-codes';
import * as flutter from '@org/error-codes/flutter';
import * as web from '@org/error-codes/web';
import {
  type CatalogQuery,
  defaultLocale,
  direction,
  type Labels,
  type Locale,
  type LocalizedEntry,
  loadMessages,
  localeNames,
  locales,
  localizeEntry,
  type PlatformMessages,
  pseudoLocale,
  queryCatalog,
  type SearchableRow,
  searchableRows,
} from '@org/error-codes-i18n';
import { type Representation, represent, representJson } from '../http/representation.js';
import { slabPool } from '../http/slab.js';
import { buildSearchIndex, type SearchIndex } from './searchIndex.js';

/** One entry in one locale as the API serves it: the read model and the entry's docs page. */
export type ServedEntry = LocalizedEntry & { readonly docsUrl: string | null };

/** The platform modules of the core, by id: their own lookups and tables. */
const modules = { web, flutter } as const;

const tableOf = (id: PlatformId) => modules[id].catalog as readonly ErrorEntryShape[];

export const servedLocales: readonly Locale[] = [...locales, pseudoLocale];

interface Row extends SearchableRow<ServedEntry> {
  readonly position: number;
}

interface LocaleData {
  readonly rows: readonly Row[];
  /** Per entry position: its representation, and its body as bytes for list pages. */
  readonly entries: readonly Representation[];
  readonly bodies: readonly Buffer[];
  readonly index: SearchIndex<Row>;
  /** Starts every list tag of this platform and locale: a hash of every entry body, the platform, the locale. */
  readonly tagPrefix: string;
}

export interface ListPage {
  readonly query: CatalogQuery;
  readonly limit: number;
  readonly offset: number;
}

export interface PlatformData {
  readonly info: PlatformInfo;
  readonly entryCount: number;
  /** The position of the entry a path names: a decimal code, a wire name or an alias, any case. */
  find(param: string): number | undefined;
  entry(locale: Locale, position: number): Representation;
  list(locale: Locale, page: ListPage): Representation;
}

export interface ServedLocale {
  readonly locale: Locale;
  readonly name: string;
  readonly direction: 'ltr' | 'rtl';
  readonly pseudo: boolean;
}

export interface Data {
  /** By platform id; a Map, so a path segment such as `__proto__` is simply absent. */
  readonly platforms: ReadonlyMap<string, PlatformData>;
  readonly locales: readonly ServedLocale[];
  /** Every meaning of `input` on every platform, in `locale`; `undefined` when none. */
  explain(input: string, locale: Locale): Representation | undefined;
  platformList(locale: Locale): Representation;
  categoryList(locale: Locale): Representation;
  readonly localeList: Representation;
}

const DIGITS = /^[0-9]+$/;
/** Page bodies sent once, and page bodies kept with a cached page. */
const join = slabPool();
const keep = slabPool();
const COMMA = Buffer.from(',');
const LIST_END = Buffer.from(']}');
/** Explain inputs come from clients: answers are remembered in a capped map, oldest out first. */
const MAX_EXPLAINED = 1024;

function sha1(text: string): string {
  return createHash('sha1').update(text).digest('base64url');
}

function buildLocaleData(
  platform: PlatformId,
  messages: PlatformMessages,
  docsBaseUrl: string | undefined,
): LocaleData {
  const locale = messages.locale;
  // The docs site has no pseudo-locale pages: link its entries to the English ones.
  const docsLocale = locale === pseudoLocale ? defaultLocale : locale;
  const served = tableOf(platform).map(
    (entry): ServedEntry => ({
      ...localizeEntry(entry, messages),
      docsUrl: docsUrl(platform, entry.code, { baseUrl: docsBaseUrl, locale: docsLocale }) ?? null,
    }),
  );
  const rows = searchableRows(served).map((row, position) => ({ ...row, position }));
  const entries = served.map((entry) => representJson(entry, { language: locale }));
  return {
    rows,
    entries,
    bodies: entries.map((r) => r.body as Buffer),
    index: buildSearchIndex(rows),
    tagPrefix: `${sha1(entries.map((r) => r.etag).join('')).slice(0, 16)}-${platform}-${locale}`,
  };
}

async function buildPlatform(
  id: PlatformId,
  docsBaseUrl: string | undefined,
): Promise<PlatformData> {
  const module = modules[id];
  const byLocale = new Map<Locale, LocaleData>();
  for (const locale of servedLocales) {
    const messages = (await loadMessages(id, locale)) as PlatformMessages;
    byLocale.set(locale, buildLocaleData(id, messages, docsBaseUrl));
  }
  const positions = new Map<number, number>(tableOf(id).map((e, i) => [e.code, i]));
  // The spellings a path most often holds, found without a regular expression or a
  // case change: the decimal code, the wire name and the aliases as written.
  const spellings = new Map<string, number>();
  tableOf(id).forEach((e, i) => {
    for (const spelling of [String(e.code), e.name, ...e.aliases]) spellings.set(spelling, i);
  });
  const localeData = (locale: Locale) => byLocale.get(locale) as LocaleData;

  return {
    info: module.platform,
    entryCount: tableOf(id).length,
    find(param) {
      const known = spellings.get(param);
      if (known !== undefined) return known;
      const entry = DIGITS.test(param)
        ? module.findError(param)
        : module.findError(param.toUpperCase());
      return entry === undefined ? undefined : positions.get(entry.code);
    },
    entry(locale, position) {
      return localeData(locale).entries[position] as Representation;
    },
    list(locale, { query, limit, offset }) {
      const data = localeData(locale);
      // The index finds the words; queryCatalog, the one query seam, applies the filters
      // (and the words too, where one was too short for the index to look up). Every
      // row is of this platform already.
      const found = data.index.search(query.q);
      const rest: CatalogQuery = {
        ...query,
        platform: undefined,
        q: found.exact ? undefined : query.q,
      };
      const filtered = Object.values(rest).some((value) => value !== undefined);
      const matches = filtered ? queryCatalog(found.rows, rest) : found.rows;
      const page = matches.slice(offset, offset + limit);
      const head = `{"platform":"${id}","locale":"${locale}","total":${matches.length},"limit":${limit},"offset":${offset},"items":[`;
      const parts: Buffer[] = [Buffer.from(head)];
      for (const [i, row] of page.entries()) {
        if (i > 0) parts.push(COMMA);
        parts.push(data.bodies[row.position] as Buffer);
      }
      parts.push(LIST_END);
      // The body is a function of the entry bodies, the head and which entries are on the
      // page: the tag spells those out (exact, and cheaper than hashing tens of kilobytes).
      const etag = `"${data.tagPrefix}-${matches.length}-${limit}-${offset}-${page.map((r) => r.position.toString(36)).join('_')}"`;
      // Joined when sent (a 304 needs none); a page sent a second time (from the cache)
      // keeps its bytes, so a popular search costs no copy.
      let kept: Buffer | undefined;
      let sent = 0;
      const body = (): Buffer => {
        if (kept !== undefined) return kept;
        sent++;
        if (sent === 1) return join(parts);
        kept = keep(parts);
        return kept;
      };
      return represent(body, { language: locale, etag });
    },
  };
}

/** Loads every platform in every served locale (the nine real ones and the pseudo-locale). */
export async function loadData(docsBaseUrl: string | undefined): Promise<Data> {
  const byId = new Map<string, PlatformData>();
  for (const info of platforms) byId.set(info.id, await buildPlatform(info.id, docsBaseUrl));

  // The vocabulary labels of a locale are the same in every platform's bundle.
  const labels = new Map<Locale, Labels>();
  for (const locale of servedLocales)
    labels.set(locale, (await loadMessages('web', locale)).labels);
  const labelsOf = (locale: Locale) => labels.get(locale) as Labels;

  const perLocale = (make: (locale: Locale) => Representation) => {
    const made = new Map(servedLocales.map((locale) => [locale, make(locale)]));
    return (locale: Locale) => made.get(locale) as Representation;
  };

  const platformList = perLocale((locale) =>
    representJson(
      {
        locale,
        items: platforms.map((p) => ({
          id: p.id,
          name: p.name,
          label: labelsOf(locale).platforms[p.id],
          sdk: p.sdk,
          alsoIn: p.alsoIn,
          codes: tableOf(p.id).length,
        })),
      },
      { language: locale },
    ),
  );

  const categoryList = perLocale((locale) =>
    representJson(
      {
        locale,
        items: categories.map((category) => ({
          category,
          label: labelsOf(locale).categories[category],
          codes: Object.fromEntries(
            platforms.map((p) => [
              p.id,
              tableOf(p.id).filter((e) => e.category === category).length,
            ]),
          ),
        })),
      },
      { language: locale },
    ),
  );

  const served = servedLocales.map((locale) => ({
    locale,
    name: localeNames[locale],
    direction: direction(locale),
    pseudo: locale === pseudoLocale,
  }));

  const entryBody = (platform: PlatformId, locale: Locale, code: number) => {
    const data = byId.get(platform) as PlatformData;
    return String(data.entry(locale, data.find(String(code)) as number).body);
  };

  function explainIn(input: string, locale: Locale): Representation | null {
    const explanation = explain(input);
    if (explanation.matches.length === 0) return null;
    const matches = explanation.matches.map((m) => {
      const sameMeaning = JSON.stringify(
        m.sameMeaning.map((e) => ({ platform: e.platform, code: e.code, name: e.name })),
      );
      return `{"platform":"${m.platform}","matchedBy":"${m.matchedBy}","sameMeaning":${sameMeaning},"entry":${entryBody(m.platform, locale, m.entry.code)}}`;
    });
    return represent(
      Buffer.from(
        `{"query":${JSON.stringify(explanation.query)},"clash":${explanation.clash},"locale":"${locale}","matches":[${matches.join(',')}]}`,
      ),
      { language: locale },
    );
  }
  const explained = new Map<string, Representation | null>();

  return {
    platforms: byId,
    locales: served,
    explain(input, locale) {
      const key = `${locale}\u0000${input}`;
      let answer = explained.get(key);
      if (answer === undefined) {
        answer = explainIn(input, locale);
        if (explained.size >= MAX_EXPLAINED) {
          explained.delete(explained.keys().next().value as string);
        }
        explained.set(key, answer);
      }
      return answer ?? undefined;
    },
    platformList,
    categoryList,
    localeList: representJson({ default: defaultLocale, items: served }),
  };
}
