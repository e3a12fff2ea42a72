import AxeBuilder from '@axe-core/playwright';
import { docsPath, platformIds, platformTables } from '@org/error-codes';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { neverEmitted } from '../src/snippets.js';
import { type Harness, startHarness } from './browser.js';

/*
 * The guide pages and what code pages say about delivery, retrying and the token,
 * in the built site (run `pnpm --filter docs build` first), in Chromium.
 */

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});

afterAll(async () => {
  await h?.close();
});

const text = async (page: Page, selector: string) =>
  (await page.locator(selector).first().textContent()) ?? '';

describe('how errors reach your app', () => {
  it('has a page per line, linked from that line’s code pages', async () => {
    for (const platform of platformIds) {
      const first = platformTables[platform][0];
      if (!first) throw new Error(`${platform} has no codes`);
      const page = await h.open(docsPath(platform, first.code, 'en'));
      const link = page.locator('a.how-errors-link').first();
      expect(await link.getAttribute('href')).toBe(`/${platform}/how-errors-reach-your-app/`);
      await link.click();
      await page.waitForURL(`**/${platform}/how-errors-reach-your-app/`);
      expect(await text(page, 'h1')).toMatch(/^How errors reach your app: /);
      expect(await page.locator('#no-error-event').count()).toBe(1);
      expect(await page.locator('#retrying').count()).toBe(1);
      await page.context().close();
    }
  });

  it('says on the React Native page that a failed join only moves the state to FAILED', async () => {
    const page = await h.open('/de/react-native/how-errors-reach-your-app/');
    const facts = await text(page, '.line-facts');
    expect(facts).toContain('A failed join emits NO error event');
    expect(facts).toContain('FAILED');
    expect(await page.locator('.line-facts').getAttribute('lang')).toBe('en');
    await page.context().close();
  });

  it('shows a never-emitted web code’s thrown sample, not meeting.on', async () => {
    const entry = platformTables.web.find((e) => e.code === 3073);
    expect(entry && neverEmitted(entry)).toBe(true);
    const page = await h.open('/web/errors/3073/');
    expect(await page.locator('.delivery').getAttribute('data-delivery')).toBe('thrown');
    expect(await text(page, '.delivery')).toContain('never emits it on the error event');
    const sample = await page
      .locator('pre')
      .filter({ hasText: '@videosdk.live/js-sdk' })
      .first()
      .textContent();
    expect(sample).toContain('catch (thrown)');
    expect(sample).not.toContain("meeting.on('error',");
    await page.context().close();
  });

  it('keeps the event sample where the SDK emits the code (3047, both)', async () => {
    const page = await h.open('/web/errors/3047/');
    expect(await page.locator('.delivery').getAttribute('data-delivery')).toBe('both');
    expect(await page.locator('pre').filter({ hasText: "meeting.on('error'," }).count()).toBe(1);
    await page.context().close();
  });
});

describe('retryable, its policy and vague codes', () => {
  it('defines retryable and gives 4018’s wait, backoff and limit', async () => {
    const page = await h.open('/web/errors/4018/');
    expect(await text(page, '.retry-definition')).toMatch(/^Retryable means/);
    expect(await text(page, '.retry-policy')).toBe(
      'Retry policy: wait 3 s, 6 s, 12 s before each repeat, at most 3 repeats; then show the error.',
    );
    await page.context().close();
  });

  it('links 4011 to the codes that often explain it', async () => {
    const page = await h.open('/web/errors/4011/');
    const links = await page
      .locator('.explained-by a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toEqual([4018, 4021, 4028, 3035, 5004].map((c) => `/web/errors/${c}/`));
    await page.context().close();
  });
});

describe('API key vs token', () => {
  it('is linked from 4001 and 4002 on every line', async () => {
    for (const platform of platformIds) {
      for (const code of [4001, 4002]) {
        if (!platformTables[platform].some((e) => e.code === code)) continue;
        const page = await h.open(docsPath(platform, code, 'fr'));
        const href = await page.locator('.api-key-pointer a').getAttribute('href');
        expect(href, `${platform} ${code}`).toBe('/fr/start/api-key-and-token/');
        await page.context().close();
      }
    }
  });

  it('opens from 4001 and explains the claims', async () => {
    const page = await h.open('/web/errors/4001/');
    await page.locator('.api-key-pointer a').click();
    await page.waitForURL('**/start/api-key-and-token/');
    expect(await text(page, 'h1')).toBe('API key vs token');
    const claims = await page.locator('.claims dt').allTextContents();
    expect(claims).toEqual([
      'apikey',
      'permissions',
      'version',
      'roomId',
      'participantId',
      'roles',
      'exp',
    ]);
    await page.context().close();
  });

  it('is found by the index’s search for "JWT", in English and in German', async () => {
    for (const [path, title] of [
      ['/?q=JWT', 'API key vs token'],
      ['/de/?q=jwt', 'API-Schlüssel und Token'],
    ] as const) {
      const page = await h.open(path);
      const found = page.locator('.guide-results a');
      await expect.poll(() => found.count()).toBeGreaterThan(0);
      expect(await found.first().textContent()).toBe(title);
      // Typing keeps it in step: another word hides it.
      await page.locator('#filter-q').fill('zzzz');
      await expect.poll(() => page.locator('.guide-results').isHidden()).toBe(true);
      await page.context().close();
    }
  });
});

describe('accessibility of the guide pages (axe-core)', () => {
  for (const [path, colorScheme] of [
    ['/web/how-errors-reach-your-app/', 'light'],
    ['/ar/start/api-key-and-token/', 'dark'],
    ['/ar/web/errors/4001/', 'light'],
  ] as const) {
    it(`has no violations on ${path} (${colorScheme})`, async () => {
      const page = await h.open(path, { colorScheme });
      const result = await new AxeBuilder({ page })
        .options({ resultTypes: ['violations'] })
        .analyze();
      const summary = result.violations.map(
        (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
      );
      expect(summary).toEqual([]);
      await page.context().close();
    });
  }
});
