import { type ErrorCategory, platformIds } from '@org/error-codes';
import { queryCatalog } from '@org/error-codes-i18n';
import { Breadcrumbs } from '../components/Breadcrumbs.js';
import { CodeTable } from '../components/CodeTable.js';
import type { PageContext } from '../pageContext.js';

/** The codes of one category on every platform. */
export function CategoryPage({ page, category }: { page: PageContext; category: ErrorCategory }) {
  const entries = platformIds.flatMap((p) =>
    queryCatalog(page.data.rows(p, page.locale), { category }).map((row) => row.entry),
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
