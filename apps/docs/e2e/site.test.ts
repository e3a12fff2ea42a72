import { mkdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { catalog, docsPath, getError } from '@org/error-codes';
import { localizeError } from '@org/error-codes-i18n';
import { messages as de } from '@org/error-codes-i18n/locales/de';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, screenshots, startHarness } from './browser.js';

let h: Harness;

beforeAll(async () => {
  mkdirSync(screenshots, { recursive: true });
  h = await startHarness();
});

afterAll(async () => {
  await h?.close();
});

const rows = (page: Page) => page.locator('table.codes tbody tr');
const rowCodes = async (page: Page) =>
  (await page.locator('table.codes tbody tr .cell-code a').allTextContents()).map(Number);

/** The index is interactive once React has hydrated the island (the URL's filters applied). */
async function openIndex(path: string, options = {}) {
  const page = await h.open(path, options);
  await page.waitForFunction(() =>
    Object.keys(document.querySelector('#index-island') ?? {}).some((k) => k.startsWith('__react')),
  );
  return page;
}

describe('index', () => {
  it('lists every code, and the search narrows the table as you type', async () => {
    const page = await openIndex('/');
    expect(await rows(page).count()).toBe(catalog.length);
    await page.screenshot({ path: `${screenshots}index.png`, fullPage: false });

    await page.locator('#filter-q').pressSequentially('camera');
    await expect.poll(() => rows(page).count()).toBeLessThan(catalog.length);
    const cameraCodes = await rowCodes(page);
    expect(cameraCodes.length).toBeGreaterThan(0);
    expect(cameraCodes).toContain(3003);
    expect(page.url()).toContain('q=camera');

    await page.locator('#filter-q').fill('4010');
    await expect.poll(() => rowCodes(page)).toEqual([4010]);

    await page.locator('#filter-q').fill('INVALID_API');
    await expect.poll(() => rowCodes(page)).toEqual([4001]);

    await page.locator('#filter-q').fill('no such words at all');
    await expect.poll(() => rows(page).count()).toBe(0);
    await expect.poll(() => page.locator('.no-results').isVisible()).toBe(true);
    await page.context().close();
  });

  it('searches the localized texts of the page locale', async () => {
    const page = await openIndex('/de/');
    const germanTitle = localizeError(4002, de).title;
    await page.locator('#filter-q').fill(germanTitle);
    await expect.poll(() => rowCodes(page)).toContain(4002);
    expect((await rowCodes(page)).length).toBeLessThan(catalog.length);
    await page.context().close();
  });

  it('filters round-trip through the URL', async () => {
    const page = await openIndex('/');
    await page.locator('#filter-category').selectOption('auth');
    await page.locator('#filter-severity').selectOption('fatal');
    await page.locator('#filter-retryable').selectOption('no');
    const expected = catalog
      .filter((e) => e.category === 'auth' && e.severity === 'fatal' && !e.retryable)
      .map((e) => e.code);
    await expect.poll(() => rowCodes(page)).toEqual(expected);
    const shared = new URL(page.url());
    expect(shared.search).toBe('?category=auth&severity=fatal&retryable=no');
    await page.context().close();

    // A shared link opens the same view, with the controls set.
    const again = await openIndex(`/${shared.search}`);
    await expect.poll(() => rowCodes(again)).toEqual(expected);
    expect(await again.locator('#filter-category').inputValue()).toBe('auth');
    expect(await again.locator('#filter-severity').inputValue()).toBe('fatal');
    expect(await again.locator('#filter-retryable').inputValue()).toBe('no');

    // Clearing the filters clears the URL.
    await again.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(() => rows(again).count()).toBe(catalog.length);
    expect(new URL(again.url()).search).toBe('');
    await again.context().close();
  });

  it('ignores junk in a shared URL', async () => {
    const page = await openIndex('/?category=__proto__&severity=<script>&q=');
    await expect.poll(() => rows(page).count()).toBe(catalog.length);
    await page.context().close();
  });

  it('shows the full table without JavaScript, and hides the controls that need it', async () => {
    const page = await h.open('/', { javaScriptEnabled: false });
    expect(await rows(page).count()).toBe(catalog.length);
    expect(await page.locator('form.filters').isVisible()).toBe(false);
    await page.context().close();
  });
});

describe('locale switcher', () => {
  it('keeps the current code', async () => {
    const page = await h.open('/errors/4010/');
    await page.locator('.locale-menu summary').click();
    await page.locator('.locale-menu a[data-locale="de"]').click();
    await page.waitForURL(/\/de\/errors\/4010\/$/);
    expect(await page.getAttribute('html', 'lang')).toBe('de');
    expect(await page.locator('h1').textContent()).toBe(localizeError(4010, de).title);
    await page.context().close();
  });

  it('keeps the filtered view on the index', async () => {
    const page = await openIndex('/?category=recording');
    await expect
      .poll(() => page.locator('.locale-menu a[data-locale="ja"]').getAttribute('href'))
      .toBe('/ja/?category=recording');
    await page.context().close();
  });

  it('works with the keyboard', async () => {
    const page = await h.open('/errors/4001/');
    await page.locator('.locale-menu summary').focus();
    await page.keyboard.press('Enter');
    expect(await page.locator('.locale-menu').getAttribute('open')).not.toBeNull();
    await page.keyboard.press('Escape');
    expect(await page.locator('.locale-menu').getAttribute('open')).toBeNull();
    await page.context().close();
  });
});

