import {
  catalog,
  categories,
  docsPath,
  type ErrorCategory,
  type ErrorEntry,
} from '@org/error-codes';
import {
  categoryPath,
  indexPath,
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
      readonly entry: ErrorEntry;
    }
  | {
      readonly kind: 'redirect';
      readonly locale: SiteLocale;
      readonly path: string;
      readonly entry: ErrorEntry;
      readonly to: string;
    }
  | {
      readonly kind: 'category';
      readonly locale: SiteLocale;
      readonly path: string;
      readonly category: ErrorCategory;
    }
  | {
      readonly kind: 'start';
      readonly locale: SiteLocale;
      readonly path: string;
      readonly pkg: PackageSlug;
    }
  | { readonly kind: 'notFound'; readonly locale: 'en'; readonly path: '/404.html' };

export function allRoutes(): Route[] {
  const routes: Route[] = [];
  for (const locale of siteLocales) {
    routes.push({ kind: 'index', locale, path: indexPath(locale) });
    for (const entry of catalog) {
      routes.push({ kind: 'code', locale, path: docsPath(entry.code, locale), entry });
    }
    for (const entry of catalog) {
      routes.push({
        kind: 'redirect',
        locale,
        path: docsPath(entry.name, locale),
        entry,
        to: docsPath(entry.code, locale),
      });
    }
    for (const category of categories) {
      routes.push({ kind: 'category', locale, path: categoryPath(category, locale), category });
    }
    for (const pkg of packages) {
      routes.push({ kind: 'start', locale, path: startPath(pkg.slug, locale), pkg: pkg.slug });
    }
  }
  routes.push({ kind: 'notFound', locale: 'en', path: '/404.html' });
  return routes;
}

/** The same page in another locale: what the locale switcher and hreflang link to. */
export function pathInLocale(route: Route, locale: SiteLocale): string {
  switch (route.kind) {
    case 'index':
      return indexPath(locale);
    case 'code':
      return docsPath(route.entry.code, locale);
    case 'redirect':
      return docsPath(route.entry.name, locale);
    case 'category':
      return categoryPath(route.category, locale);
    case 'start':
      return startPath(route.pkg, locale);
    case 'notFound':
      return indexPath(locale);
  }
}

/** The file a route is written to under dist: `/errors/4001/` → `errors/4001/index.html`. */
export function outputFile(path: string): string {
  const relative = path.replace(/^\/+/, '');
  return path.endsWith('/') ? `${relative}index.html` : relative;
}

/** The neighbours of a code in catalog order, for previous / next links. */
export function neighbours(code: number): { previous?: ErrorEntry; next?: ErrorEntry } {
  const i = catalog.findIndex((entry) => entry.code === code);
  const previous = i > 0 ? catalog[i - 1] : undefined;
  const next = i >= 0 ? catalog[i + 1] : undefined;
  return { ...(previous && { previous }), ...(next && { next }) };
}

/** Other codes of the same category, in catalog order. */
export function relatedCodes(entry: ErrorEntry): ErrorEntry[] {
  return catalog.filter((other) => other.category === entry.category && other.code !== entry.code);
}
