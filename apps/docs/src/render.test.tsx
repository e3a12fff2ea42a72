import { catalog, docsPath } from '@org/error-codes';
import { direction, localizeError } from '@org/error-codes-i18n';
import { ErrorCodesProvider, ErrorMessage } from '@org/error-codes-react';
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSiteData, type SiteData } from './data.js';
import { escapeHtml } from './escapeHtml.js';
import { renderRoute, renderSitemap, summary } from './render.js';
import { allRoutes } from './routes.js';
import { siteLocales } from './site.js';

const template =
  '<!doctype html><html lang="en"><head><!--head--></head><body><!--app--></body></html>';
let data: SiteData;

beforeAll(async () => {
  data = await loadSiteData();
});

describe('rendered pages', () => {
  it('render every code in every locale with its own texts, verbatim message and lang/dir', () => {
    const routes = allRoutes();
    for (const locale of siteLocales) {
      for (const entry of catalog) {
        const route = routes.find((r) => r.path === docsPath(entry.code, locale));
        if (!route) throw new Error(`no page for ${entry.code} ${locale}`);
        const html = renderRoute(route, { data, template });
        const text = localizeError(entry.code, data.messages[locale]);
        expect(html).toContain(`<html lang="${locale}" dir="${direction(locale)}">`);
        expect(html).toContain(`<h1>${escapeHtml(text.title)}</h1>`);
        expect(html).toContain(escapeHtml(entry.message));
        expect(html).toContain(escapeHtml(text.userMessage));
        expect(html).toContain(`ErrorCodes.${entry.name}`);
        expect(html).toContain(`<link rel="canonical" href="`);
        expect(html).toMatch(/<meta name="description" content="[^"]+"/);
      }
    }
  });

  it('show what the user sees as <ErrorMessage> does, but with no live-region role', () => {
    const routes = allRoutes();
    for (const locale of siteLocales) {
      for (const entry of catalog) {
        const route = routes.find((r) => r.path === docsPath(entry.code, locale));
        const html = route ? renderRoute(route, { data, template }) : '';
        // Announced on load by some screen readers: a docs page reports no error.
        expect(html, `${entry.code} ${locale}`).not.toMatch(/role="(alert|status)"/);
        const preview = /<div class="preview">(.*?)<\/div><\/section>/s.exec(html)?.[1];
        const component = renderToStaticMarkup(
          <ErrorCodesProvider locale={locale} messages={data.messages[locale]}>
            <ErrorMessage error={entry.code} className="error-message" />
          </ErrorCodesProvider>,
        );
        expect(component).toMatch(/ role="(alert|status)"/);
        expect(preview, `${entry.code} ${locale}`).toBe(
          component.replace(/ role="(alert|status)"/, ''),
        );
        expect(preview).toContain(
          `lang="${locale}" dir="${direction(locale)}" data-severity="${entry.severity}"`,
        );
      }
    }
  });

  it('say on client-code pages that the meaning is the Flutter SDK’s', () => {
    const route = allRoutes().find((r) => r.path === '/errors/3011/');
    const html = route ? renderRoute(route, { data, template }) : '';
    expect(html).toContain('Flutter SDK 1.2.x');
  });

  it('write a sitemap with every page and its alternates', () => {
    const routes = allRoutes();
    const xml = renderSitemap(routes);
    const pages = routes.filter((r) => r.kind !== 'redirect' && r.kind !== 'notFound');
    expect(xml.match(/<loc>/g)).toHaveLength(pages.length);
    expect(xml.match(/hreflang="ar"/g)).toHaveLength(pages.length);
  });

  it('cut meta descriptions at a word', () => {
    expect(summary('short')).toBe('short');
    const long = summary('word '.repeat(100));
    expect(long.length).toBeLessThanOrEqual(160);
    expect(long.endsWith('word…')).toBe(true);
  });
});
