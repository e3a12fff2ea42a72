/**
 * Writes every page of the site into dist as static HTML, after `vite build` has built
 * the client assets and the HTML template (dist/index.html), with the index's search
 * haystacks, the downloads from the packages, sitemap.xml and robots.txt: every file
 * of src/siteFiles.ts, the list the dev server serves too. SITE_URL and API_URL are
 * read once, by src/config.ts.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readSiteConfig } from '../src/config.js';
import { loadSiteData } from '../src/data.js';
import { outputFile } from '../src/routes.js';
import { siteFiles } from '../src/siteFiles.js';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));

const made = new Set<string>();
async function write(relative: string, content: string | Buffer): Promise<void> {
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
const files = siteFiles({ data: await loadSiteData(), config, template });
for (const file of files) await write(outputFile(file.path), await file.contents());

const ms = Math.round(performance.now() - started);
console.log(
  `prerender: ${files.filter((f) => f.route).length} pages and ${files.filter((f) => !f.route).length} other files written to dist/ in ${ms} ms (SITE_URL ${config.siteUrl}, API_URL ${config.apiUrl})`,
);
