// @vitest-environment node
/**
 * A locale chunk that cannot be loaded, in real Chromium, on the React major of the
 * vitest project running this file (19, or 18 through the react-18 aliases): a 404
 * (a redeploy removed the old hashed chunk) and a device that is offline. The page
 * is bundled with esbuild from the built packages and served from 127.0.0.1.
 * Counts are bounded by design (three attempts, then the failure is kept), so the
 * assertions hold however slow the machine is.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumLaunchOptions } from '@org/tsconfig/chromium.js';
import { build } from 'esbuild';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const major = process.env.EXPECTED_REACT_MAJOR ?? '19';
const pkgDir = fileURLToPath(new URL('../..', import.meta.url));
const outDir = `${pkgDir}node_modules/.browser-tests/react${major}/`;
const require = createRequire(import.meta.url);

/** Bundles page.tsx against the built packages (dist), with the locale modules split into chunks. */
async function buildPage(): Promise<void> {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const alias: Record<string, string> = {};
  if (major === '18') {
    alias.react = dirname(require.resolve('react-18/package.json'));
    alias['react-dom'] = dirname(require.resolve('react-dom-18/package.json'));
  }
  await build({
    entryPoints: { main: fileURLToPath(new URL('./page.tsx', import.meta.url)) },
    bundle: true,
    splitting: true,
    format: 'esm',
    outdir: outDir,
    chunkNames: '[name]-[hash]',
    alias,
    // The page imports the package's source entry for its types; the test runs the build.
    plugins: [
      {
        name: 'built-package',
        setup(b) {
          b.onResolve({ filter: /^\.\.\/index\.js$/ }, () => ({ path: `${pkgDir}dist/index.js` }));
        },
      },
    ],
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'error',
  });
  writeFileSync(
    `${outDir}index.html`,
    '<!doctype html><html lang="en"><title>t</title><div id="root"></div><script type="module" src="/main.js"></script></html>\n',
  );
}

let server: Server;
let baseUrl: string;
let browser: Browser;
let chunk: string;
let failWith404 = false;

beforeAll(async () => {
  await buildPage();
  const found = readdirSync(outDir).find((f) => /^web-de-[\w-]+\.js$/.test(f));
  if (!found) throw new Error(`no web-de chunk in ${readdirSync(outDir).join(', ')}`);
  chunk = found;
  server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname.slice(1) || 'index.html';
    if (path === chunk && failWith404) {
      res.writeHead(404).end();
      return;
    }
    try {
      const body = readFileSync(`${outDir}${path.replace(/[^\w.-]/g, '')}`);
      const type = path.endsWith('.js') ? 'text/javascript' : 'text/html';
      res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  baseUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;
  browser = await chromium.launch(chromiumLaunchOptions());
}, 120_000);

afterAll(async () => {
  await browser?.close();
  if (server) await new Promise((resolve) => server.close(resolve));
});

/** Opens the page in a fresh context; `requests()` counts the requests for the web-de chunk. */
async function open(offline: boolean): Promise<{ page: Page; requests: () => number }> {
  const context = await browser.newContext();
  let count = 0;
  context.on('request', (request) => {
    if (new URL(request.url()).pathname === `/${chunk}`) count++;
  });
  if (offline) await context.route(`**/${chunk}`, (route) => route.abort('internetdisconnected'));
  const page = await context.newPage();
  await page.goto(baseUrl);
  return { page, requests: () => count };
}

describe(`a locale chunk in Chromium, React ${major}`, () => {
  it('runs the React major of this project', async () => {
    failWith404 = false;
    const { page } = await open(false);
    expect(await page.evaluate(() => document.documentElement.dataset.react)).toMatch(
      new RegExp(`^${major}\\.`),
    );
    await page.context().close();
  });

  it('loads the web-de chunk once and shows the message in German', async () => {
    failWith404 = false;
    const { page, requests } = await open(false);
    const message = page.locator('#message');
    await message.waitFor({ timeout: 30_000 });
    expect(await message.getAttribute('lang')).toBe('de');
    expect(await message.getAttribute('role')).toBe('alert');
    expect(requests()).toBe(1);
    await page.context().close();
  }, 60_000);

  it.each([
    ['answering 404', false],
    ['unreachable (offline)', true],
  ])(
    '%s: three requests, then the error boundary, and Try again makes three more',
    async (_, offline) => {
      failWith404 = !offline;
      const { page, requests } = await open(offline);
      const boundary = page.locator('#boundary');
      await boundary.waitFor({ timeout: 30_000 });
      expect(await boundary.locator('p').textContent()).toBe('MessagesLoadError');
      expect(await page.locator('#loading').count()).toBe(0);
      expect(requests()).toBe(3);
      // The boundary's reset clears the kept failure: one more round of three attempts,
      // then the boundary again, and nothing after it.
      await boundary.getByRole('button', { name: 'Try again' }).click();
      await page.locator('#boundary[data-resets="1"]').waitFor({ timeout: 30_000 });
      expect(requests()).toBe(6);
      await page.context().close();
    },
    90_000,
  );
});
