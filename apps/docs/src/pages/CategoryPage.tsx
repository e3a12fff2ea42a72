import { type ErrorCategory, platformIds } from '@org/error-codes';
import { Breadcrumbs } from '../components/Breadcrumbs.js';
import { CodeTable } from '../components/CodeTable.js';
import type { PageContext } from '../pageContext.js';

/** The codes of one category on every platform. */
export function CategoryPage({ page, category }: { page: PageContext; category: ErrorCategory }) {
  const entries = platformIds.flatMap((p) =>
    page.data.entries(p, page.locale).filter((e) => e.category === category),
  );
  const name = page.labels.categories[category];
  return (
    <>
      <Breadcrumbs page={page} current={name} />
      <h1>{name}</h1>
      <p className="lead">{page.format(page.ui.codesInCategory, { count: entries.length })}</p>
      <CodeTable page={page} entries={entries} showPlatform />
    </>
  );
}
