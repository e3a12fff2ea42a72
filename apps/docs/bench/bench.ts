/**
 * The docs site's figures, measured in this run (`pnpm --filter docs bench`):
 * - the full static build (vite build + prerender of every page of every line), wall
 *   time, against 30 s, and against a floor measured right after: writing the same
 *   files again; and the CPU time its processes used, which other load on the machine
 *   does not inflate;
 * - the JavaScript a code page and the index really load in Chromium (every script
 *   response, gzipped), against 5 KB and 50 KB; the search data the index fetches on
 *   the first search is counted apart;
 * - the largest HTML page, gzipped;
 * - LCP and CLS of the index and of a code page, from Chromium's PerformanceObserver
 *   on the built site served on loopback (median of several cold loads), against 1 s
 *   and 0, and against a one-heading page served by the same server in the same run.
 */
import { execFileSync } from 'node:child_process';
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromiumLaunchOptions } from '@org/tsconfig/chromium.js';
import { chromium, type Page } from 'playwright-core';
import { startStaticServer } from '../scripts/staticServer.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
const GOAL = {
  buildMs: 30_000,
  codePageJs: 5 * 1024,
  indexJs: 50 * 1024,
  lcpMs: 1_000,
  cls: 0,
};
const LOADS = 5;

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? htmlFiles(path) : name.endsWith('.html') ? [path] : [];
  });
}

// 1. The full static build, then the floor: the same files written again. The shell's
// `times` gives the CPU the build's processes used, which the machine's other load
// does not inflate as it does the wall time.
const started = performance.now();
const times = execFileSync('bash', ['-c', 'pnpm run build >/dev/null && times'], {
  cwd: root,
  encoding: 'utf8',
});
const buildMs = performance.now() - started;
const seconds = (t: string) => {
  const m = /^(\d+)m([\d.]+)s$/.exec(t);
  return m ? Number(m[1]) * 60 + Number(m[2]) : Number.NaN;
};
// `times` prints the shell's user and system time, then its children's.
const [childUser = '', childSystem = ''] = times.trim().split('\n').at(-1)?.split(/\s+/) ?? [];
const buildCpuMs = (seconds(childUser) + seconds(childSystem)) * 1000;
const pages = htmlFiles(dist);
const floorDir = mkdtempSync(join(tmpdir(), 'docs-floor-'));
const floorStarted = performance.now();
for (const file of pages) {
  const target = join(floorDir, relative(dist, file));
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, readFileSync(file));
}
const floorMs = performance.now() - floorStarted;

// 2. The largest page, gzipped.
const sized = pages.map((file) => {
  const bytes = readFileSync(file);
  return { file: relative(dist, file), raw: bytes.length, gz: gzipSync(bytes).length };
});
const largest = sized.reduce((a, b) => (b.gz > a.gz ? b : a));
const indexPage = sized.find((p) => p.file === 'index.html');

// 3 and 4 in Chromium, on loopback.
const { server, url } = await startStaticServer(dist);
const baselineRoot = mkdtempSync(join(tmpdir(), 'docs-baseline-'));
writeFileSync(
  join(baselineRoot, 'index.html'),
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>baseline</title></head><body><h1>Meeting error codes</h1></body></html>',
);
const baseline = await startStaticServer(baselineRoot);
const browser = await chromium.launch(chromiumLaunchOptions());

/** Gzipped bytes of every script the page loaded, and of its JSON fetches. */
async function shipped(path: string, act?: (page: Page) => Promise<void>) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const bodies: Promise<{ type: string; gz: number }>[] = [];
  page.on('response', (response) => {
    const type = response.request().resourceType();
    if (type !== 'script' && type !== 'fetch') return;
    bodies.push(response.body().then((b) => ({ type, gz: gzipSync(b).length })));
  });
  await page.goto(`${url}${path}`, { waitUntil: 'networkidle' });
  if (act) await act(page);
  await page.waitForLoadState('networkidle');
  const all = await Promise.all(bodies);
  await context.close();
  const sum = (type: string) => all.filter((b) => b.type === type).reduce((s, b) => s + b.gz, 0);
  return { js: sum('script'), data: sum('fetch') };
}

