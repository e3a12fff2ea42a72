import {
  categories,
  docsPath,
  lineIds,
  meanings,
  numbers,
  type PlatformId,
  platformIds,
} from '@org/error-codes';
import { actors, direction, type LocalizedEntry } from '@org/error-codes-i18n';
import { createElement, Fragment } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { BUILD_DEFAULTS, LOCAL_DEFAULTS, readSiteConfig } from './config.js';
import { loadSiteData, type SiteData } from './data.js';
import { catalogOf, platformInfo } from './platforms.js';
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
  it('render every code of every line in every locale with its own texts, verbatim message and lang/dir', () => {
    // web 160, React Native 56, iOS 151, Flutter 1.2.x 68, Flutter 3.x 169: in nine locales.
    expect(platformIds.map((p) => catalogOf(p).length)).toEqual([160, 56, 151, 68, 169]);
    expect(codeRoutes).toHaveLength(604 * 9);
    // The app snippet matches this very code: by its constant in TypeScript and Swift, by number in Dart.
    const appCheck: Record<PlatformId, (e: LocalizedEntry) => string> = {
      web: (e) => `ErrorCodes.${e.name}`,
      'react-native': (e) => `ErrorCodes.${e.name}`,
      ios: (e) => `if error == .${e.name} {`,
      'flutter-1': (e) => `if (code == ${e.code}) {`,
      'flutter-3': (e) => `if (code == ${e.code}) {`,
    };
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
      expect(html, where).toContain(appCheck[route.platform](e));
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

  it('send end users to the app’s support team, never VideoSDK, in every preview of every locale', () => {
    let asked = 0;
    for (const route of codeRoutes) {
      const preview =
        /<div class="preview">(.*?)<\/div><\/section>/s.exec(render(route))?.[1] ?? '';
      expect(preview, route.path).not.toMatch(/videosdk/i);
      expect(preview, route.path).not.toContain('{supportContact}');
      const team = data.messages[route.platform][route.locale].labels.supportTeam;
      if (preview.includes(escapeHtml(team))) asked++;
    }
    // The contact is asked for on a few dozen pages per locale (4006, 4007, 4011…).
    expect(asked).toBeGreaterThan(siteLocales.length * 10);
  });

  it('say what the number means on every other line, and where its twin lives there', () => {
    const byNumber = numbers();
    const byMeaning = meanings();
    for (const route of codeRoutes.filter((r) => r.locale === 'en')) {
      const html = section(page(route.path), 'other-platforms');
      const code = route.entry.code;
      for (const there of platformIds.filter((p) => p !== route.platform)) {
        const name = escapeHtml(data.messages[there].en.labels.platforms[there]);
        const complete = platformInfo(there).complete;
        const sameNumber = byNumber.get(code)?.get(there);
        const twinCode = byMeaning.get(route.entry.meaning)?.get(there);
        const where = `${route.path} on ${there}`;
        if (sameNumber === undefined) {
          expect(html, where).toContain(
            complete
              ? `${name} has no code ${code}.`
              : `${name}’s table is incomplete: code ${code} is unknown on that line.`,
          );
        } else {
          expect(html, where).toContain(`href="${docsPath(there, code)}"`);
          expect(html, where).toContain(
            sameNumber === route.entry.meaning
              ? `${name} uses code ${code} for the same error.`
              : `On ${name}, code ${code} is a different error:`,
          );
        }
        if (twinCode !== undefined && twinCode !== code) {
          expect(html, where).toContain(`href="${docsPath(there, twinCode)}"`);
          expect(html, where).toContain(`On ${name}, this error has code ${twinCode}:`);
        }
        if (twinCode === undefined) {
          expect(html, where).toContain(
            complete
              ? `${name} does not report this error.`
              : `${name}’s table is incomplete: this error is not confirmed there.`,
          );
        }
      }
    }
    // The cases by hand: iOS 3008 is web 3045 and another error on Flutter 1.2.x; unknown on Flutter 3.x.
    const ios = section(page('/ios/errors/3008/'), 'other-platforms');
    expect(ios).toContain('On Web (JavaScript, React), this error has code 3045:');
    expect(ios).toContain('href="/web/errors/3045/"');
    expect(ios).toContain('On Flutter 1.2.x, code 3008 is a different error:');
    expect(ios).toContain('ERROR_MICROPHONE_ACCESS_DENIED_OR_DISMISSED');
    expect(ios).toContain('Flutter 3.x’s table is incomplete: code 3008 is unknown on that line.');
    const flutter3 = section(page('/flutter-3/errors/3023/'), 'other-platforms');
    expect(flutter3).toContain('On Flutter 1.2.x, code 3023 is a different error:');
    expect(flutter3).toContain('href="/flutter-1/errors/3003/"');
  });

  it('put the switch across every line: the same code where it exists (a clash marked), the explanation where not', () => {
    const exists = page('/de/web/errors/4001/');
    for (const p of platformIds.filter((p) => p !== 'web')) {
      expect(exists).toMatch(new RegExp(`<a href="/de/${p}/errors/4001/" data-platform="${p}">`));
    }
    const ios = page('/ios/errors/3008/');
    expect(ios).toContain(
      '<a href="/flutter-1/errors/3008/" data-platform="flutter-1" class="platform-clash" data-clash="true">Flutter 1.2.x<span class="platform-clash-note">different error</span></a>',
    );
    expect(ios).toContain(
      '<a href="#other-platforms" class="platform-missing" data-platform="flutter-3">Flutter 3.x<span class="platform-missing-note">Code 3008 unknown on Flutter 3.x</span></a>',
    );
    expect(ios).toContain(
      '<a href="#other-platforms" class="platform-missing" data-platform="web">Web (JavaScript, React)<span class="platform-missing-note">No code 3008 on Web (JavaScript, React)</span></a>',
    );
    expect(ios).toContain('id="other-platforms"');
  });
});

