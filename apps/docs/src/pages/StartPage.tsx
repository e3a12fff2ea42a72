import { Breadcrumbs } from '../components/Breadcrumbs.js';
import { type PackageSlug, packages, type SiteLocale, startPath } from '../site.js';
import type { UiStrings } from '../ui/index.js';

/** A package's getting-started page: its README, rendered at build time from the package. */
export function StartPage(props: {
  pkg: PackageSlug;
  locale: SiteLocale;
  ui: UiStrings;
  readmeHtml: string;
}) {
  const { pkg, locale, ui, readmeHtml } = props;
  const name = packages.find((p) => p.slug === pkg)?.name ?? pkg;
  return (
    <>
      <Breadcrumbs locale={locale} ui={ui} current={`${ui.gettingStarted}: ${name}`} />
      <div className="start-layout">
        <aside className="package-nav" aria-label={ui.gettingStarted}>
          <h2>{ui.gettingStarted}</h2>
          <ul>
            {packages.map((p) => (
              <li key={p.slug}>
                <a
                  href={startPath(p.slug, locale)}
                  aria-current={p.slug === pkg ? 'page' : undefined}
                >
                  <code>{p.name}</code>
                </a>
              </li>
            ))}
          </ul>
          <p className="note">{ui.readmeNote}</p>
        </aside>
        <article
          className="readme prose"
          lang="en"
          dir="ltr"
          dangerouslySetInnerHTML={{ __html: readmeHtml }}
        />
      </div>
    </>
  );
}
