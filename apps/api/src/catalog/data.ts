/**
 * Everything the catalog routes serve, computed once at start-up: the data changes
 * only with a release, so each platform's entries in each locale come from i18n's
 * `localizedCatalog` (the one read model, localized once), are serialized and hashed
 * here, their search text indexed, and a lookup costs a Map get.
 */
import { createHash } from 'node:crypto';
import {
  categories,
  docsUrl,
  type ErrorEntryShape,
  explain,
  type LineId,
  lines,
  oftenExplainedBy,
  type PlatformId,
  type PlatformInfo,
  platforms,
  platformTables,
  unknownReasonOf,
} from '@org/error-codes';
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
  localizedCatalog,
  type PlatformMessages,
  pseudoLocale,
  type SearchableRow,
  searchCatalog,
} from '@org/error-codes-i18n';
import { type Representation, represent, representJson } from '../http/representation.js';
import { slabPool } from '../http/slab.js';

/** One entry in one locale as the API serves it: the read model and the entry's docs page. */
type ServedEntry = LocalizedEntry & {
  readonly docsUrl: string | null;
  readonly oftenExplainedBy: readonly number[];
};

/** What the API reads of a line's entry point (`@org/error-codes/ios`…): its own lookup and record. */
interface LineModule {
  readonly platform: PlatformInfo;
  findError(input: unknown): ErrorEntryShape | undefined;
}

/**
 * A line's entry point, found by the name the registry gives it: a line added to the
 * core is served with no change here.
 */
async function importLine(info: PlatformInfo): Promise<LineModule> {
  if (info.entryPoint === null)
    throw new Error(`The ${info.id} line has a table but no entry point`);
  const module = (await import(info.entryPoint)) as LineModule;
  if (module.platform?.id !== info.id)
    throw new Error(`${info.entryPoint} is not the ${info.id} line`);
  return module;
}

const tableOf = (id: PlatformId) => platformTables[id] as readonly ErrorEntryShape[];

export const servedLocales: readonly Locale[] = [...locales, pseudoLocale];

interface Row extends SearchableRow<ServedEntry> {
  readonly position: number;
}

interface LocaleData {
  readonly rows: readonly Row[];
  /** Per entry position: its representation, and its body as bytes for list pages. */
  readonly entries: readonly Representation[];
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
  /** The entry a path names (a decimal code, a wire name or an alias, any case), or `undefined`. */
  entry(locale: Locale, param: string): Representation | undefined;
  /** The served entry of a code of the table. */
  served(locale: Locale, code: number): ServedEntry;
  list(locale: Locale, page: ListPage): Representation;
}

export interface Data {
  readonly platforms: ReadonlyMap<PlatformId, PlatformData>;
  readonly locales: readonly {
    readonly locale: Locale;
    readonly name: string;
    readonly direction: 'ltr' | 'rtl';
    readonly pseudo: boolean;
  }[];
  /** Every meaning of `input` on every line, in `locale`, and the lines it is unknown on; `undefined` when no line has it. */
  explain(input: string, locale: Locale): Representation | undefined;
  /** Every line of the core's registry, those without a table too. */
  platformList(locale: Locale): Representation;
  categoryList(locale: Locale): Representation;
  readonly localeList: Representation;
}

/** Page bodies sent once, and page bodies kept with a cached page. */
const join = slabPool();
const keep = slabPool();
const COMMA = Buffer.from(',');
const LIST_END = Buffer.from(']}');

/** What the deployment sets: where its docs are, and whom end users contact. */
export interface DataSettings {
  readonly docsBaseUrl?: string | undefined;
  /** The app's own support; without it, end-user texts name the app's support team in each locale. */
  readonly supportContact?: string | undefined;
}

function buildLocaleData(
  platform: PlatformId,
  messages: PlatformMessages,
  { docsBaseUrl, supportContact }: DataSettings,
): LocaleData {
  const locale = messages.locale;
  // The docs site has no pseudo-locale pages: link its entries to the English ones.
  const docsLocale = locale === pseudoLocale ? defaultLocale : locale;
  const table = tableOf(platform);
  const catalog = localizedCatalog(messages, { supportContact });
  const served = catalog.entries.map((localized, at): ServedEntry => {
    const entry = table[at] as ErrorEntryShape;
    return {
      ...localized,
      // The core's fields the read model leaves out (the retry policy, web's `since`):
      // the ErrorEntry schema is the core's entry, so every field of it is served.
      ...Object.fromEntries(Object.entries(entry).filter(([field]) => !(field in localized))),
      oftenExplainedBy: oftenExplainedBy(entry).map((e) => e.code),
      docsUrl: docsUrl(platform, entry.code, { baseUrl: docsBaseUrl, locale: docsLocale }) ?? null,
    };
  });
  // The catalog's haystacks, in table order: the served fields added above are not searched.
  const rows = catalog.rows.map(({ haystack }, position) => ({
    entry: served[position] as ServedEntry,
    haystack,
    position,
  }));
  const entries = served.map((entry) => representJson(entry, { language: locale }));
  const bodies = createHash('sha1').update(entries.map((r) => r.etag).join(''));
  return {
    rows,
    entries,
    tagPrefix: `${bodies.digest('base64url').slice(0, 16)}-${platform}-${locale}`,
  };
}

