import { type PlatformId, platformIds } from '@org/error-codes';
import {
  type LocalizedEntry,
  loadMessages,
  localizedCatalog,
  type PlatformMessages,
  type SearchableRow,
} from '@org/error-codes-i18n';
import { type LineModule, loadLineModules } from './platforms.js';
import { readPackage, renderReadme } from './readme.js';
import { type PackageSlug, packages, type SiteLocale, siteLocales } from './site.js';

type ByLocale<T> = Readonly<Record<SiteLocale, T>>;

/**
 * Everything a page render needs beyond the catalog: each platform's texts in each
 * locale, every entry localized once (i18n's `localizedCatalog`), and the
 * READMEs. Built once per prerender; pages only read it.
 */
export interface SiteData {
  /** Each line's entry point, as `<ErrorCodesProvider platform>` takes it. */
  readonly modules: Readonly<Record<PlatformId, LineModule>>;
  /** Each line's texts in each locale: `loadMessages(line, locale)`, loaded once per build. */
  readonly messages: Readonly<Record<PlatformId, ByLocale<PlatformMessages>>>;
  /** A platform's entries in one locale, in catalog order. */
  entries(platform: PlatformId, locale: SiteLocale): readonly LocalizedEntry[];
  /** One code of a platform in one locale, or undefined where the platform lacks it. */
  entry(platform: PlatformId, code: number, locale: SiteLocale): LocalizedEntry | undefined;
  /** The same entries with their search haystacks, for `queryCatalog` (every list a page shows). */
  rows(platform: PlatformId, locale: SiteLocale): readonly SearchableRow[];
  readonly packageInfo: Readonly<Record<PackageSlug, { readme: string; description: string }>>;
  readmeHtml(pkg: PackageSlug, locale: SiteLocale): string;
}

export async function loadSiteData(): Promise<SiteData> {
  const messages = {} as Record<PlatformId, Record<SiteLocale, PlatformMessages>>;
  const modules = await loadLineModules();
  for (const platform of platformIds) {
    const loaded = await Promise.all(siteLocales.map((l) => loadMessages(platform, l)));
    messages[platform] = Object.fromEntries(siteLocales.map((l, i) => [l, loaded[i]])) as Record<
      SiteLocale,
      PlatformMessages
    >;
  }
  const catalog = (platform: PlatformId, locale: SiteLocale) =>
    localizedCatalog(messages[platform][locale]);
  const packageInfo = Object.fromEntries(
    packages.map((p) => [p.slug, readPackage(p.slug)]),
  ) as Record<PackageSlug, { readme: string; description: string }>;
  const html = new Map<string, string>();
  return {
    modules,
    messages,
    entries: (platform, locale) => catalog(platform, locale).entries,
    entry: (platform, code, locale) => catalog(platform, locale).byCode.get(code),
    rows: (platform, locale) => catalog(platform, locale).rows,
    packageInfo,
    readmeHtml(pkg, locale) {
      const key = `${pkg}:${locale}`;
      let out = html.get(key);
      if (out === undefined) {
        out = renderReadme(packageInfo[pkg].readme, locale);
        html.set(key, out);
      }
      return out;
    },
  };
}
