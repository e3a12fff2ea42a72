import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import { chromiumLaunchOptions } from '@org/tsconfig/chromium.js';
import { type Browser, type BrowserContextOptions, chromium, type Page } from 'playwright-core';
import { startStaticServer } from '../scripts/staticServer.js';

export const dist = fileURLToPath(new URL('../dist/', import.meta.url));
export const screenshots = fileURLToPath(new URL('../test-results/screenshots/', import.meta.url));

/** What the browser did that a page must not: console errors, uncaught errors, outside requests. */
export interface Problems {
  readonly consoleErrors: string[];
  readonly outsideRequests: string[];
}

export interface Harness {
  readonly baseUrl: string;
  readonly problems: Problems;
  open(path: string, options?: BrowserContextOptions): Promise<Page>;
  close(): Promise<void>;
}

/**
 * One Debian Chromium (never a downloaded browser) and one static server on 127.0.0.1
 * over dist/. Every request that is not to 127.0.0.1 is aborted and recorded.
 */
export async function startHarness(): Promise<Harness> {
  if (!existsSync(`${dist}index.html`)) {
    throw new Error('dist/ is missing: run `pnpm --filter docs build` before the e2e tests');
  }
  const { server, url } = await startStaticServer(dist);
  let browser: Browser;
  try {
    browser = await chromium.launch(chromiumLaunchOptions());
  } catch (error) {
    await close(server);
    throw error;
  }
  const problems: Problems = { consoleErrors: [], outsideRequests: [] };
  return {
    baseUrl: url,
    problems,
    async open(path, options = {}) {
      const context = await browser.newContext({
        viewport: { width: 1280, height: 900 },
        ...options,
      });
      await context.route('**/*', (route) => {
        const target = new URL(route.request().url());
        if (target.protocol === 'data:' || target.hostname === '127.0.0.1') return route.continue();
        problems.outsideRequests.push(target.href);
        return route.abort('blockedbyclient');
      });
      const page = await context.newPage();
      page.on('console', (message) => {
        if (message.type() === 'error') problems.consoleErrors.push(`${path}: ${message.text()}`);
      });
      page.on('pageerror', (error) => problems.consoleErrors.push(`${path}: ${error.message}`));
      await page.goto(`${url}${path}`);
      return page;
    },
    async close() {
      await browser.close();
      await close(server);
    },
  };
}

function close(server: Server): Promise<void> {
  return new Promise((resolve) => server.close(() => resolve()));
}
