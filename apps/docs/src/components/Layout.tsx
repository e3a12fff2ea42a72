import { platformIds } from '@org/error-codes';
import { localeNames } from '@org/error-codes-i18n';
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { PageContext } from '../pageContext.js';
import {
  crossPlatformPath,
  downloads,
  indexPath,
  packages,
  type SiteLocale,
  siteLocales,
  startPath,
} from '../site.js';
import { LineList } from './LineList.js';

export interface LayoutProps {
  readonly page: PageContext;
  /** This page in every locale, for the switcher. */
  readonly localePaths: Readonly<Record<SiteLocale, string>>;
  /** The index keeps its filters when the locale changes. */
  readonly keepQuery?: boolean;
  readonly children: ReactNode;
}

/** The chrome of every page: skip link, header with locale switcher and theme toggle, footer. */
export function Layout({ page, localePaths, keepQuery = false, children }: LayoutProps) {
  const { ui, locale } = page;
  return (
    <>
      <a className="skip-link" href="#main">
        {ui.skipToContent}
      </a>
      <header className="site-header">
        <div className="container header-inner">
          <a className="brand" href={indexPath(locale)}>
            <span className="brand-mark" aria-hidden="true" dir="ltr">
              {'{ }'}
            </span>
            {ui.siteName}
          </a>
          <nav className="main-nav" aria-label={ui.mainNav}>
            <a href={indexPath(locale)}>{ui.allCodes}</a>
            <a href={crossPlatformPath(locale)}>{ui.crossPlatform}</a>
            <a href={startPath('error-codes', locale)}>{ui.gettingStarted}</a>
          </nav>
          <div className="header-tools">
            <details className="locale-menu">
              <summary>
                <span className="visually-hidden">{ui.language}: </span>
                <svg className="globe" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                  <circle cx="12" cy="12" r="9" />
                  <path d="M3 12h18M12 3c2.5 2.7 3.8 5.7 3.8 9s-1.3 6.3-3.8 9c-2.5-2.7-3.8-5.7-3.8-9S9.5 5.7 12 3z" />
                </svg>
                {localeNames[locale]}
              </summary>
              <ul>
                {siteLocales.map((l) => (
                  <li key={l}>
                    <a
                      href={localePaths[l]}
                      hrefLang={l}
                      lang={l}
                      aria-current={l === locale ? 'true' : undefined}
                      data-locale={l}
                      {...(keepQuery && { 'data-keep-query': localePaths[l] })}
                    >
                      {localeNames[l]}
                    </a>
                  </li>
                ))}
              </ul>
            </details>
            <button
              type="button"
              className="theme-toggle js-only"
              data-label-dark={ui.themeToDark}
              data-label-light={ui.themeToLight}
              aria-label={ui.themeToDark}
              title={ui.themeToDark}
            >
              <span className="theme-icon" aria-hidden="true" />
            </button>
          </div>
        </div>
      </header>
      <main id="main" className="container" tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer" dangerouslySetInnerHTML={{ __html: footerHtml(page) }} />
      <div className="visually-hidden" aria-live="polite" id="announcer" />
    </>
  );
}

/** The footer's contents: the same on every page of a locale. */
function FooterInner({ page }: { page: PageContext }) {
  const { ui, locale, labels } = page;
  return (
    <div className="container footer-inner">
      <nav aria-label={ui.lines}>
        <h2>{ui.lines}</h2>
        <p className="platform-note">{ui.linesNote}</p>
        <LineList page={page} />
      </nav>
      <nav aria-label={ui.gettingStarted}>
        <h2>{ui.gettingStarted}</h2>
        <ul>
          {packages.map((p) => (
            <li key={p.slug}>
              <a href={startPath(p.slug, locale)}>
                <code>{p.name}</code>
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <nav aria-label={ui.downloads}>
        <h2>{ui.downloads}</h2>
        <ul>
          <li>
            <a href={downloads.catalog} download>
              {ui.downloadCatalog}
            </a>
          </li>
          <li>
            <a href={downloads.catalogSchema} download>
              {ui.downloadSchema}
            </a>
          </li>
          {platformIds.map((p) => (
            <li key={p}>
              <a href={downloads.messages(p, locale)} download>
                {page.format(ui.downloadMessages, { platform: labels.platforms[p] })}
              </a>
            </li>
          ))}
        </ul>
      </nav>
    </div>
  );
}

/* Rendered once per site data and locale: thousands of pages share each footer. */
const footers = new WeakMap<object, Map<SiteLocale, string>>();
function footerHtml(page: PageContext): string {
  let byLocale = footers.get(page.data);
  if (!byLocale) {
    byLocale = new Map();
    footers.set(page.data, byLocale);
  }
  let html = byLocale.get(page.locale);
  if (html === undefined) {
    html = renderToStaticMarkup(<FooterInner page={page} />);
    byLocale.set(page.locale, html);
  }
  return html;
}
