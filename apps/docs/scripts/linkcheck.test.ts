import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readSiteConfig } from '../src/config.js';
import { allRoutes } from '../src/routes.js';
import { checkLinks } from './linkcheck.js';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
// The origin the build wrote into canonical and hreflang links: the same contract it read.
const { siteUrl } = readSiteConfig();

describe('link checker', () => {
  it('finds no broken internal link or anchor in the built site', () => {
    expect(existsSync(join(dist, 'index.html')), 'build the site first').toBe(true);
    const report = checkLinks(dist, siteUrl);
    expect(report.pages).toBe(allRoutes().length);
    expect(report.links).toBeGreaterThan(report.pages * 20);
    // Every full page's skip link, plus the platform switch's explanations and README headings.
    const fullPages = allRoutes().filter((r) => r.kind !== 'redirect').length;
    expect(report.anchors).toBeGreaterThan(fullPages);
    expect(report.broken).toEqual([]);
  });

  it('reports missing files and anchors (a fixture site)', () => {
    const root = mkdtempSync(join(tmpdir(), 'linkcheck-'));
    mkdirSync(join(root, 'a'));
    writeFileSync(join(root, 'a', 'index.html'), '<h2 id="here">x</h2><a href="#here">ok</a>');
    writeFileSync(
      join(root, 'index.html'),
      [
        '<a href="/a/">ok</a>',
        '<a href="/a/#here">ok</a>',
        '<a href="a/#there">bad anchor</a>',
        '<a href="/b/">missing</a>',
        '<img src="/missing.png">',
        `<link rel="canonical" href="${siteUrl}/gone/">`,
        '<a href="https://example.org/">external</a>',
      ].join(''),
    );
    const report = checkLinks(root, siteUrl);
    expect(report.pages).toBe(2);
    expect(report.external).toBe(1);
    expect(report.broken.map((b) => b.href)).toEqual([
      'a/#there',
      '/b/',
      '/missing.png',
      `${siteUrl}/gone/`,
    ]);
  });
});
