/**
 * Writes every page of the site into dist as static HTML, after `vite build` has built
 * the client assets and the HTML template (dist/index.html), with the index's search
 * haystacks, the downloads from the packages, sitemap.xml and robots.txt: every file
 * of src/siteFiles.ts, the list the dev server serves too. SITE_URL and API_URL are
 * read once, by src/config.ts.
 *
 * One process renders every page from one `SiteData`: each line's texts are loaded
 * once per locale and each entry localized once, whatever number of pages reads it.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// React's production build renders static markup about three times faster than its
// development build (no prop validation, no owner stacks); it must be chosen before
// React loads, hence the imports below come after this line.
process.env.NODE_ENV = 'production';
const { readSiteConfig } = await import('../src/config.js');
const { loadSiteData } = await import('../src/data.js');
const { outputFile } = await import('../src/routes.js');
const { siteFiles } = await import('../src/siteFiles.js');

const dist = fileURLToPath(new URL('../dist/', import.meta.url));

const made = new Set<string>();
/* Synchronous writes: some eleven thousand small files, one after another, cost less than as many promises. */
function write(relative: string, content: string | Buffer): void {
  const file = join(dist, relative);
  const dir = dirname(file);
  if (!made.has(dir)) {
    mkdirSync(dir, { recursive: true });
    made.add(dir);
  }
  writeFileSync(file, content);
}

const started = performance.now();
const config = readSiteConfig();
const template = readFileSync(join(dist, 'index.html'), 'utf8');
if (!template.includes('<!--app-->')) {
  throw new Error('dist/index.html is not the Vite template: run `vite build` first');
}
const files = siteFiles({ data: await loadSiteData(), config, template });
for (const file of files) write(outputFile(file.path), await file.contents());

const ms = Math.round(performance.now() - started);
console.log(
  `prerender: ${files.filter((f) => f.route).length} pages and ${files.filter((f) => !f.route).length} other files written to dist/ in ${ms} ms (SITE_URL ${config.siteUrl}, API_URL ${config.apiUrl})`,
);
