import { categories, docsPath, meanings, numbers, type PlatformId } from '@org/error-codes';
import { actors, direction } from '@org/error-codes-i18n';
import { createElement, Fragment } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { BUILD_DEFAULTS, LOCAL_DEFAULTS, readSiteConfig } from './config.js';
import { loadSiteData, type SiteData } from './data.js';
import { renderRoute, renderSitemap, summary } from './render.js';
import { allRoutes, type Route } from './routes.js';
import { packages, type SiteLocale, siteLocales } from './site.js';
import { ui } from './ui/index.js';

/** A text as React writes it into a page: the oracle for what the pages must contain. */
const escapeHtml = (text: string) => renderToStaticMarkup(createElement(Fragment, null, text));

const template =
  '<!doctype html><html lang="en"><head><!--head--></head><body><!--app--></body></html>';
const config = readSiteConfig({});
let data: SiteData;
const routes = allRoutes();

beforeAll(async () => {
  data = await loadSiteData();
});

// Each page is rendered once and read by every test that needs it.
const rendered = new Map<string, string>();
function render(route: Route | undefined): string {
  if (!route) return '';
  let html = rendered.get(route.path);
  if (html === undefined) {
    html = renderRoute(route, { data, config, template });
    rendered.set(route.path, html);
  }
  return html;
}
const page = (path: string) => render(routes.find((r) => r.path === path));
const codeRoutes = routes.filter((r): r is Extract<Route, { kind: 'code' }> => r.kind === 'code');

/** The HTML of one section of a page, from its heading id to the next section. */
function section(html: string, id: string): string {
  const start = html.indexOf(`id="${id}"`);
  if (start < 0) return '';
  const end = html.indexOf('<section', start);
  return html.slice(start, end < 0 ? undefined : end);
}