describe('code pages', () => {
  it('work with JavaScript disabled', async () => {
    const page = await h.open('/errors/4001/', { javaScriptEnabled: false });
    const entry = getError(4001);
    expect(await page.locator('h1').textContent()).toBe('Invalid API key');
    await expect.poll(() => page.locator('.sdk-message').textContent()).toBe(entry.message);
    expect(await page.locator('.wire-name').textContent()).toBe(entry.name);
    expect(await page.locator('pre code').count()).toBe(4);
    expect(await page.locator('pre code').nth(0).textContent()).toContain(
      'ErrorCodes.INVALID_API_KEY',
    );
    expect(await page.locator('button.copy').first().isVisible()).toBe(false);
    expect(await page.locator('a[rel="next"]').getAttribute('href')).toBe(docsPath(4002));
    await page.context().close();
  });

  it('copies a snippet to the clipboard', async () => {
    const page = await h.open('/errors/4010/', {
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    await page.locator('#snippet-curl button.copy').click();
    await expect.poll(() => page.locator('#announcer').textContent()).toBe('Copied');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe("curl -s 'http://127.0.0.1:3000/v1/errors/4010?locale=en'");
    await page.screenshot({ path: `${screenshots}code-4010.png`, fullPage: true });
    await page.context().close();
  });

  it('lead from a wire name to the code', async () => {
    const page = await h.open('/errors/INVALID_API_KEY/');
    await page.waitForURL(/\/errors\/4001\/$/);
    const noJs = await h.open('/fr/errors/MAX_SPEAKER_REACHED/', { javaScriptEnabled: false });
    await noJs.waitForURL(/\/fr\/errors\/4010\/$/);
    await page.context().close();
    await noJs.context().close();
  });

  it('lay Arabic out right to left', async () => {
    const page = await h.open('/ar/errors/4001/');
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    expect(await page.getAttribute('html', 'lang')).toBe('ar');
    // The brand sits at the inline start: the right edge, with the tools on the left.
    const brand = await page.locator('.brand').boundingBox();
    const tools = await page.locator('.header-tools').boundingBox();
    expect(brand && tools && brand.x > tools.x).toBe(true);
    // Code stays left-to-right inside the right-to-left page.
    expect(
      await page
        .locator('pre')
        .first()
        .evaluate((el) => getComputedStyle(el).direction),
    ).toBe('ltr');
    await page.screenshot({ path: `${screenshots}ar-code-4001.png`, fullPage: false });
    const index = await openIndex('/ar/');
    await index.screenshot({ path: `${screenshots}ar-index.png`, fullPage: false });
    await page.context().close();
    await index.context().close();
  });
});

describe('themes, phone and keyboard', () => {
  it('follow the system setting and the toggle, which is remembered', async () => {
    const page = await h.open('/', { colorScheme: 'dark' });
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(await background()).toBe('rgb(15, 18, 23)');
    await page.screenshot({ path: `${screenshots}dark-index.png`, fullPage: false });
    await page.getByRole('button', { name: 'Switch to light theme' }).click();
    expect(await background()).toBe('rgb(255, 255, 255)');
    await page.reload();
    expect(await background()).toBe('rgb(255, 255, 255)');
    await page.getByRole('button', { name: 'Switch to dark theme' }).click();
    expect(await background()).toBe('rgb(15, 18, 23)');
    await page.goto(`${h.baseUrl}/errors/4001/`);
    await page.screenshot({ path: `${screenshots}dark-code-4001.png`, fullPage: false });
    await page.context().close();
  });

  it('fit a 360 px phone without sideways scrolling', async () => {
    for (const path of ['/', '/errors/4001/', '/ar/errors/4012/', '/start/error-codes/']) {
      const page = await h.open(path, { viewport: { width: 360, height: 740 } });
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width, path).toBeLessThanOrEqual(360);
      if (path === '/') await page.screenshot({ path: `${screenshots}phone-index.png` });
      await page.context().close();
    }
  });

  it('start with a skip link and show a focus ring', async () => {
    const page = await h.open('/errors/4001/');
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const style = getComputedStyle(el);
      return { text: el.textContent, outline: style.outlineStyle, width: style.outlineWidth };
    });
    expect(focused.text).toBe('Skip to content');
    expect(focused.outline).toBe('solid');
    expect(focused.width).toBe('3px');
    await page.context().close();
  });

  it('answer an unknown address with the 404 page', async () => {
    const before = h.problems.consoleErrors.length;
    const page = await h.open('/no/such/page/');
    expect(await page.locator('h1').textContent()).toBe('Page not found');
    const response = await page.goto(`${h.baseUrl}/errors/99999/`);
    expect(response?.status()).toBe(404);
    // The browser logs each 404 response it got: those two are this test's own.
    const logged = h.problems.consoleErrors.splice(before);
    expect(logged).toHaveLength(2);
    expect(logged.every((line) => line.includes('status of 404'))).toBe(true);
    await page.context().close();
  });
});

describe('accessibility (axe-core)', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    for (const path of ['/', '/errors/4001/', '/ar/', '/ar/errors/4001/', '/start/i18n/']) {
      it(`has no violations on ${path} (${colorScheme})`, async () => {
        const page = await h.open(path, { colorScheme });
        const result = await new AxeBuilder({ page }).analyze();
        const summary = result.violations.map(
          (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
        );
        expect(summary).toEqual([]);
        await page.context().close();
      });
    }
  }
});

describe('the whole run', () => {
  it('logged no console error and sent no request outside 127.0.0.1', () => {
    expect(h.problems.consoleErrors).toEqual([]);
    expect(h.problems.outsideRequests).toEqual([]);
  });
});
