/**
 * Writes the site into dist after `vite build` has built the client assets and the
 * HTML template into .client/: the client assets, then every page as static HTML, with
 * the index's search haystacks, the downloads from the packages, sitemap.xml and
 * robots.txt: every file of src/siteFiles.ts, the list the dev server serves too.
 * SITE_URL and API_URL are read once, by src/config.ts.
 *
 * One process renders every page from one `SiteData`: each line's texts are loaded
 * once per locale and each entry localized once, whatever number of pages reads it.
 * `pnpm build` runs it with a larger young generation (`--max-semi-space-size=32`):
 * rendering thousands of pages makes short-lived garbage, and the default one spent
 * about a tenth more CPU collecting it.
 *
 * dist is rewritten in place, not emptied first: every file is written again, then
 * any file this build did not write (a page of a code that is gone, an old asset) is
 * removed, so dist holds exactly this build.
 */
import {
  mkdirSync,
  readdirSync,
  readFileSync,
  rmdirSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
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
const client = fileURLToPath(new URL('../.client/', import.meta.url));

/** Every file under a folder, as paths relative to it (none if it does not exist). */
function filesUnder(root: string, dir = root): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(root, path) : [relative(root, path)];
  });
}

const made = new Set<string>();
const written = new Set<string>();
/* Synchronous writes: some eleven thousand small files, one after another, cost less than as many promises. */
function write(file: string, content: string | Buffer): void {
  const path = join(dist, file);
  const dir = dirname(path);
  if (!made.has(dir)) {
    mkdirSync(dir, { recursive: true });
    made.add(dir);
  }
  writeFileSync(path, content);
  written.add(file.split('/').join(sep));
}

const started = performance.now();
const config = readSiteConfig();
let template: string;
try {
  template = readFileSync(join(client, 'index.html'), 'utf8');
} catch {
  throw new Error('.client/index.html is missing: run `vite build` first (pnpm build runs both)');
}
if (!template.includes('<!--app-->')) {
  throw new Error('.client/index.html is not the Vite template: run `vite build` first');
}
// The client's assets, as Vite built them; its index.html is the template, not a page.
const assets = filesUnder(client).filter((file) => file !== 'index.html');
for (const file of assets) write(file, readFileSync(join(client, file)));

const files = siteFiles({ data: await loadSiteData(), config, template });
for (const file of files) write(outputFile(file.path), await file.contents());

// What an earlier build wrote and this one did not, then the folders left empty.
const stale = filesUnder(dist).filter((file) => !written.has(file));
for (const file of stale) unlinkSync(join(dist, file));
const dirs = new Set(stale.map((file) => dirname(join(dist, file))));
for (const dir of [...dirs].sort((a, b) => b.length - a.length)) {
  for (let d = dir; d.startsWith(dist); d = dirname(d)) {
    if (readdirSync(d).length > 0) break;
    rmdirSync(d);
  }
}

const ms = Math.round(performance.now() - started);
console.log(
  `prerender: ${files.filter((f) => f.route).length} pages, ${files.filter((f) => !f.route).length} other files and ${assets.length} client assets written to dist/, ${stale.length} stale files removed, in ${ms} ms (SITE_URL ${config.siteUrl}, API_URL ${config.apiUrl})`,
);