async function buildPlatform(info: PlatformInfo, settings: DataSettings): Promise<PlatformData> {
  const { id } = info;
  const module = await importLine(info);
  const byLocale = new Map<Locale, LocaleData>();
  for (const locale of servedLocales) {
    const messages = (await loadMessages(id, locale)) as PlatformMessages;
    byLocale.set(locale, buildLocaleData(id, messages, settings));
  }
  const positions = new Map<number, number>(tableOf(id).map((e, i) => [e.code, i]));
  const localeData = (locale: Locale) => byLocale.get(locale) as LocaleData;
  // The core's own lookup: the code, its decimal string, the wire name or an alias as
  // written, else in upper case (names and aliases are upper case).
  const position = (param: string) => {
    const entry = module.findError(param) ?? module.findError(param.toUpperCase());
    return entry === undefined ? undefined : (positions.get(entry.code) as number);
  };

  return {
    info: module.platform,
    entryCount: tableOf(id).length,
    entry(locale, param) {
      const at = position(param);
      return at === undefined ? undefined : localeData(locale).entries[at];
    },
    served(locale, code) {
      return localeData(locale).rows[positions.get(code) as number]?.entry as ServedEntry;
    },
    list(locale, { query, limit, offset }) {
      const data = localeData(locale);
      // The one query seam filters and ranks (best first); it builds its word index on
      // the first search of these rows and keeps it. Every row is of this platform already.
      const found = searchCatalog(data.rows, { ...query, platform: undefined }, { locale });
      const matches = found.rows;
      const suggestion = found.suggestion;
      const page = matches.slice(offset, offset + limit);
      const head = JSON.stringify({
        platform: id,
        locale,
        total: matches.length,
        limit,
        offset,
        ...(suggestion === undefined ? {} : { suggestion }),
      });
      const parts: Buffer[] = [Buffer.from(`${head.slice(0, -1)},"items":[`)];
      for (const [i, row] of page.entries()) {
        if (i > 0) parts.push(COMMA);
        parts.push(data.entries[row.position]?.body as Buffer);
      }
      parts.push(LIST_END);
      // The body is a function of the entry bodies, the head and which entries are on the
      // page: the tag spells those out (exact, and cheaper than hashing tens of kilobytes).
      const offered =
        suggestion === undefined
          ? ''
          : `-${createHash('sha1').update(suggestion).digest('base64url').slice(0, 10)}`;
      const etag = `"${data.tagPrefix}-${matches.length}-${limit}-${offset}-${page.map((r) => r.position.toString(36)).join('_')}${offered}"`;
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

/** Loads every line with a table in every served locale (the real ones and the pseudo-locale). */
export async function loadData(settings: DataSettings = {}): Promise<Data> {
  const byId = new Map<PlatformId, PlatformData>();
  for (const info of platforms) byId.set(info.id, await buildPlatform(info, settings));

  // The vocabulary labels of a locale are the same in every platform's bundle.
  const labels = new Map<Locale, Labels>();
  for (const locale of servedLocales)
    labels.set(locale, (await loadMessages((platforms[0] as PlatformInfo).id, locale)).labels);
  const labelsOf = (locale: Locale) => labels.get(locale) as Labels;

  const perLocale = (make: (locale: Locale) => unknown) => {
    const made = new Map(
      servedLocales.map((locale) => [locale, representJson(make(locale), { language: locale })]),
    );
    return (locale: Locale) => made.get(locale) as Representation;
  };

  const served = servedLocales.map((locale) => ({
    locale,
    name: localeNames[locale],
    direction: direction(locale),
    pseudo: locale === pseudoLocale,
  }));

  return {
    platforms: byId,
    locales: served,
    explain(input, locale) {
      const { query, clash, matches } = explain(input);
      if (matches.length === 0) return undefined;
      const found = new Set<LineId>(matches.map((m) => m.platform));
      return representJson(
        {
          query,
          clash,
          locale,
          matches: matches.map((m) => ({
            platform: m.platform,
            matchedBy: m.matchedBy,
            sameMeaning: m.sameMeaning.map(({ platform, code, name }) => ({
              platform,
              code,
              name,
            })),
            entry: byId.get(m.platform)?.served(locale, m.entry.code),
          })),
          // Each line is read with its own table alone: where it has no match, the
          // input is unknown there, whatever another line's table says.
          unknownOn: lines
            .filter((line) => !found.has(line.id))
            .map((line) => ({ line: line.id, reason: unknownReasonOf(line) })),
        },
        { language: locale },
      );
    },
    platformList: perLocale((locale) => ({
      locale,
      items: lines.map((line) => ({
        id: line.id,
        label: line.label,
        localizedLabel: byId.has(line.id as PlatformId)
          ? labelsOf(locale).platforms[line.id as PlatformId]
          : line.label,
        surface: line.surface,
        sdk: line.sdk,
        alsoIn: line.alsoIn,
        hasTable: line.hasTable,
        complete: line.complete,
        codes: line.codes,
        source: line.source,
        entryPoint: line.entryPoint,
        note: line.note,
        errors: byId.has(line.id as PlatformId) ? `/v1/${line.id}/errors` : null,
      })),
    })),
    categoryList: perLocale((locale) => ({
      locale,
      items: categories.map((category) => ({
        category,
        label: labelsOf(locale).categories[category],
        codes: Object.fromEntries(
          platforms.map((p) => [p.id, tableOf(p.id).filter((e) => e.category === category).length]),
        ),
      })),
    })),
    localeList: representJson({ default: defaultLocale, items: served }),
  };
}
