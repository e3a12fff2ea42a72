import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { platformIds, platformTables } from '@org/error-codes';
import { describe, expect, it } from 'vitest';
import { readSiteConfig } from '../src/config.js';
import { downloads, siteLocales } from '../src/site.js';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

describe('the built site', () => {
  it('holds no loopback address unless SITE_URL or API_URL asked for one', () => {
    expect(existsSync(join(dist, 'index.html')), 'build the site first').toBe(true);
    const config = readSiteConfig();
    const asked = /127\.0\.0\.1|localhost/.test(`${config.siteUrl} ${config.apiUrl}`);
    const written = files(dist)
      .filter((f) => /\.(html|xml|txt|json|js)$/.test(f))
      .filter((f) => /127\.0\.0\.1|\/\/localhost/.test(readFileSync(f, 'utf8')));
    if (asked) expect(written.length).toBeGreaterThan(0);
    else expect(written.map((f) => f.slice(dist.length))).toEqual([]);
  });

  it('serves the search haystacks of every locale and the messages of every line', () => {
    for (const locale of siteLocales) {
      const rows = JSON.parse(readFileSync(join(dist, downloads.search(locale)), 'utf8'));
      // Every code of every line: 160 + 56 + 151 + 68 + 169.
      expect(rows, locale).toHaveLength(604);
      expect(rows.length).toBe(platformIds.reduce((n, p) => n + platformTables[p].length, 0));
      for (const platform of platformIds) {
        const bundle = JSON.parse(
          readFileSync(join(dist, downloads.messages(platform, locale)), 'utf8'),
        );
        expect(bundle.platform).toBe(platform);
        expect(bundle.locale).toBe(locale);
      }
    }
  });
});
