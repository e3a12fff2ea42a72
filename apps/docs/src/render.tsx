import { direction, formatMessage } from '@org/error-codes-i18n';
import escapeHtml from 'escape-html';
import type { ReactNode } from 'react';
import { renderToString } from 'react-dom/server';
import { Layout } from './components/Layout.js';
import type { SiteConfig } from './config.js';
import { counterparts } from './crossPlatform.js';
import type { SiteData } from './data.js';
import { guides } from './guides/index.js';
import { type PageContext, pageContext } from './pageContext.js';
import { ApiKeyPage } from './pages/ApiKeyPage.js';
import { CategoryPage } from './pages/CategoryPage.js';
import { CodePage } from './pages/CodePage.js';
import { CrossPlatformPage } from './pages/CrossPlatformPage.js';
import { HowErrorsPage } from './pages/HowErrorsPage.js';
import { IndexPage } from './pages/IndexPage.js';
import { LinePage } from './pages/LinePage.js';
import { NotFoundPage } from './pages/NotFoundPage.js';
import { StartPage } from './pages/StartPage.js';
import { lineInfo, lineLabel, sdkText } from './platforms.js';
import { pathInLocale, type Route } from './routes.js';
import { packages, type SiteLocale, siteLocales } from './site.js';
import { snippetsFor } from './snippets.js';
import { ui as dictionaries } from './ui/index.js';