describe('code pages', () => {
  it('render every code of both platforms in every locale with its own texts, verbatim message and lang/dir', () => {
    expect(codeRoutes).toHaveLength((160 + 68) * 9);
    for (const route of codeRoutes) {
      const html = render(route);
      const e = data.entry(route.platform, route.entry.code, route.locale);
      if (!e) throw new Error(route.path);
      const where = route.path;
      expect(html, where).toContain(
        `<html lang="${route.locale}" dir="${direction(route.locale)}">`,
      );
      expect(html, where).toContain(`<h1>${escapeHtml(e.title)}</h1>`);
      expect(html, where).toContain(
        e.message === null ? escapeHtml(ui[route.locale].noSdkMessage) : escapeHtml(e.message),
      );
      expect(html, where).toContain(escapeHtml(e.description));
      // The app snippet matches this very code: web by its constant, Flutter by number.
      expect(html, where).toContain(
        route.platform === 'web' ? `ErrorCodes.${e.name}` : `if (code == ${e.code}) {`,
      );
      expect(html, where).toContain(`<link rel="canonical" href="${config.siteUrl}${route.path}"`);
      expect(html, where).toMatch(/<meta name="description" content="[^"]+"/);
      // The page says at once which platform's meaning it is.
      expect(html, where).toContain(
        `data-platform="${route.platform}">${escapeHtml(e.labels.platform)}<`,
      );
    }
  });

  it('list the causes, and the fixes grouped by who acts in the order of `actors`', () => {
    for (const route of codeRoutes) {
      const html = render(route);
      const e = data.entry(route.platform, route.entry.code, route.locale);
      if (!e) throw new Error(route.path);
      const causes = section(html, 'causes');
      expect(e.causes.length, route.path).toBeGreaterThan(0);
      for (const cause of e.causes) expect(causes, route.path).toContain(escapeHtml(cause));
      const fixes = section(html, 'fixes');
      const labels = data.messages[route.platform][route.locale].labels.actors;
      const groups = actors.filter((a) => e.fixes.some((s) => s.by === a));
      const headings = [...fixes.matchAll(/<h3 id="fix-(\w+)">([^<]*)<\/h3>/g)];
      expect(
        headings.map((m) => m[1]),
        route.path,
      ).toEqual(groups);
      for (const m of headings) {
        expect(m[2]).toBe(escapeHtml(labels[m[1] as (typeof actors)[number]]));
      }
      for (const step of e.fixes) {
        const group = fixes.slice(fixes.indexOf(`id="fix-${step.by}"`));
        expect(group.slice(0, group.indexOf('</ol>')), route.path).toContain(escapeHtml(step.text));
      }
    }
  });

  it('show the end-user preview as the React package’s <ErrorMessage> renders it', () => {
    for (const route of codeRoutes.filter((r) => r.locale === 'en' || r.locale === 'ar')) {
      const html = render(route);
      const e = data.entry(route.platform, route.entry.code, route.locale);
      if (!e) throw new Error(route.path);
      const preview = /<div class="preview">(.*?)<\/div><\/section>/s.exec(html)?.[1] ?? '';
      const role = e.severity === 'warning' ? 'status' : 'alert';
      expect(preview, route.path).toContain(
        `role="${role}" lang="${e.locale}" dir="${e.dir}" data-severity="${e.severity}"`,
      );
      expect(preview).toContain(`<strong>${escapeHtml(e.userTitle)}</strong>`);
      expect(preview).toContain(`<p>${escapeHtml(e.userMessage)}</p>`);
      const userSteps = e.fixes.filter((s) => s.by === 'user');
      expect(preview.includes('<ol>'), route.path).toBe(userSteps.length > 0);
      for (const step of userSteps) expect(preview).toContain(escapeHtml(step.text));
    }
  });

  it('say what the number means on the other platform, and where the meaning lives there', () => {
    const other = (p: PlatformId): PlatformId => (p === 'web' ? 'flutter' : 'web');
    for (const route of codeRoutes.filter((r) => r.locale === 'en')) {
      const html = section(page(route.path), 'other-platforms');
      const there = other(route.platform);
      const code = route.entry.code;
      const sameNumber = (numbers as Record<string, Partial<Record<PlatformId, string>>>)[
        String(code)
      ]?.[there];
      const meaningCode = (meanings as Record<string, Partial<Record<PlatformId, number>>>)[
        route.entry.meaning
      ]?.[there];
      const name = there === 'web' ? 'Web' : 'Flutter';
      if (sameNumber === undefined) {
        expect(html, route.path).toContain(`${name} has no code ${code}.`);
      } else {
        expect(html, route.path).toContain(`href="${docsPath(there, code)}"`);
        expect(html, route.path).toContain(
          sameNumber === route.entry.meaning
            ? `${name} uses code ${code} for the same error.`
            : `On ${name}, code ${code} is a different error:`,
        );
      }
      if (meaningCode !== undefined && meaningCode !== code) {
        expect(html, route.path).toContain(`href="${docsPath(there, meaningCode)}"`);
        expect(html).toContain(`On ${name}, this error has code ${meaningCode}:`);
      }
      if (meaningCode === undefined) {
        expect(html, route.path).toContain(`${name} does not report this error.`);
      }
    }
    // The cases by hand: a clash, a meaning under another number, a web-only code.
    const clash = section(page('/web/errors/3017/'), 'other-platforms');
    expect(clash).toContain('On Flutter, code 3017 is a different error:');
    expect(clash).toContain('ERROR_CREATING_VIDEO_TRACK');
    expect(clash).toContain('href="/flutter/errors/3007/"');
    const webOnly = section(page('/web/errors/3044/'), 'other-platforms');
    expect(webOnly).toContain('Flutter has no code 3044.');
    expect(webOnly).toContain('Flutter does not report this error.');
  });

  it('put the platform switch on the same code where it exists, and on the explanation where it does not', () => {
    const exists = page('/de/web/errors/4001/');
    expect(exists).toMatch(/<a href="\/de\/flutter\/errors\/4001\/" data-platform="flutter">/);
    const missing = page('/web/errors/3044/');
    expect(missing).toMatch(
      /<a href="#other-platforms" class="platform-missing" data-platform="flutter">Flutter<span class="platform-missing-note">No code 3044 on Flutter<\/span><\/a>/,
    );
    expect(missing).toContain('id="other-platforms"');
  });
});

