import { mkdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import {
  type AnyErrorEntry,
  docsPath,
  entriesByNumber,
  meanings,
  numbers,
  platformIds,
  platformTables,
} from '@org/error-codes';
import * as flutter from '@org/error-codes/flutter-1';
import * as flutter3 from '@org/error-codes/flutter-3';
import * as ios from '@org/error-codes/ios';
import * as web from '@org/error-codes/web';
import { actors, localizeEntry } from '@org/error-codes-i18n';
import { messages as arFlutter } from '@org/error-codes-i18n/locales/flutter-1/ar';
import { messages as enFlutter } from '@org/error-codes-i18n/locales/flutter-1/en';
import { messages as enIos } from '@org/error-codes-i18n/locales/ios/en';
import { messages as deWeb } from '@org/error-codes-i18n/locales/web/de';
import { messages as jaWeb } from '@org/error-codes-i18n/locales/web/ja';
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

/** Every entry of every line, in the index's order (line by line, each by code). */
const all: readonly AnyErrorEntry[] = platformIds.flatMap(
  (p): readonly AnyErrorEntry[] => platformTables[p],
);
const total = all.length;
const labels = enFlutter.labels.platforms;
/** The rows a search for a wire name shows: every line's entry spelled that way. */
const spelled = (text: string) =>
  all
    .filter((e) => [e.name, ...e.aliases].some((n) => n.includes(text)))
    .map((e) => `${e.platform} ${e.code}`);
const visibleRows = (page: Page) => page.locator('table.codes tbody tr:not([hidden])');
/** The rows shown, as `web 4001`, `flutter 3017`. */
const shown = async (page: Page) =>
  page
    .locator('table.codes tbody tr:not([hidden])')
    .evaluateAll((rows) =>
      rows.map((r) => `${(r as HTMLElement).dataset.platform} ${(r as HTMLElement).dataset.code}`),
    );

/** The index is interactive once its filters script has read the URL (the count is written). */
async function openIndex(path: string, options = {}) {
  const page = await h.open(path, options);
  await page.waitForFunction(
    () => document.querySelector<HTMLElement>('#index-filters')?.dataset.ready === '1',
  );
  return page;
}

describe('index', () => {
  it('lists every code of every line, and the search narrows the table as you type', async () => {
    const page = await openIndex('/');
    expect(await visibleRows(page).count()).toBe(total);
    await page.screenshot({ path: `${screenshots}index.png` });

    await page.locator('#filter-q').pressSequentially('camera');
    await expect.poll(() => visibleRows(page).count()).toBeLessThan(total);
    const camera = await shown(page);
    expect(camera).toContain('web 3023');
    expect(camera).toContain('flutter-1 3003');
    expect(camera).toContain('ios 3023');
    expect(page.url()).toContain('q=camera');

    // A code: every line's 3008, whatever it means there (best match first: the rows
    // come in the search's order, so compare them as sets).
    await page.locator('#filter-q').fill('3008');
    await expect
      .poll(async () => (await shown(page)).sort())
      .toEqual(
        entriesByNumber(3008)
          .map((e) => `${e.platform} ${e.code}`)
          .sort(),
      );
    // A wire name, and an alias (another line's spelling finds each 4009).
    await page.locator('#filter-q').fill('INVALID_API');
    await expect
      .poll(async () => (await shown(page)).sort())
      .toEqual(spelled('INVALID_API').sort());
    await page.locator('#filter-q').fill('MAX_PARTICIPANT_REACHED');
    await expect
      .poll(async () => (await shown(page)).sort())
      .toEqual(spelled('MAX_PARTICIPANT_REACHED').sort());

    // Words as a support question puts them: the answer comes first, the table reordered.
    await page.locator('#filter-q').fill('too many participants');
    await expect.poll(async () => (await shown(page))[0]).toMatch(/ 4009$/);

    await page.locator('#filter-q').fill('zzzz qqqq');
    await expect.poll(() => visibleRows(page).count()).toBe(0);
    await expect.poll(() => page.locator('.no-results').isVisible()).toBe(true);
    expect(await page.locator('.did-you-mean').isVisible()).toBe(false);

    // A misspelt word: nothing found, and the nearest words offered; taking them searches.
    await page.locator('#filter-q').fill('microphnoe');
    await expect.poll(() => page.locator('.did-you-mean').isVisible()).toBe(true);
    expect(await page.locator('.did-you-mean').textContent()).toBe('Did you mean microphone?');
    await page.locator('.did-you-mean button').click();
    await expect.poll(() => page.locator('#filter-q').inputValue()).toBe('microphone');
    await expect.poll(() => visibleRows(page).count()).toBeGreaterThan(0);
    expect(page.url()).toContain('q=microphone');
    expect(await page.locator('.did-you-mean').isVisible()).toBe(false);
    await page.context().close();
  });

  it('searches the localized texts of the page locale', async () => {
    const page = await openIndex('/de/');
    const title = localizeEntry(web.getError(4002), deWeb).title;
    await page.locator('#filter-q').fill(title);
    await expect.poll(async () => (await shown(page)).length).toBeLessThan(total);
    expect(await shown(page)).toContain('web 4002');
    await page.context().close();
  });

  it('filters by platform beside the other filters, round-tripping through the URL', async () => {
    const page = await openIndex('/');
    await page.locator('#filter-platform').selectOption('flutter-1');
    await page.locator('#filter-category').selectOption('limit');
    await page.locator('#filter-feature').selectOption('recording');
    await page.locator('#filter-retryable').selectOption('false');
    // Flutter's recording limits: the feature filter, new beside the category.
    const expected = flutter.catalog
      .filter((e) => e.category === 'limit' && e.feature === 'recording' && !e.retryable)
      .map((e) => `flutter-1 ${e.code}`);
    expect(expected.length).toBeGreaterThan(0);
    await expect.poll(() => shown(page)).toEqual(expected);
    const shared = new URL(page.url());
    expect(shared.search).toBe(
      '?platform=flutter-1&category=limit&feature=recording&retryable=false',
    );
    await page.context().close();

    // A shared link opens the same view, with the controls set.
    const again = await openIndex(`/${shared.search}`);
    expect(await shown(again)).toEqual(expected);
    expect(await again.locator('#filter-platform').inputValue()).toBe('flutter-1');
    expect(await again.locator('#filter-feature').inputValue()).toBe('recording');
    expect(await again.locator('#filter-retryable').inputValue()).toBe('false');

    // Clearing the filters clears the URL.
    await again.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(() => visibleRows(again).count()).toBe(total);
    expect(new URL(again.url()).search).toBe('');
    await again.context().close();
  });

  it('ignores junk in a shared URL and keeps what is valid', async () => {
    const page = await openIndex('/?platform=__proto__&category=<script>&severity=fatal&q=');
    const expected = all
      .filter((e) => e.severity === 'fatal')
      .map((e) => `${e.platform} ${e.code}`);
    await expect.poll(() => shown(page)).toEqual(expected);
    expect(new URL(page.url()).search).toBe('?severity=fatal');
    await page.context().close();
  });

  it('shows the full table without JavaScript, and hides the controls that need it', async () => {
    const page = await h.open('/?platform=web', { javaScriptEnabled: false });
    expect(await visibleRows(page).count()).toBe(total);
    expect(await page.locator('form.filters').isVisible()).toBe(false);
    await page.context().close();
  });
});

describe('platform switch', () => {
  it('keeps the code where the other line has it, whatever it means there', async () => {
    const page = await h.open('/web/errors/3017/');
    await page.locator('.platform-switch a[data-platform="flutter-1"]').click();
    await page.waitForURL(/\/flutter-1\/errors\/3017\/$/);
    const entry = localizeEntry(flutter.getError(3017), enFlutter);
    expect(await page.locator('h1').textContent()).toBe(entry.title);
    // The page says at once that web's 3017 is another error, and links it.
    const other = page.locator('#other-platforms').locator('..');
    expect(await other.textContent()).toContain(
      `On ${labels.web}, code 3017 is a different error:`,
    );
    expect(await other.locator(`a[href="${docsPath('web', 3017)}"]`).count()).toBeGreaterThan(0);
    // The switch marks every line where 3017 is another error.
    expect(
      await page
        .locator('.platform-switch a[data-clash]')
        .evaluateAll((as) => as.map((a) => (a as HTMLElement).dataset.platform)),
    ).toEqual(
      entriesByNumber(3017)
        .filter((e) => e.meaning !== flutter.getError(3017).meaning)
        .map((e) => e.platform),
    );
    // And back.
    await page.locator('.platform-switch a[data-platform="web"]').click();
    await page.waitForURL(/\/web\/errors\/3017\/$/);
    await page.context().close();
  });

  it('explains where the other line has no such code, and points to its equivalent', async () => {
    // Flutter 1.2.x has no 3024; web's 3024 (microphone in use) is its 3004.
    expect(numbers().get(3024)?.has('flutter-1')).toBe(false);
    const page = await h.open('/web/errors/3024/');
    const missing = page.locator('.platform-switch a[data-platform="flutter-1"]');
    expect(await missing.textContent()).toContain('No code 3024 on Flutter 1.2.x');
    await missing.click();
    await page.waitForURL(/\/web\/errors\/3024\/#other-platforms$/);
    const section = page.locator('#other-platforms').locator('..');
    expect(await section.textContent()).toContain('Flutter 1.2.x has no code 3024.');
    expect(await section.textContent()).toContain('On Flutter 1.2.x, this error has code 3004:');
    await section.locator(`a[href="${docsPath('flutter-1', 3004)}"]`).click();
    await page.waitForURL(/\/flutter-1\/errors\/3004\/$/);
    await page.context().close();
  });
});

describe('a code page of a native line', () => {
  it('shows iOS 3008, its twin web 3045, the clash with Flutter 1.2.x and Flutter 3.x’s gap', async () => {
    const page = await h.open('/ios/errors/3008/');
    const entry = localizeEntry(ios.getError(3008), enIos);
    expect(await page.locator('h1').textContent()).toBe(entry.title);
    expect(await page.locator('.wire-name').textContent()).toBe(
      'ERROR_VIDEO_PRODUCE_CODEC_NOT_SUPPORTED',
    );
    expect(await page.locator('#snippet-swift code').textContent()).toContain(
      'if error == .ERROR_VIDEO_PRODUCE_CODEC_NOT_SUPPORTED {',
    );
    const clash = page.locator('.platform-switch a[data-platform="flutter-1"]');
    expect(await clash.getAttribute('data-clash')).toBe('true');
    expect(await clash.textContent()).toContain('different error');
    const gap = page.locator('.platform-switch a[data-platform="flutter-3"]');
    expect(await gap.textContent()).toContain('Code 3008 unknown on Flutter 3.x');
    const twins = page.locator('#other-platforms').locator('..');
    expect(await twins.textContent()).toContain(`On ${labels.web}, this error has code 3045:`);
    await page.screenshot({ path: `${screenshots}ios-3008.png`, fullPage: true });
    await twins.locator(`a[href="${docsPath('web', 3045)}"]`).click();
    await page.waitForURL(/\/web\/errors\/3045\/$/);
    await page.context().close();
  });

  it('leads from Flutter 3.x 3023 to its line page, which says the table is incomplete', async () => {
    const page = await h.open('/flutter-3/errors/3023/');
    expect(await page.locator('.wire-name').textContent()).toBe(flutter3.getError(3023).name);
    await page.locator('.breadcrumbs a[href="/flutter-3/"]').click();
    await page.waitForURL(/\/flutter-3\/$/);
    expect(await page.locator('h1').textContent()).toBe(labels['flutter-3']);
    expect(await page.locator('#incomplete').isVisible()).toBe(true);
    expect(await page.locator('#line-fields [data-field="complete"]').textContent()).toBe('No');
    expect(await page.locator('table.codes tbody tr').count()).toBe(flutter3.catalog.length);
    await page.context().close();
  });

  it('gives Android a page that says it has no table', async () => {
    const page = await h.open('/android/');
    expect(await page.locator('#no-table').isVisible()).toBe(true);
    expect(await page.locator('table.codes').count()).toBe(0);
    await page.context().close();
  });
});

describe('cross-platform matrix', () => {
  it('gives every number its meaning on each line and every meaning its number, clashes marked', async () => {
    const page = await h.open('/cross-platform/');
    const rows = await page.locator('#number-matrix tbody tr').evaluateAll((trs) =>
      trs.map((r) => ({
        code: Number((r as HTMLElement).dataset.code),
        clash: (r as HTMLElement).dataset.clash === 'true',
      })),
    );
    expect(rows.map((r) => r.code)).toEqual([...numbers().keys()].sort((a, b) => a - b));
    expect(rows.filter((r) => r.clash).map((r) => r.code)).toEqual(
      [...numbers()]
        .filter(([, m]) => new Set(m.values()).size > 1)
        .map(([code]) => code)
        .sort((a, b) => a - b),
    );
    // 3008: one column per line, each linked to that line's page for 3008 where it has one.
    const row = page.locator('#number-3008');
    expect(await row.getAttribute('data-clash')).toBe('true');
    expect(
      await row.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href'))),
    ).toEqual(entriesByNumber(3008).map((e) => docsPath(e.platform, 3008)));
    // A clashing row stands out.
    const background = await row.evaluate((el) => getComputedStyle(el).backgroundColor);
    const plain = await page
      .locator('#number-4001')
      .evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(background).not.toBe(plain);
    expect(await page.locator('#meaning-matrix tbody tr').count()).toBe(meanings().size);
    const moved = page.locator('#meaning-video-produce-codec-not-supported');
    expect(await moved.getAttribute('data-moved')).toBe('true');
    expect(await moved.textContent()).toContain('3045');
    expect(await moved.textContent()).toContain('3008');
    expect(await page.locator('#meaning-camera-in-use').textContent()).toContain('3003');
    expect(await page.locator('#alias-table tbody tr').count()).toBe(
      all.filter((e) => e.aliases.length > 0).length,
    );
    await page.screenshot({ path: `${screenshots}matrix.png` });
    // An alias link leads, through its redirect page, to the code.
    await page.locator('#alias-table a[href="/web/errors/MAX_PARTICIPANT_REACHED/"]').click();
    await page.waitForURL(/\/web\/errors\/4009\/$/);
    await page.screenshot({ path: `${screenshots}web-4009.png` });
    await page.context().close();
  });
});

describe('locale switcher', () => {
  it('keeps the platform and the code', async () => {
    const page = await h.open('/flutter-1/errors/4010/');
    await page.locator('.locale-menu summary').click();
    await page.locator('.locale-menu a[data-locale="de"]').click();
    await page.waitForURL(/\/de\/flutter-1\/errors\/4010\/$/);
    expect(await page.getAttribute('html', 'lang')).toBe('de');
    await page.context().close();
  });

  it('keeps the filtered view on the index', async () => {
    const page = await openIndex('/?platform=web&category=recording');
    await expect
      .poll(() => page.locator('.locale-menu a[data-locale="ja"]').getAttribute('href'))
      .toBe('/ja/?platform=web&category=recording');
    await page.context().close();
  });

  it('works with the keyboard', async () => {
    const page = await h.open('/web/errors/4001/');
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
    const page = await h.open('/web/errors/4001/', { javaScriptEnabled: false });
    const entry = web.getError(4001);
    expect(await page.locator('h1').textContent()).toBe('Invalid API key');
    expect(await page.locator('.sdk-message').textContent()).toBe(entry.message);
    expect(await page.locator('.wire-name').textContent()).toBe(entry.name);
    expect(await page.locator('#fixes ~ .fixes h3').count()).toBeGreaterThan(0);
    expect(await page.locator('pre code').count()).toBe(5);
    expect(await page.locator('#snippet-js-sdk code').textContent()).toContain(
      'ErrorCodes.INVALID_API_KEY',
    );
    expect(await page.locator('button.copy').first().isVisible()).toBe(false);
    expect(await page.locator('a[rel="next"]').getAttribute('href')).toBe(docsPath('web', 4002));
    // The platform switch is plain links.
    await page.locator('.platform-switch a[data-platform="flutter-1"]').click();
    await page.waitForURL(/\/flutter-1\/errors\/4001\/$/);
    await page.context().close();
  });

  it('copy a snippet to the clipboard', async () => {
    const page = await h.open('/flutter-1/errors/4010/', {
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    await page.locator('#snippet-curl button.copy').click();
    await expect.poll(() => page.locator('#announcer').textContent()).toBe('Copied');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/^curl -s 'https?:\/\/[^']+\/v1\/flutter-1\/errors\/4010\?locale=en'$/);
    await page.screenshot({ path: `${screenshots}flutter-1-4010.png`, fullPage: true });
    await page.context().close();
  });

  it('lead from a wire name or an alias to the code of that platform', async () => {
    const page = await h.open('/web/errors/INVALID_API_KEY/');
    await page.waitForURL(/\/web\/errors\/4001\/$/);
    const noJs = await h.open('/fr/flutter-1/errors/MAX_PARTCIPANT_REACHED/', {
      javaScriptEnabled: false,
    });
    await noJs.waitForURL(/\/fr\/flutter-1\/errors\/4009\/$/);
    await page.context().close();
    await noJs.context().close();
  });

  it('render causes and fixes right to left in Arabic', async () => {
    const page = await h.open('/ar/flutter-1/errors/3017/');
    const entry = localizeEntry(flutter.getError(3017), arFlutter);
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    expect(await page.getAttribute('html', 'lang')).toBe('ar');
    const causes = await page.locator('ul.causes li').allTextContents();
    expect(causes).toEqual([...entry.causes]);
    const fixes = page.locator('.fixes');
    expect(await fixes.locator('h3').allTextContents()).toEqual(
      actors
        .filter((a) => entry.fixes.some((s) => s.by === a))
        .map((a) => arFlutter.labels.actors[a]),
    );
    for (const step of entry.fixes) expect(await fixes.textContent()).toContain(step.text);
    // Laid out from the right: the list items start at the right edge of their list.
    expect(await fixes.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
    const list = await page.locator('.fix-group ol').first().boundingBox();
    const item = await page.locator('.fix-group ol li').first().boundingBox();
    expect(list && item && Math.abs(list.x + list.width - (item.x + item.width)) < 30).toBe(true);
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
    // The end-user preview is the React component, in Arabic.
    const preview = page.locator('.preview [data-severity]');
    expect(await preview.getAttribute('role')).toBe('alert');
    expect(await preview.getAttribute('dir')).toBe('rtl');
    expect(await preview.locator('strong').textContent()).toBe(entry.userTitle);
    await page.screenshot({ path: `${screenshots}ar-flutter-1-3017.png`, fullPage: true });
    await page.context().close();
  });

  it('render causes and fixes in Japanese', async () => {
    const page = await h.open('/ja/web/errors/3017/');
    const entry = localizeEntry(web.getError(3017), jaWeb);
    expect(await page.getAttribute('html', 'lang')).toBe('ja');
    expect(await page.locator('h1').textContent()).toBe(entry.title);
    expect(await page.locator('ul.causes li').allTextContents()).toEqual([...entry.causes]);
    expect(await page.locator('.fixes h3').allTextContents()).toEqual(
      actors.filter((a) => entry.fixes.some((s) => s.by === a)).map((a) => jaWeb.labels.actors[a]),
    );
    expect(await page.locator('.fixes li').allTextContents()).toEqual(
      actors.flatMap((a) => entry.fixes.filter((s) => s.by === a).map((s) => s.text)),
    );
    await page.screenshot({ path: `${screenshots}ja-web-3017.png`, fullPage: true });
    await page.context().close();
  });
});

describe('themes, phone and keyboard', () => {
  it('follow the system setting and the toggle, which is remembered', async () => {
    const page = await h.open('/', { colorScheme: 'dark' });
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(await background()).toBe('rgb(15, 18, 23)');
    await page.screenshot({ path: `${screenshots}dark-index.png` });
    await page.getByRole('button', { name: 'Switch to light theme' }).click();
    expect(await background()).toBe('rgb(255, 255, 255)');
    await page.reload();
    expect(await background()).toBe('rgb(255, 255, 255)');
    await page.getByRole('button', { name: 'Switch to dark theme' }).click();
    expect(await background()).toBe('rgb(15, 18, 23)');
    await page.goto(`${h.baseUrl}/flutter-1/errors/3017/`);
    await page.screenshot({ path: `${screenshots}dark-flutter-1-3017.png` });
    await page.context().close();
  });

  it('fit a 360 px phone without sideways scrolling', async () => {
    for (const path of [
      '/',
      '/web/errors/4001/',
      '/ar/flutter-1/errors/4012/',
      '/ios/errors/3008/',
      '/flutter-3/',
      '/cross-platform/',
    ]) {
      const page = await h.open(path, { viewport: { width: 360, height: 740 } });
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width, path).toBeLessThanOrEqual(360);
      if (path === '/') await page.screenshot({ path: `${screenshots}phone-index.png` });
      await page.context().close();
    }
  });

  it('start with a skip link and show a focus ring', async () => {
    const page = await h.open('/web/errors/4001/');
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
    // The old id `flutter` is gone: its addresses are not found.
    const response = await page.goto(`${h.baseUrl}/flutter/errors/3017/`);
    expect(response?.status()).toBe(404);
    // The browser logs each 404 response it got: those two are this test's own.
    const logged = h.problems.consoleErrors.splice(before);
    expect(logged).toHaveLength(2);
    expect(logged.every((line) => line.includes('status of 404'))).toBe(true);
    await page.context().close();
  });
});

// Two at a time (maxConcurrency in vitest.config.ts): each axe run is busy in its own page's
// renderer process, so two share the two cores.
describe.concurrent('accessibility (axe-core)', () => {
  // The index, a code page of each platform and the cross-platform map, in both themes;
  // a right-to-left code page and map in one. (axe over the 228-row index takes seconds.)
  const runs = [
    ...['/', '/web/errors/3017/', '/flutter-1/errors/3017/', '/cross-platform/'].flatMap((path) =>
      (['light', 'dark'] as const).map((colorScheme) => ({ path, colorScheme })),
    ),
    { path: '/ar/flutter-1/errors/4001/', colorScheme: 'dark' as const },
    { path: '/ar/cross-platform/', colorScheme: 'light' as const },
    { path: '/ios/errors/3008/', colorScheme: 'light' as const },
    { path: '/de/flutter-3/', colorScheme: 'dark' as const },
  ];
  for (const { path, colorScheme } of runs) {
    it(`has no violations on ${path} (${colorScheme})`, async ({ expect }) => {
      const page = await h.open(path, { colorScheme });
      // Only violations are collected: passes over a 228-row table cost seconds and are not read.
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

describe('the whole run', () => {
  it('logged no console error and sent no request outside 127.0.0.1', () => {
    expect(h.problems.consoleErrors).toEqual([]);
    expect(h.problems.outsideRequests).toEqual([]);
  });
});
