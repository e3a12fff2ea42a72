import { type ErrorCategory, type LineId, localePrefix, type PlatformId } from '@org/error-codes';
import { locales } from '@org/error-codes-i18n';
import { pageIndexPath } from './pageSearch.js';

/**
 * The nine locales the site is published in. The pseudo-locale en-XA is left out, as
 * before: it exists to test UIs, not for readers.
 */
export type SiteLocale = (typeof locales)[number];
export const siteLocales: readonly SiteLocale[] = locales;

/*
 * Every address of the site, built on the core's `localePrefix` (and `docsPath` for
 * code pages, which callers use directly): '' for English, '/de' for German.
 */
export const indexPath = (locale: SiteLocale): string => `${localePrefix(locale)}/`;
export const categoryPath = (category: ErrorCategory, locale: SiteLocale): string =>
  `${localePrefix(locale)}/categories/${category}/`;
export const crossPlatformPath = (locale: SiteLocale): string =>
  `${localePrefix(locale)}/cross-platform/`;
/** A line's page (`/ios/`, `/de/flutter-3/`): the parent of its code pages (`docsPath`). */
export const linePath = (line: LineId, locale: SiteLocale): string =>
  `${localePrefix(locale)}/${line}/`;
export const startPath = (pkg: string, locale: SiteLocale): string =>
  `${localePrefix(locale)}/start/${pkg}/`;
/** A line's "How errors reach your app" page, beside its code pages: `/web/how-errors-reach-your-app/`. */
export const howErrorsPath = (line: PlatformId, locale: SiteLocale): string =>
  `${localePrefix(locale)}/${line}/how-errors-reach-your-app/`;
/** The getting-started page on the API key and the token (no package has this slug). */
export const apiKeyPath = (locale: SiteLocale): string =>
  `${localePrefix(locale)}/start/api-key-and-token/`;

/** Files the site offers for download, copied from the packages at build time. */
export const downloads = {
  catalog: '/catalog.json',
  catalogSchema: '/catalog.schema.json',
  messages: (platform: PlatformId, locale: SiteLocale): string =>
    `/messages/${platform}/${locale}.json`,
  /** The index's search haystacks of one locale, fetched when the reader first searches. */
  search: (locale: SiteLocale): string => `/search/${locale}.json`,
  /** The guide pages' search haystacks of one locale (`pageIndex`), fetched with the codes'. */
  pages: (locale: SiteLocale): string => pageIndexPath(locale),
} as const;

/** The workspace packages that get a getting-started page, by URL slug. */
export const packages = [
  { slug: 'error-codes', name: '@org/error-codes' },
  { slug: 'i18n', name: '@org/error-codes-i18n' },
  { slug: 'react', name: '@org/error-codes-react' },
  { slug: 'logger', name: '@org/error-codes-logger' },
  { slug: 'cli', name: '@org/error-codes-cli' },
] as const;
export type PackageSlug = (typeof packages)[number]['slug'];