export interface RenderContext {
  readonly data: SiteData;
  readonly config: SiteConfig;
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

function pageParts(
  route: Exclude<Route, { kind: 'redirect' }>,
  context: RenderContext,
  page: PageContext,
): PageParts {
  const { ui } = page;
  const suffix = ` · ${ui.siteName}`;
  switch (route.kind) {
    case 'index':
      return {
        title: ui.siteName,
        description: ui.tagline,
        body: <IndexPage page={page} />,
        keepQuery: true,
      };
    case 'code': {
      const entry = context.data.entry(route.platform, route.entry.code, route.locale);
      if (!entry) throw new Error(`no localized entry for ${route.platform} ${route.entry.code}`);
      return {
        title: `${entry.code} ${entry.name}: ${entry.title} (${entry.labels.platform})${suffix}`,
        description: summary(entry.description),
        body: (
          <CodePage
            page={page}
            entry={entry}
            counterparts={counterparts(entry, context.data, route.locale)}
            snippets={snippetsFor(entry, route.locale, context.config)}
          />
        ),
      };
    }
    case 'category': {
      const name = page.labels.categories[route.category];
      return {
        title: `${name}${suffix}`,
        description: `${name}: ${ui.tagline}`,
        body: <CategoryPage page={page} category={route.category} />,
      };
    }
    case 'crossPlatform':
      return {
        title: `${ui.crossPlatform}${suffix}`,
        description: summary(ui.crossPlatformLead),
        body: <CrossPlatformPage page={page} />,
      };
    case 'line': {
      const label = lineLabel(route.line, page.labels);
      return {
        title: `${label} · ${ui.lines}${suffix}`,
        description: summary(`${label}: ${sdkText(lineInfo(route.line).sdk)}. ${ui.linesNote}`),
        body: <LinePage page={page} line={route.line} />,
      };
    }
    case 'start': {
      const pkg = packages.find((p) => p.slug === route.pkg);
      return {
        title: `${pkg?.name ?? route.pkg} · ${ui.gettingStarted}${suffix}`,
        description: summary(context.data.packageInfo[route.pkg].description),
        body: (
          <StartPage
            page={page}
            pkg={route.pkg}
            readmeHtml={context.data.readmeHtml(route.pkg, route.locale)}
          />
        ),
      };
    }
    case 'howErrors': {
      const g = guides[route.locale];
      const label = page.labels.platforms[route.platform];
      return {
        title: `${formatMessage(g.howErrorsTitle, { platform: label })}${suffix}`,
        description: summary(g.howErrorsLead),
        body: <HowErrorsPage page={page} platform={route.platform} />,
      };
    }
    case 'apiKey': {
      const a = guides[route.locale].apiKey;
      return {
        title: `${a.title} · ${ui.gettingStarted}${suffix}`,
        description: summary(a.lead),
        body: <ApiKeyPage page={page} />,
      };
    }
    case 'notFound':
      return {
        title: `${ui.notFoundTitle}${suffix}`,
        description: ui.notFoundText,
        body: <NotFoundPage page={page} />,
      };
  }
}

/** The head tags of a page: title, description, canonical URL and hreflang alternates. */
function headTags(route: Route, siteUrl: string, title: string, description: string): string {
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

/** The template cut once around `<html>`, `<!--head-->` and `<!--app-->`, so each page only joins strings. */
const templateCache = new Map<string, readonly [string, string, string, string]>();
function templateParts(template: string): readonly [string, string, string, string] {
  let parts = templateCache.get(template);
  if (!parts) {
    const html = /<html[^>]*>/.exec(template);
    const head = template.indexOf('<!--head-->');
    const app = template.indexOf('<!--app-->');
    if (!html || head < 0 || app < head) {
      throw new Error('the page template needs <html>, then <!--head--> and <!--app-->');
    }
    const htmlEnd = html.index + html[0].length;
    parts = [
      template.slice(0, html.index),
      template.slice(htmlEnd, head),
      template.slice(head + '<!--head-->'.length, app),
      template.slice(app + '<!--app-->'.length),
    ];
    templateCache.set(template, parts);
  }
  return parts;
}

/*
 * Joined, not `String.replace`d: a replacement string reads `$&` and `$'` as
 * patterns, and a page's code snippets may hold a dollar sign.
 */
function fillTemplate(template: string, locale: SiteLocale, head: string, body: string): string {
  const [before, beforeHead, beforeApp, after] = templateParts(template);
  return `${before}<html lang="${locale}" dir="${direction(locale)}">${beforeHead}${head}${beforeApp}${body}${after}`;
}

/**
 * A wire name's or an alias's address (`/web/errors/INVALID_API_KEY/`) leads to the
 * code's page: a meta refresh for any browser, a script that keeps the query and
 * hash, a link for everyone.
 */
function renderRedirect(
  route: Extract<Route, { kind: 'redirect' }>,
  context: RenderContext,
): string {
  const { siteUrl } = context.config;
  const ui = dictionaries[route.locale];
  const dir = direction(route.locale);
  const to = route.to;
  const platform = context.data.messages[route.platform][route.locale].labels.platforms;
  const message = formatMessage(
    ui.redirecting,
    { name: route.spelling, platform: platform[route.platform], code: route.entry.code },
    { dir },
  );
  return `<!doctype html>
<html lang="${route.locale}" dir="${dir}">
  <head>
    <meta charset="utf-8" />
    <title>${escapeHtml(route.spelling)} → ${route.entry.code}</title>
    <meta name="robots" content="noindex" />
    <link rel="canonical" href="${siteUrl}${to}" />
    <meta http-equiv="refresh" content="0; url=${to}" />
    <script>location.replace(${JSON.stringify(to)} + location.search + location.hash);</script>
  </head>
  <body>
    <p>${escapeHtml(message)} <a href="${to}">${route.entry.code} ${escapeHtml(route.entry.name)}</a></p>
  </body>
</html>
`;
}

/** The full HTML document of one route. */
export function renderRoute(route: Route, context: RenderContext): string {
  const siteUrl = context.config.siteUrl;
  if (route.kind === 'redirect') return renderRedirect(route, context);
  const page = pageContext(context.data, route.locale);
  const parts = pageParts(route, context, page);
  const localePaths = Object.fromEntries(
    siteLocales.map((l) => [l, pathInLocale(route, l)]),
  ) as Record<SiteLocale, string>;
  const body = renderToString(
    <Layout page={page} localePaths={localePaths} {...(parts.keepQuery && { keepQuery: true })}>
      {parts.body}
    </Layout>,
  );
  return fillTemplate(
    context.template,
    route.locale,
    headTags(route, siteUrl, parts.title, parts.description),
    body,
  );
}

/** `sitemap.xml`: every page of every locale, each with its hreflang alternates. */
export function renderSitemap(routes: readonly Route[], siteUrl: string): string {
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

export const robotsTxt = (siteUrl: string): string =>
  `User-agent: *\nAllow: /\nSitemap: ${siteUrl}/sitemap.xml\n`;
