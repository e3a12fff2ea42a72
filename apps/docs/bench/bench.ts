/**
 * The docs site's figures, measured in this run:
 * - the full static build (vite build + prerender of every page), wall time, against 60 s;
 * - the JavaScript a code page and the index load (entry scripts, modulepreloads and the
 *   chunks they import, followed through the built files), gzip, against 80 KB;
 * - the largest HTML page.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
const GOAL_BUILD_MS = 60_000;
const GOAL_CODE_PAGE_JS = 80 * 1024;

const started = performance.now();
execFileSync('pnpm', ['run', 'build'], { cwd: root, stdio: 'ignore' });
const buildMs = performance.now() - started;

/** Every JS file a page loads: its module scripts and preloads, and their static and dynamic imports. */
function scriptsOf(page: string, followDynamic: boolean): string[] {
  const html = readFileSync(join(dist, page), 'utf8');
  const queue = [
    ...html.matchAll(/<script[^>]*\ssrc="([^"]+\.js)"/g),
    ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+\.js)"/g),
  ].map((m) => m[1] ?? '');
  const seen = new Set<string>();
  while (queue.length > 0) {
    const src = queue.shift() ?? '';
    if (seen.has(src)) continue;
    seen.add(src);
    const code = readFileSync(join(dist, src), 'utf8');
    const imports = [...code.matchAll(/(?:from|import)\s*["'`](\.\/[^"'`]+\.js)["'`]/g)];
    const dynamic = followDynamic
      ? [...code.matchAll(/import\(["'`](\.\/[^"'`]+\.js)["'`]\)/g)]
      : [];
    for (const m of [...imports, ...dynamic]) {
      const path = join(src, '..', m[1] ?? '').replace(/\\/g, '/');
      queue.push(path);
    }
  }
  return [...seen];
}

const gzip = (files: string[]) =>
  files.reduce((sum, f) => sum + gzipSync(readFileSync(join(dist, f))).length, 0);

// A code page loads only the entry (no dynamic import runs without #index-island). The
// index also loads the island, React and one locale's texts: counted as an upper bound
// by following every dynamic import but the other locales'.
const codePageJs = scriptsOf('errors/4001/index.html', false);
const indexAll = scriptsOf('index.html', true);
const otherLocale = /\/(es|fr|de|pt-BR|ja|zh-CN|hi|ar|en-XA)-[\w-]+\.js$/;
const indexJs = indexAll.filter((f) => !otherLocale.test(f));

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? htmlFiles(path) : name.endsWith('.html') ? [path] : [];
  });
}
const pages = htmlFiles(dist);
const largest = pages
  .map((file) => ({ file, size: statSync(file).size }))
  .sort((a, b) => b.size - a.size)[0] ?? { file: '', size: 0 };

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const codeGz = gzip(codePageJs);
const rows = [
  [
    'static build, all pages (wall)',
    `${(buildMs / 1000).toFixed(1)} s`,
    '≤ 60 s',
    (buildMs / GOAL_BUILD_MS).toFixed(2),
  ],
  ['JS on a code page (gzip)', kb(codeGz), '≤ 80 KB', (codeGz / GOAL_CODE_PAGE_JS).toFixed(3)],
  [
    'JS on the index (gzip)',
    kb(gzip(indexJs)),
    '≤ 80 KB',
    (gzip(indexJs) / GOAL_CODE_PAGE_JS).toFixed(2),
  ],
  [`largest HTML (${largest.file.slice(dist.length + 1)})`, kb(largest.size), '-', '-'],
  ['HTML pages written', String(pages.length), '-', '-'],
];
console.log('docs bench (ratio = figure / goal; below 1 meets the goal)');
console.table(rows.map(([figure, value, goal, ratio]) => ({ figure, value, goal, ratio })));
