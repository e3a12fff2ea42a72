import { Breadcrumbs } from '../components/Breadcrumbs.js';
import type { PageContext } from '../pageContext.js';
import { type PackageSlug, packages, startPath } from '../site.js';

/** A package's getting-started page: its README, rendered at build time from the package. */
export function StartPage(props: { page: PageContext; pkg: PackageSlug; readmeHtml: string }) {
  const { page, pkg, readmeHtml } = props;
  const { ui, locale } = page;
  const name = packages.find((p) => p.slug === pkg)?.name ?? pkg;
  return (
    <>
      <Breadcrumbs page={page} current={`${ui.gettingStarted}: ${name}`} />
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
