import {
  categories,
  docsPath,
  type ErrorCategory,
  type ErrorEntryShape,
  type LineId,
  lineIds,
  type PlatformId,
  platformIds,
} from '@org/error-codes';
import { catalogOf } from './platforms.js';
import {
  apiKeyPath,
  categoryPath,
  crossPlatformPath,
  howErrorsPath,
  indexPath,
  linePath,
  type PackageSlug,
  packages,
  type SiteLocale,
  siteLocales,
  startPath,
} from './site.js';

/** Every page the site has, one object per URL. Built from the catalog: nothing is listed by hand. */
export type Route =
  | { readonly kind: 'index'; readonly locale: SiteLocale; readonly path: string }
  | {
      readonly kind: 'code';
      readonly locale: SiteLocale;
      readonly path: string;
      readonly platform: PlatformId;
      readonly entry: ErrorEntryShape;
    }
  | {
      /** A wire name or an alias of a platform's code: leads to the code's page. */
      readonly kind: 'redirect';
      readonly locale: SiteLocale;
      readonly path: string;
      readonly platform: PlatformId;
      readonly entry: ErrorEntryShape;
      readonly spelling: string;
      readonly to: string;
    }
  | {
      readonly kind: 'category';
      readonly locale: SiteLocale;
      readonly path: string;
      readonly category: ErrorCategory;
    }
  | { readonly kind: 'crossPlatform'; readonly locale: SiteLocale; readonly path: string }
  | {
      /** A line's page: its SDK, versions, completeness, entry point and codes (Android too, which has no table). */
      readonly kind: 'line';
      readonly locale: SiteLocale;
      readonly path: string;
      readonly line: LineId;
    }
  | {
      readonly kind: 'start';
      readonly locale: SiteLocale;
      readonly path: string;
      readonly pkg: PackageSlug;
    }
  | {
      /** How errors reach an app on one line: what emits, what throws, what stays silent. */
      readonly kind: 'howErrors';
      readonly locale: SiteLocale;
      readonly path: string;
      readonly platform: PlatformId;
    }
  | { readonly kind: 'apiKey'; readonly locale: SiteLocale; readonly path: string }
  | { readonly kind: 'notFound'; readonly locale: 'en'; readonly path: '/404.html' };

export function allRoutes(): Route[] {
  const routes: Route[] = [];
  for (const locale of siteLocales) {
    routes.push({ kind: 'index', locale, path: indexPath(locale) });
    routes.push({ kind: 'crossPlatform', locale, path: crossPlatformPath(locale) });
    for (const line of lineIds) {
      routes.push({ kind: 'line', locale, path: linePath(line, locale), line });
    }
    for (const platform of platformIds) {
      routes.push({ kind: 'howErrors', locale, path: howErrorsPath(platform, locale), platform });
      for (const entry of catalogOf(platform)) {
        const path = docsPath(platform, entry.code, locale);
        routes.push({ kind: 'code', locale, path, platform, entry });
        for (const spelling of [entry.name, ...entry.aliases]) {
          routes.push({
            kind: 'redirect',
            locale,
            path: docsPath(platform, spelling, locale),
            platform,
            entry,
            spelling,
            to: path,
          });
        }
      }
    }
    for (const category of categories) {
      routes.push({ kind: 'category', locale, path: categoryPath(category, locale), category });
    }
    for (const pkg of packages) {
      routes.push({ kind: 'start', locale, path: startPath(pkg.slug, locale), pkg: pkg.slug });
    }
    routes.push({ kind: 'apiKey', locale, path: apiKeyPath(locale) });
  }
  routes.push({ kind: 'notFound', locale: 'en', path: '/404.html' });
  return routes;
}

/** The same page in another locale: what the locale switcher and hreflang link to. */
export function pathInLocale(route: Route, locale: SiteLocale): string {
  switch (route.kind) {
    case 'index':
    case 'notFound':
      return indexPath(locale);
    case 'code':
      return docsPath(route.platform, route.entry.code, locale);
    case 'redirect':
      return docsPath(route.platform, route.spelling, locale);
    case 'category':
      return categoryPath(route.category, locale);
    case 'crossPlatform':
      return crossPlatformPath(locale);
    case 'line':
      return linePath(route.line, locale);
    case 'start':
      return startPath(route.pkg, locale);
    case 'howErrors':
      return howErrorsPath(route.platform, locale);
    case 'apiKey':
      return apiKeyPath(locale);
  }
}

/** The file a route is written to under dist: `/web/errors/4001/` → `web/errors/4001/index.html`. */
export function outputFile(path: string): string {
  const relative = path.replace(/^\/+/, '');
  return path.endsWith('/') ? `${relative}index.html` : relative;
}

/** The neighbours of a code in its platform's catalog order, for previous / next links. */
export function neighbours(
  platform: PlatformId,
  code: number,
): { previous?: ErrorEntryShape; next?: ErrorEntryShape } {
  const table = catalogOf(platform);
  const i = table.findIndex((entry) => entry.code === code);
  if (i < 0) return {};
  const previous = table[i - 1];
  const next = table[i + 1];
  return { ...(previous && { previous }), ...(next && { next }) };
}
