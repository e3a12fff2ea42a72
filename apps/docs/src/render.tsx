import { catalog, DEFAULT_DOCS_BASE_URL, platform } from '@org/error-codes';
import { direction, formatMessage, localizeError } from '@org/error-codes-i18n';
import { levelFor } from '@org/error-codes-logger';
import type { ReactNode } from 'react';
import { renderToString } from 'react-dom/server';
import { Layout } from './components/Layout.js';
import type { SiteData } from './data.js';
import { escapeHtml } from './escapeHtml.js';
import { CategoryPage } from './pages/CategoryPage.js';
import { CodePage } from './pages/CodePage.js';
import { IndexPage } from './pages/IndexPage.js';
import { NotFoundPage } from './pages/NotFoundPage.js';
import { StartPage } from './pages/StartPage.js';
import { pathInLocale, type Route } from './routes.js';
import { packages, type SiteLocale, siteLocales } from './site.js';
import { snippetsFor } from './snippets.js';
import { ui as dictionaries } from './ui/index.js';

/**
 * Absolute address the site is deployed at, for canonical URLs, hreflang and the sitemap:
 * `SITE_URL` at build time, else the package's placeholder.
 */
export const siteUrl = (process.env.SITE_URL || DEFAULT_DOCS_BASE_URL).replace(/\/+$/, '');

export interface RenderContext {
  readonly data: SiteData;
  /** The Vite-built `index.html`: its asset tags are kept, `<!--head-->` and `<!--app-->` filled. */
  readonly template: string;
}

/** Cuts a description for `<meta name="description">` at a word, about 160 characters. */
export function summary(text: string, max = 160): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:]+$/, '')}…`;
}

interface PageParts {
  readonly title: string;
  readonly description: string;
  readonly body: ReactNode;
  readonly keepQuery?: boolean;
}

function pageParts(route: Exclude<Route, { kind: 'redirect' }>, data: SiteData): PageParts {
  const ui = dictionaries[route.locale];
  const messages = data.messages[route.locale];
  const suffix = ` · ${ui.siteName}`;
  switch (route.kind) {
    case 'index':
      return {
        title: `${ui.siteName} · ${platform.sdk} ${platform.sdkVersion}`,
        description: ui.tagline,
        body: <IndexPage locale={route.locale} ui={ui} messages={messages} />,
        keepQuery: true,
      };
    case 'code': {
      const text = localizeError(route.entry.code, messages);
      return {
        title: `${route.entry.code} ${route.entry.name}: ${text.title}${suffix}`,
        description: summary(text.description),
        body: (
          <CodePage
            entry={route.entry}
            locale={route.locale}
            ui={ui}
            messages={messages}
            snippets={snippetsFor(route.entry, route.locale, levelFor(route.entry.code))}
          />
        ),
      };
    }
    case 'category': {
      const codes = catalog.filter((e) => e.category === route.category).map((e) => e.code);
      return {
        title: `${ui.categories[route.category]}${suffix}`,
        description: `${formatMessage(ui.codesInCategory, { count: codes.length })} ${codes.join(', ')}`,
        body: (
          <CategoryPage
            category={route.category}
            locale={route.locale}
            ui={ui}
            messages={messages}
          />
        ),
      };
    }
    case 'start': {
      const pkg = packages.find((p) => p.slug === route.pkg);
      return {
        title: `${pkg?.name ?? route.pkg} · ${ui.gettingStarted}${suffix}`,
        description: summary(data.packageInfo[route.pkg].description),
        body: (
          <StartPage
            pkg={route.pkg}
            locale={route.locale}
            ui={ui}
            readmeHtml={data.readmeHtml(route.pkg, route.locale)}
          />
        ),
      };
    }
    case 'notFound':
      return {
        title: `${ui.notFoundTitle}${suffix}`,
        description: ui.notFoundText,
        body: <NotFoundPage ui={ui} />,
      };
  }
}

/** The head tags of a page: title, description, canonical URL and hreflang alternates. */
function headTags(route: Route, title: string, description: string): string {
  const tags = [
    `<title>${escapeHtml(title)}</title>`,
    `<meta name="description" content="${escapeHtml(description)}" />`,
  ];
  if (route.kind === 'notFound') {
    tags.push('<meta name="robots" content="noindex" />');
    return tags.join('\n    ');
  }
  tags.push(`<link rel="canonical" href="${siteUrl}${route.path}" />`);
  for (const locale of siteLocales) {
    tags.push(
      `<link rel="alternate" hreflang="${locale}" href="${siteUrl}${pathInLocale(route, locale)}" />`,
    );
  }
  tags.push(
    `<link rel="alternate" hreflang="x-default" href="${siteUrl}${pathInLocale(route, 'en')}" />`,
  );
  return tags.join('\n    ');
}

function fillTemplate(template: string, locale: SiteLocale, head: string, body: string): string {
  return template
    .replace(/<html[^>]*>/, `<html lang="${locale}" dir="${direction(locale)}">`)
    .replace('<!--head-->', head)
    .replace('<!--app-->', body);
}

/**
 * A wire name's address (`/errors/INVALID_API_KEY/`) leads to the code's page: a meta
 * refresh for any browser, a script for one that honours the hash, a link for everyone.
 */
function renderRedirect(route: Extract<Route, { kind: 'redirect' }>): string {
  const ui = dictionaries[route.locale];
  const to = route.to;
  const message = formatMessage(ui.redirecting, { code: route.entry.code });
  return `<!doctype html>
<html lang="${route.locale}" dir="${direction(route.locale)}">
  <head>
    <meta charset="utf-8" />
    <title>${route.entry.name} → ${route.entry.code}</title>
    <meta name="robots" content="noindex" />
    <link rel="canonical" href="${siteUrl}${to}" />
    <meta http-equiv="refresh" content="0; url=${to}" />
    <script>location.replace(${JSON.stringify(to)} + location.search + location.hash);</script>
  </head>
  <body>
    <p>${escapeHtml(message)} <a href="${to}">${route.entry.code} ${route.entry.name}</a></p>
  </body>
</html>
`;
}

/** The full HTML document of one route. */
export function renderRoute(route: Route, context: RenderContext): string {
  if (route.kind === 'redirect') return renderRedirect(route);
  const parts = pageParts(route, context.data);
  const ui = dictionaries[route.locale];
  const localePaths = Object.fromEntries(
    siteLocales.map((l) => [l, pathInLocale(route, l)]),
  ) as Record<SiteLocale, string>;
  const body = renderToString(
    <Layout
      locale={route.locale}
      ui={ui}
      localePaths={localePaths}
      {...(parts.keepQuery && { keepQuery: true })}
    >
      {parts.body}
    </Layout>,
  );
  return fillTemplate(
    context.template,
    route.locale,
    headTags(route, parts.title, parts.description),
    body,
  );
}

/** `sitemap.xml`: every page of every locale, each with its hreflang alternates. */
export function renderSitemap(routes: readonly Route[]): string {
  const urls = routes
    .filter((r) => r.kind !== 'redirect' && r.kind !== 'notFound')
    .map((route) => {
      const alternates = siteLocales
        .map(
          (l) =>
            `    <xhtml:link rel="alternate" hreflang="${l}" href="${siteUrl}${pathInLocale(route, l)}"/>`,
        )
        .join('\n');
      return `  <url>\n    <loc>${siteUrl}${route.path}</loc>\n${alternates}\n  </url>`;
    });
  return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
${urls.join('\n')}
</urlset>
`;
}

export const robotsTxt = (): string => `User-agent: *\nAllow: /\nSitemap: ${siteUrl}/sitemap.xml\n`;
