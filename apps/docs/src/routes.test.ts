import { catalog, categories, docsPath } from '@org/error-codes';
import { describe, expect, it } from 'vitest';
import { allRoutes, neighbours, outputFile, pathInLocale, relatedCodes } from './routes.js';
import { indexPath, packages, siteLocales } from './site.js';

const routes = allRoutes();

describe('page data', () => {
  it('has a page for every code in every locale, at docsPath', () => {
    for (const locale of siteLocales) {
      for (const entry of catalog) {
        const page = routes.find(
          (r) => r.kind === 'code' && r.path === docsPath(entry.code, locale),
        );
        expect(page, `${entry.code} ${locale}`).toBeDefined();
      }
    }
    expect(routes.filter((r) => r.kind === 'code')).toHaveLength(catalog.length * 9);
  });

  it('has a redirect from every wire name to its code, in every locale', () => {
    const redirects = routes.filter((r) => r.kind === 'redirect');
    expect(redirects).toHaveLength(catalog.length * siteLocales.length);
    const paths = new Set(routes.map((r) => r.path));
    for (const r of redirects) {
      expect(r.path).toBe(docsPath(r.entry.name, r.locale));
      expect(r.to).toBe(docsPath(r.entry.code, r.locale));
      expect(paths.has(r.to)).toBe(true);
    }
    expect(redirects.find((r) => r.path === '/errors/INVALID_API_KEY/')?.to).toBe('/errors/4001/');
  });

  it('has an index, the category pages and a getting-started page per package, per locale', () => {
    for (const locale of siteLocales) {
      expect(routes.some((r) => r.kind === 'index' && r.path === indexPath(locale))).toBe(true);
      for (const category of categories) {
        expect(
          routes.some(
            (r) => r.kind === 'category' && r.locale === locale && r.category === category,
          ),
        ).toBe(true);
      }
      for (const pkg of packages) {
        expect(
          routes.some((r) => r.kind === 'start' && r.locale === locale && r.pkg === pkg.slug),
        ).toBe(true);
      }
    }
    expect(indexPath('en')).toBe('/');
    expect(indexPath('de')).toBe('/de/');
    expect(routes.filter((r) => r.kind === 'notFound').map((r) => r.path)).toEqual(['/404.html']);
  });

  it('gives every page a unique path and output file', () => {
    const paths = routes.map((r) => r.path);
    expect(new Set(paths).size).toBe(paths.length);
    const files = paths.map(outputFile);
    expect(new Set(files).size).toBe(files.length);
    expect(outputFile('/errors/4001/')).toBe('errors/4001/index.html');
    expect(outputFile('/404.html')).toBe('404.html');
  });

  it('links each page to itself in every other locale, and those pages exist', () => {
    const paths = new Set(routes.map((r) => r.path));
    for (const route of routes) {
      for (const locale of siteLocales) {
        expect(paths.has(pathInLocale(route, locale)), `${route.path} → ${locale}`).toBe(true);
      }
    }
    const page = routes.find((r) => r.path === '/errors/4010/');
    expect(page && pathInLocale(page, 'ar')).toBe('/ar/errors/4010/');
  });

  it('links previous, next and related codes that exist', () => {
    expect(neighbours(catalog[0]?.code ?? 0).previous).toBeUndefined();
    expect(neighbours(catalog.at(-1)?.code ?? 0).next).toBeUndefined();
    expect(neighbours(4001).next?.code).toBe(4002);
    expect(neighbours(9999)).toEqual({});
    for (const entry of catalog) {
      for (const other of relatedCodes(entry)) {
        expect(other.category).toBe(entry.category);
        expect(other.code).not.toBe(entry.code);
      }
    }
  });
});