describe('other pages', () => {
  it('the cross-platform matrix has every number and every meaning on every line, clashes and moves marked', () => {
    const byNumber = numbers();
    const byMeaning = meanings();
    const clashing = [...byNumber].filter(([, m]) => new Set(m.values()).size > 1).map(([c]) => c);
    const moved = [...byMeaning].filter(([, m]) => new Set(m.values()).size > 1).map(([id]) => id);
    expect(byMeaning.size).toBe(180);
    for (const locale of siteLocales) {
      const html = page(locale === 'en' ? '/cross-platform/' : `/${locale}/cross-platform/`);
      const rows = [
        ...html.matchAll(
          /<tr id="number-(\d+)" data-code="\d+"( class="row-clash" data-clash="true")?>/g,
        ),
      ];
      expect(
        rows.map((m) => Number(m[1])),
        locale,
      ).toEqual([...byNumber.keys()].sort((a, b) => a - b));
      expect(
        rows
          .filter((m) => m[2])
          .map((m) => Number(m[1]))
          .sort((a, b) => a - b),
      ).toEqual(clashing.sort((a, b) => a - b));
      for (const [code, lines] of byNumber) {
        for (const p of lines.keys()) expect(html).toContain(`href="${docsPath(p, code, locale)}"`);
      }
      const meaningRows = [
        ...html.matchAll(
          /<tr id="meaning-([\w-]+)" data-meaning="[\w-]+"( class="row-moved" data-moved="true")?>/g,
        ),
      ];
      expect(meaningRows).toHaveLength(byMeaning.size);
      expect(
        meaningRows
          .filter((m) => m[2])
          .map((m) => m[1])
          .sort(),
      ).toEqual([...moved].sort());
      for (const alias of ['MAX_PARTICIPANT_REACHED', 'STOP_COMPOSITE_RECORDING_FAILED']) {
        expect(html).toContain(`href="${docsPath('web', alias, locale)}"`);
      }
      expect(html).toContain(`href="${docsPath('flutter-1', 'MAX_PARTCIPANT_REACHED', locale)}"`);
    }
    // iOS 3008 and web 3045: one meaning, two numbers.
    const en = page('/cross-platform/');
    const row = en.slice(en.indexOf('id="meaning-video-produce-codec-not-supported"'));
    const cells = row.slice(0, row.indexOf('</tr>'));
    expect(cells).toContain('data-moved="true"');
    expect(cells).toContain('<a href="/web/errors/3045/">3045</a>');
    expect(cells).toContain('<a href="/ios/errors/3008/">3008</a>');
  });

  it('give every line a page: its SDK, versions, completeness, entry point and codes', () => {
    for (const line of lineIds) {
      const html = page(`/${line}/`);
      expect(html, line).toContain('id="line-fields"');
    }
    const ios = page('/ios/');
    expect(ios).toContain('<code dir="ltr">VideoSDKRTC</code>');
    expect(ios).toContain('<dd data-field="codes">151</dd>');
    expect(ios).toContain('<code dir="ltr">@org/error-codes/ios</code>');
    expect(ios).toContain('href="/ios/errors/3008/"');
    expect(ios).not.toContain('id="incomplete"');
    const flutter3 = page('/de/flutter-3/');
    expect(flutter3).toContain('id="incomplete"');
    expect(flutter3).toContain('<dd data-field="complete">Nein</dd>');
    expect(flutter3).toContain(escapeHtml(ui.de.incompleteNote));
    const android = page('/android/');
    expect(android).toContain('id="no-table"');
    expect(android).toContain('<code dir="ltr">live.videosdk:rtc-android-sdk</code>');
    expect(android).not.toContain('/android/errors/');
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
    // Codes, index, matrix, lines, categories, packages, each line's how-errors page, API key vs token.
    const perLocale =
      604 + 1 + 1 + lineIds.length + categories.length + packages.length + platformIds.length + 1;
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
    `/${locale}/flutter-1/errors/4001/`,
    `/${locale}/ios/errors/3008/`,
    `/${locale}/ios/`,
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
