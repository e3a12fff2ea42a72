import { categories, docsPath, lineIds, localePrefix, platformIds } from '@org/error-codes';
import * as flutter from '@org/error-codes/flutter-1';
import * as web from '@org/error-codes/web';
import { describe, expect, it } from 'vitest';
import { catalogOf } from './platforms.js';
import { allRoutes, neighbours, outputFile, pathInLocale, type Route } from './routes.js';
import { crossPlatformPath, indexPath, linePath, packages, siteLocales } from './site.js';

const routes = allRoutes();
const of = <K extends Route['kind']>(kind: K) =>
  routes.filter((r): r is Extract<Route, { kind: K }> => r.kind === kind);

describe('page data', () => {
  it('publishes the nine real locales, not the pseudo-locale', () => {
    expect(siteLocales).toEqual(['en', 'es', 'fr', 'de', 'pt-BR', 'ja', 'zh-CN', 'hi', 'ar']);
  });

  it('has a page for every code of every line in every locale, at docsPath', () => {
    const paths = new Set(of('code').map((r) => r.path));
    for (const locale of siteLocales) {
      for (const platform of platformIds) {
        for (const entry of catalogOf(platform)) {
          expect(paths.has(docsPath(platform, entry.code, locale))).toBe(true);
        }
      }
    }
    // 160 web, 56 React Native, 151 iOS, 68 Flutter 1.2.x and 169 Flutter 3.x codes, in nine locales.
    const perLine = platformIds.map((p) => of('code').filter((r) => r.platform === p).length / 9);
    expect(perLine).toEqual([160, 56, 151, 68, 169]);
    expect(paths.has('/web/errors/3017/')).toBe(true);
    expect(paths.has('/ios/errors/3008/')).toBe(true);
    expect(paths.has('/de/flutter-3/errors/3023/')).toBe(true);
    expect(paths.has('/de/flutter-1/errors/3017/')).toBe(true);
    expect(paths.has('/flutter-1/errors/3044/')).toBe(false);
    // The old id is gone: no page answers at /flutter/.
    expect([...paths].some((p) => p.includes('/flutter/'))).toBe(false);
  });

  it('leads every wire name and alias of a line to that line’s code page', () => {
    const redirects = of('redirect');
    const spellings = platformIds.reduce(
      (n, p) => n + catalogOf(p).reduce((m, e) => m + 1 + e.aliases.length, 0),
      0,
    );
    expect(redirects).toHaveLength(spellings * siteLocales.length);
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
    expect(to('/ja/flutter-1/errors/MAX_PARTCIPANT_REACHED/')).toBe('/ja/flutter-1/errors/4009/');
    // The same name on two lines leads to each line's own code.
    expect(to('/web/errors/ERROR_CAMERA_IN_USE/')).toBe('/web/errors/3023/');
    expect(to('/flutter-1/errors/ERROR_CAMERA_IN_USE/')).toBe('/flutter-1/errors/3003/');
    expect(to('/ios/errors/ERROR_VIDEO_PRODUCE_CODEC_NOT_SUPPORTED/')).toBe('/ios/errors/3008/');
  });

  it('has a page per line of the registry, Android too, in every locale', () => {
    for (const locale of siteLocales) {
      expect(
        of('line')
          .filter((r) => r.locale === locale)
          .map((r) => r.path),
      ).toEqual(lineIds.map((line) => linePath(line, locale)));
    }
    expect(linePath('ios', 'en')).toBe('/ios/');
    expect(linePath('android', 'de')).toBe('/de/android/');
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
    const page = routes.find((r) => r.path === '/flutter-1/errors/4010/');
    expect(page && pathInLocale(page, 'ar')).toBe('/ar/flutter-1/errors/4010/');
  });

  it('links previous and next codes of the same platform', () => {
    expect(neighbours('web', web.catalog[0]?.code ?? 0).previous).toBeUndefined();
    expect(neighbours('flutter-1', flutter.catalog.at(-1)?.code ?? 0).next).toBeUndefined();
    expect(neighbours('flutter-1', 4001).next?.code).toBe(4002);
    expect(neighbours('flutter-1', 3023).next?.code).toBe(4001);
    expect(neighbours('ios', 3008).next?.platform).toBe('ios');
    expect(neighbours('web', 3017).next?.platform).toBe('web');
    expect(neighbours('web', 9999)).toEqual({});
  });
});
