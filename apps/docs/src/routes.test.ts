import { categories, docsPath, localePrefix } from '@org/error-codes';
import * as flutter from '@org/error-codes/flutter';
import * as web from '@org/error-codes/web';
import { describe, expect, it } from 'vitest';
import { allRoutes, neighbours, outputFile, pathInLocale, type Route } from './routes.js';
import { crossPlatformPath, indexPath, packages, siteLocales } from './site.js';

const routes = allRoutes();
const of = <K extends Route['kind']>(kind: K) =>
  routes.filter((r): r is Extract<Route, { kind: K }> => r.kind === kind);

describe('page data', () => {
  it('publishes the nine real locales, not the pseudo-locale', () => {
    expect(siteLocales).toEqual(['en', 'es', 'fr', 'de', 'pt-BR', 'ja', 'zh-CN', 'hi', 'ar']);
  });

  it('has a page for every code of both platforms in every locale, at docsPath', () => {
    const paths = new Set(of('code').map((r) => r.path));
    for (const locale of siteLocales) {
      for (const entry of web.catalog)
        expect(paths.has(docsPath('web', entry.code, locale))).toBe(true);
      for (const entry of flutter.catalog) {
        expect(paths.has(docsPath('flutter', entry.code, locale))).toBe(true);
      }
    }
    // 160 web codes and 68 Flutter codes, in nine locales.
    expect(of('code').filter((r) => r.platform === 'web')).toHaveLength(160 * 9);
    expect(of('code').filter((r) => r.platform === 'flutter')).toHaveLength(68 * 9);
    expect(paths.has('/web/errors/3017/')).toBe(true);
    expect(paths.has('/de/flutter/errors/3017/')).toBe(true);
    expect(paths.has('/flutter/errors/3044/')).toBe(false);
  });

  it('leads every wire name and alias of a platform to that platform’s code page', () => {
    const redirects = of('redirect');
    const spellings = (table: typeof web.catalog | typeof flutter.catalog) =>
      table.reduce((n, e) => n + 1 + e.aliases.length, 0);
    expect(redirects).toHaveLength(
      (spellings(web.catalog) + spellings(flutter.catalog)) * siteLocales.length,
    );
    const paths = new Set(routes.map((r) => r.path));
    for (const r of redirects) {
      expect(r.path).toBe(docsPath(r.platform, r.spelling, r.locale));
      expect(paths.has(r.to)).toBe(true);
    }
    const to = (path: string) => redirects.find((r) => r.path === path)?.to;
    expect(to('/web/errors/INVALID_API_KEY/')).toBe('/web/errors/4001/');
    // 4009: the web SDK spells it MAX_PARTCIPANT_REACHED, Flutter MAX_PARTICIPANT_REACHED.
    expect(to('/web/errors/MAX_PARTCIPANT_REACHED/')).toBe('/web/errors/4009/');
    expect(to('/web/errors/MAX_PARTICIPANT_REACHED/')).toBe('/web/errors/4009/');
    expect(to('/ja/flutter/errors/MAX_PARTCIPANT_REACHED/')).toBe('/ja/flutter/errors/4009/');
    // The same name on two platforms leads to each platform's own code.
    expect(to('/web/errors/ERROR_CAMERA_IN_USE/')).toBe('/web/errors/3023/');
    expect(to('/flutter/errors/ERROR_CAMERA_IN_USE/')).toBe('/flutter/errors/3003/');
  });

  it('has an index, the cross-platform map, the category pages and a getting-started page per package, per locale', () => {
    for (const locale of siteLocales) {
      const mine = routes.filter((r) => r.locale === locale);
      expect(mine.filter((r) => r.kind === 'index').map((r) => r.path)).toEqual([
        indexPath(locale),
      ]);
      expect(mine.filter((r) => r.kind === 'crossPlatform').map((r) => r.path)).toEqual([
        crossPlatformPath(locale),
      ]);
      expect(mine.filter((r) => r.kind === 'category')).toHaveLength(categories.length);
      expect(mine.filter((r) => r.kind === 'start')).toHaveLength(packages.length);
    }
    expect(indexPath('en')).toBe('/');
    expect(indexPath('de')).toBe('/de/');
    expect(crossPlatformPath('ar')).toBe('/ar/cross-platform/');
    expect(of('notFound').map((r) => r.path)).toEqual(['/404.html']);
  });

  it('builds every address on the core’s localePrefix', () => {
    for (const route of routes) {
      if (route.kind === 'notFound') continue;
      const prefix = localePrefix(route.locale);
      expect(route.path.startsWith(`${prefix}/`), route.path).toBe(true);
    }
  });

  it('gives every page a unique path and output file', () => {
    const paths = routes.map((r) => r.path);
    expect(new Set(paths).size).toBe(paths.length);
    const files = paths.map(outputFile);
    expect(new Set(files).size).toBe(files.length);
    expect(outputFile('/web/errors/4001/')).toBe('web/errors/4001/index.html');
    expect(outputFile('/404.html')).toBe('404.html');
  });

  it('links each page to itself in every other locale, and those pages exist', () => {
    const paths = new Set(routes.map((r) => r.path));
    for (const route of routes) {
      for (const locale of siteLocales) {
        expect(paths.has(pathInLocale(route, locale)), `${route.path} → ${locale}`).toBe(true);
      }
    }
    const page = routes.find((r) => r.path === '/flutter/errors/4010/');
    expect(page && pathInLocale(page, 'ar')).toBe('/ar/flutter/errors/4010/');
  });

  it('links previous and next codes of the same platform', () => {
    expect(neighbours('web', web.catalog[0]?.code ?? 0).previous).toBeUndefined();
    expect(neighbours('flutter', flutter.catalog.at(-1)?.code ?? 0).next).toBeUndefined();
    expect(neighbours('flutter', 4001).next?.code).toBe(4002);
    expect(neighbours('flutter', 3023).next?.code).toBe(4001);
    expect(neighbours('web', 3017).next?.platform).toBe('web');
    expect(neighbours('web', 9999)).toEqual({});
  });
});
