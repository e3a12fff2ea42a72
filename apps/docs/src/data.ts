import { type LocaleMessages, loadMessages } from '@org/error-codes-i18n';
import { readPackage, renderReadme } from './readme.js';
import { type PackageSlug, packages, type SiteLocale, siteLocales } from './site.js';

/** Everything a page render needs beyond the catalog: every locale's texts and the READMEs. */
export interface SiteData {
  readonly messages: Readonly<Record<SiteLocale, LocaleMessages>>;
  readonly packageInfo: Readonly<Record<PackageSlug, { readme: string; description: string }>>;
  readmeHtml(pkg: PackageSlug, locale: SiteLocale): string;
}

export async function loadSiteData(): Promise<SiteData> {
  const loaded = await Promise.all(siteLocales.map((locale) => loadMessages(locale)));
  const messages = Object.fromEntries(siteLocales.map((l, i) => [l, loaded[i]])) as Record<
    SiteLocale,
    LocaleMessages
  >;
  const packageInfo = Object.fromEntries(
    packages.map((p) => [p.slug, readPackage(p.slug)]),
  ) as Record<PackageSlug, { readme: string; description: string }>;
  const html = new Map<string, string>();
  return {
    messages,
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