/** LCP and CLS of one cold load, read from PerformanceObserver (buffered) once the page settles. */
async function vitals(base: string, path: string): Promise<{ lcp: number; cls: number }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${base}${path}`, { waitUntil: 'load' });
  await page.waitForTimeout(500);
  const result = await page.evaluate(
    () =>
      new Promise<{ lcp: number; cls: number }>((resolve) => {
        let lcp = 0;
        let cls = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) lcp = entry.startTime;
        }).observe({ type: 'largest-contentful-paint', buffered: true });
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & {
            value: number;
            hadRecentInput: boolean;
          })[]) {
            if (!entry.hadRecentInput) cls += entry.value;
          }
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => resolve({ lcp, cls }), 100);
      }),
  );
  await context.close();
  return result;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};

async function medianVitals(base: string, path: string) {
  const runs: { lcp: number; cls: number }[] = [];
  for (let i = 0; i < LOADS; i++) runs.push(await vitals(base, path));
  return { lcp: median(runs.map((r) => r.lcp)), cls: Math.max(...runs.map((r) => r.cls)) };
}

const codePath = '/web/errors/3017/';
const codeShipped = await shipped(codePath);
// A page of another line, whose switch and twins span every line.
const nativePath = '/ios/errors/3008/';
const nativeShipped = await shipped(nativePath);
const indexShipped = await shipped('/', async (page) => {
  const search = page.waitForResponse((r) => r.url().includes('/search/'));
  await page.locator('#filter-q').fill('camera');
  await (await search).finished();
});
const floor = await medianVitals(baseline.url, '/');
const indexVitals = await medianVitals(url, '/');
const codeVitals = await medianVitals(url, codePath);
await browser.close();
server.close();
baseline.server.close();

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value: number) => `${Math.round(value)} ms`;
const ratio = (value: number, of: number) => (of > 0 ? (value / of).toFixed(2) : '-');
const rows = [
  {
    figure: `static build, every line: ${pages.length} HTML files (wall)`,
    value: `${(buildMs / 1000).toFixed(1)} s`,
    goal: '≤ 30 s',
    'ratio to goal': ratio(buildMs, GOAL.buildMs),
    baseline: `rewriting the files: ${(floorMs / 1000).toFixed(1)} s`,
    'ratio to baseline': ratio(buildMs, floorMs),
  },
  {
    figure: 'static build, CPU time of its processes (user + system)',
    value: `${(buildCpuMs / 1000).toFixed(1)} s`,
    goal: '-',
    'ratio to goal': '-',
    baseline: `wall time: ${(buildMs / 1000).toFixed(1)} s`,
    'ratio to baseline': ratio(buildCpuMs, buildMs),
  },
  {
    figure: `JS on a code page (${codePath}, gzip)`,
    value: kb(codeShipped.js),
    goal: '≤ 5 KB',
    'ratio to goal': ratio(codeShipped.js, GOAL.codePageJs),
    baseline: '-',
    'ratio to baseline': '-',
  },
  {
    figure: `JS on a code page (${nativePath}, gzip)`,
    value: kb(nativeShipped.js),
    goal: '≤ 5 KB',
    'ratio to goal': ratio(nativeShipped.js, GOAL.codePageJs),
    baseline: '-',
    'ratio to baseline': '-',
  },
  {
    figure: 'JS on the index, with a search (gzip)',
    value: kb(indexShipped.js),
    goal: '≤ 50 KB',
    'ratio to goal': ratio(indexShipped.js, GOAL.indexJs),
    baseline: '-',
    'ratio to baseline': '-',
  },
  {
    figure: 'search data the index fetches on the first search (gzip)',
    value: kb(indexShipped.data),
    goal: '-',
    'ratio to goal': '-',
    baseline: '-',
    'ratio to baseline': '-',
  },
  {
    figure: `largest HTML page (${largest.file}, gzip)`,
    value: `${kb(largest.gz)} (${kb(largest.raw)} raw)`,
    goal: '-',
    'ratio to goal': '-',
    baseline: `index.html: ${kb(indexPage?.gz ?? 0)}`,
    'ratio to baseline': ratio(largest.gz, indexPage?.gz ?? 0),
  },
  {
    figure: `LCP of the index (median of ${LOADS})`,
    value: ms(indexVitals.lcp),
    goal: '≤ 1000 ms',
    'ratio to goal': ratio(indexVitals.lcp, GOAL.lcpMs),
    baseline: `one-heading page: ${ms(floor.lcp)}`,
    'ratio to baseline': ratio(indexVitals.lcp, floor.lcp),
  },
  {
    figure: `LCP of ${codePath} (median of ${LOADS})`,
    value: ms(codeVitals.lcp),
    goal: '≤ 1000 ms',
    'ratio to goal': ratio(codeVitals.lcp, GOAL.lcpMs),
    baseline: `one-heading page: ${ms(floor.lcp)}`,
    'ratio to baseline': ratio(codeVitals.lcp, floor.lcp),
  },
  {
    figure: `CLS, index / code page (worst of ${LOADS})`,
    value: `${indexVitals.cls.toFixed(3)} / ${codeVitals.cls.toFixed(3)}`,
    goal: '0',
    'ratio to goal': '-',
    baseline: `one-heading page: ${floor.cls.toFixed(3)}`,
    'ratio to baseline': '-',
  },
];
console.log('docs bench (ratio to goal: below 1 meets it; baselines measured in this run)');
console.table(rows);
