/**
 * Writes every page of the site into dist as static HTML, after `vite build` has built
 * the client assets and the HTML template (dist/index.html). Also writes the index's
 * search haystacks, copies the downloads from the packages and writes sitemap.xml and
 * robots.txt. SITE_URL and API_URL are read once, by src/config.ts.
 */
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readSiteConfig } from '../src/config.js';
import { loadSiteData } from '../src/data.js';
import { downloadFiles } from '../src/downloads.js';
import { renderRoute, renderSitemap, robotsTxt } from '../src/render.js';
import { allRoutes, outputFile } from '../src/routes.js';
import { searchIndex } from '../src/searchIndex.js';
import { downloads, siteLocales } from '../src/site.js';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));

const made = new Set<string>();
async function write(relative: string, content: string): Promise<void> {
  const file = join(dist, relative);
  const dir = dirname(file);
  if (!made.has(dir)) {
    await mkdir(dir, { recursive: true });
    made.add(dir);
  }
  await writeFile(file, content);
}

const started = performance.now();
const config = readSiteConfig();
const template = await readFile(join(dist, 'index.html'), 'utf8');
if (!template.includes('<!--app-->')) {
  throw new Error('dist/index.html is not the Vite template: run `vite build` first');
}
const data = await loadSiteData();
const routes = allRoutes();
for (const route of routes) {
  await write(outputFile(route.path), renderRoute(route, { data, config, template }));
}
for (const locale of siteLocales) {
  await write(downloads.search(locale), JSON.stringify(searchIndex(data, locale)));
}
for (const file of downloadFiles()) {
  await mkdir(dirname(join(dist, file.path)), { recursive: true });
  await copyFile(file.source, join(dist, file.path));
}
await write('sitemap.xml', renderSitemap(routes, config.siteUrl));
await write('robots.txt', robotsTxt(config.siteUrl));

const ms = Math.round(performance.now() - started);
console.log(
  `prerender: ${routes.length} pages written to dist/ in ${ms} ms (SITE_URL ${config.siteUrl}, API_URL ${config.apiUrl})`,
);
