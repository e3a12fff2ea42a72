/**
 * Every file the site is made of, once: the prerender writes each into dist/, and the
 * dev server answers a request with the one whose path it asks for, so the two never
 * disagree about what the site holds.
 */
import { readFile } from 'node:fs/promises';
import { downloadFiles } from './downloads.js';
import { pageIndex } from './pageIndex.js';
import { type RenderContext, renderRoute, renderSitemap, robotsTxt } from './render.js';
import { allRoutes, type Route } from './routes.js';
import { searchIndex } from './searchIndex.js';
import { downloads, siteLocales } from './site.js';

export interface SiteFile {
  /** Where the site serves it: `/web/errors/3017/`, `/search/de.json`, `/404.html`. */
  readonly path: string;
  readonly contentType: string;
  /** The page a route renders, when the file is one. */
  readonly route?: Route;
  /** Its contents, made when asked for: a dev server makes only the one requested. */
  contents(): Promise<string | Buffer>;
}

const HTML = 'text/html; charset=utf-8';
const JSON_TYPE = 'application/json; charset=utf-8';

export function siteFiles(context: RenderContext): SiteFile[] {
  const routes = allRoutes();
  const { data, config } = context;
  return [
    ...routes.map((route) => ({
      path: route.path,
      contentType: HTML,
      route,
      contents: async () => renderRoute(route, context),
    })),
    ...siteLocales.map((locale) => ({
      path: downloads.search(locale),
      contentType: JSON_TYPE,
      contents: async () => JSON.stringify(searchIndex(data, locale)),
    })),
    ...siteLocales.map((locale) => ({
      path: downloads.pages(locale),
      contentType: JSON_TYPE,
      contents: async () => JSON.stringify(pageIndex(data, locale)),
    })),
    ...downloadFiles().map((file) => ({
      path: file.path,
      contentType: JSON_TYPE,
      contents: () => readFile(file.source),
    })),
    {
      path: '/sitemap.xml',
      contentType: 'application/xml; charset=utf-8',
      contents: async () => renderSitemap(routes, config.siteUrl),
    },
    {
      path: '/robots.txt',
      contentType: 'text/plain; charset=utf-8',
      contents: async () => robotsTxt(config.siteUrl),
    },
  ];
}
