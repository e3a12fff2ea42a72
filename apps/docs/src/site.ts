import { docsPath } from '@org/error-codes';
import { type Locale, locales } from '@org/error-codes-i18n';

/** The nine locales the site is published in (the pseudo-locale is for tests of UIs, not readers). */
export type SiteLocale = (typeof locales)[number];
export const siteLocales: readonly SiteLocale[] = locales;

/** Where the lookup API (apps/api) listens when run locally; the curl snippets point there. */
export const apiUrl = 'http://127.0.0.1:3000';

/**
 * The locale prefix of every page, read off `docsPath` so the code pages and all other
 * pages follow the one URL pattern: '' for English, '/de' for German.
 */
export function localePrefix(locale: Locale): string {
  return docsPath(0, locale).replace(/\/errors\/0\/$/, '');
}

export const indexPath = (locale: Locale): string => `${localePrefix(locale)}/`;
export const categoryPath = (category: string, locale: Locale): string =>
  `${localePrefix(locale)}/categories/${category}/`;
export const startPath = (pkg: string, locale: Locale): string =>
  `${localePrefix(locale)}/start/${pkg}/`;

/** Files the site offers for download, copied from the packages at build time. */
export const downloads = {
  catalog: '/catalog.json',
  catalogSchema: '/catalog.schema.json',
  messages: (locale: Locale): string => `/messages/${locale}.json`,
} as const;

/** The workspace packages that get a getting-started page, by URL slug. */
export const packages = [
  { slug: 'error-codes', name: '@org/error-codes' },
  { slug: 'i18n', name: '@org/error-codes-i18n' },
  { slug: 'react', name: '@org/error-codes-react' },
  { slug: 'logger', name: '@org/error-codes-logger' },
] as const;
export type PackageSlug = (typeof packages)[number]['slug'];