describe('other pages', () => {
  it('the cross-platform map lists every clashing number, every moved meaning and every alias', () => {
    for (const locale of siteLocales) {
      const html = page(locale === 'en' ? '/cross-platform/' : `/${locale}/cross-platform/`);
      const clashes = Object.entries(numbers)
        .filter(([, n]) => n.clash)
        .map(([c]) => c);
      expect(clashes).toHaveLength(13);
      for (const code of clashes) {
        expect(html, `${locale} ${code}`).toContain(`id="number-${code}"`);
        for (const p of ['web', 'flutter'] as const) {
          expect(html).toContain(`href="${docsPath(p, code, locale)}"`);
        }
      }
      const moved = Object.entries(meanings).filter(
        ([, m]) => 'web' in m && 'flutter' in m && m.web !== m.flutter,
      );
      expect(moved).toHaveLength(14);
      for (const [meaning] of moved) expect(html).toContain(`id="meaning-${meaning}"`);
      for (const alias of ['MAX_PARTICIPANT_REACHED', 'STOP_COMPOSITE_RECORDING_FAILED']) {
        expect(html).toContain(`href="${docsPath('web', alias, locale)}"`);
      }
      expect(html).toContain(`href="${docsPath('flutter', 'MAX_PARTCIPANT_REACHED', locale)}"`);
    }
  });

  it('the name and alias pages lead to the code page, with and without a script', () => {
    const html = page('/fr/web/errors/MAX_PARTICIPANT_REACHED/');
    expect(html).toContain('<meta http-equiv="refresh" content="0; url=/fr/web/errors/4009/" />');
    expect(html).toContain('location.replace("/fr/web/errors/4009/"');
    expect(html).toContain('<a href="/fr/web/errors/4009/">4009 MAX_PARTCIPANT_REACHED</a>');
    expect(html).toContain('<meta name="robots" content="noindex" />');
  });

  it('write a sitemap with every page but the redirects and the 404, each with its alternates', () => {
    const xml = renderSitemap(routes, config.siteUrl);
    const perLocale = 160 + 68 + 1 + 1 + categories.length + packages.length;
    expect(xml.match(/<loc>/g)).toHaveLength(perLocale * 9);
    expect(xml.match(/hreflang="ar"/g)).toHaveLength(perLocale * 9);
    expect(xml).not.toContain('/INVALID_API_KEY/');
  });

  it('cut meta descriptions at a word', () => {
    expect(summary('short')).toBe('short');
    const long = summary('word '.repeat(100));
    expect(long.length).toBeLessThanOrEqual(160);
    expect(long.endsWith('word…')).toBe(true);
  });
});

describe('site configuration', () => {
  const sample = (locale: SiteLocale) => [
    '/',
    `/${locale}/web/errors/3017/`,
    `/${locale}/flutter/errors/4001/`,
    `/${locale}/cross-platform/`,
    `/${locale}/web/errors/INVALID_API_KEY/`,
  ];

  it('writes no loopback address into a page built with no configuration', () => {
    expect(config).toEqual(BUILD_DEFAULTS);
    for (const path of sample('de')) expect(page(path), path).not.toMatch(/127\.0\.0\.1|localhost/);
  });

  it('writes the configured origins into canonical links and snippets', () => {
    const custom = readSiteConfig({
      SITE_URL: 'https://errors.acme.dev/',
      API_URL: 'https://api.acme.dev',
    });
    const route = routes.find((r) => r.path === '/web/errors/3017/');
    const html = route ? renderRoute(route, { data, config: custom, template }) : '';
    expect(html).toContain('<link rel="canonical" href="https://errors.acme.dev/web/errors/3017/"');
    expect(html).toContain('curl -s &#x27;https://api.acme.dev/v1/web/errors/3017?locale=en&#x27;');
    expect(html).toContain('docsBaseUrl: &#x27;https://errors.acme.dev&#x27;');
    const local = renderRoute(route as Route, { data, config: LOCAL_DEFAULTS, template });
    expect(local).toContain('http://127.0.0.1:3000/v1/web/errors/3017');
  });
});
