/**
 * The built site's end-user previews (what `<ErrorMessage>` shows a user of an app
 * that sets no contact) send the user to the app's own support team, never to
 * VideoSDK: every code page of every line in every locale, read from dist/, and a
 * few pages as Chromium shows them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { messages as zhIos } from '@org/error-codes-i18n/locales/ios/zh-CN';
import { messages as arWeb } from '@org/error-codes-i18n/locales/web/ar';
import { messages as deWeb } from '@org/error-codes-i18n/locales/web/de';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dist, type Harness, startHarness } from './browser.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

/** Every built code page's preview, by path. */
function previews(): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name === 'index.html' && /\/errors\/[^/]+\/index\.html$/.test(path)) {
        const html = readFileSync(path, 'utf8');
        const preview = /<div class="preview">(.*?)<\/div><\/section>/s.exec(html)?.[1];
        if (preview !== undefined) out.set(path.slice(dist.length), preview);
      }
    }
  };
  // English pages sit at the root, the other locales under /<locale>/.
  walk(dist);
  return out;
}

describe('built end-user previews', () => {
  it('name no VideoSDK address on any code page, in any locale', () => {
    const all = previews();
    // Every code of every line in the nine locales (5,436 on 2026-12-06).
    expect(all.size).toBeGreaterThan(5000);
    const vendor = [...all]
      .filter(([, p]) => /videosdk/i.test(p) || p.includes('{supportContact}'))
      .map(([path]) => path);
    expect(vendor).toEqual([]);
  });

  it.each([
    ['/de/web/errors/4006/', deWeb.labels.supportTeam],
    ['/ar/web/errors/4006/', arWeb.labels.supportTeam],
    ['/zh-CN/ios/errors/4006/', zhIos.labels.supportTeam],
  ])('%s shows the app’s support team in the browser', async (path, team) => {
    const page = await h.open(path);
    const shown = (await page.locator('.preview').textContent()) ?? '';
    expect(shown).toContain(team);
    expect(shown).not.toMatch(/videosdk/i);
    await page.close();
  });
});
