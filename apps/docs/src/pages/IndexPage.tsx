import { categories, platformIds } from '@org/error-codes';
import { queryCatalog, queryFilters } from '@org/error-codes-i18n';
import { CodeTable } from '../components/CodeTable.js';
import { LineList } from '../components/LineList.js';
import type { PageContext } from '../pageContext.js';
import { categoryPath, downloads } from '../site.js';

type FilterKey = keyof typeof queryFilters;

/**
 * Every code of every platform in one server-rendered table: what a reader without
 * JavaScript gets. With it, a small script filters the rows in place through the
 * i18n query seam (`parseQuery`, `serializeQuery`, `queryCatalog`) and keeps the
 * filters in the URL; the search haystacks load on the first search.
 */
export function IndexPage({ page }: { page: PageContext }) {
  const { ui, labels, data, locale } = page;
  const rows = platformIds.flatMap((p) => data.rows(p, locale));
  const entries = rows.map((row) => row.entry);
  const optionLabel = (key: FilterKey, value: string): string => {
    switch (key) {
      case 'platform':
        return labels.platforms[value as keyof typeof labels.platforms];
      case 'category':
        return labels.categories[value as keyof typeof labels.categories];
      case 'source':
        return labels.sources[value as keyof typeof labels.sources];
      case 'severity':
        return labels.severities[value as keyof typeof labels.severities];
      case 'feature':
        return labels.features[value as keyof typeof labels.features];
      case 'retryable':
        return value === 'true' ? ui.yes : ui.no;
    }
  };
  const filterLabel: Record<FilterKey, string> = {
    platform: ui.platform,
    category: ui.category,
    source: ui.source,
    severity: ui.severity,
    feature: ui.feature,
    retryable: ui.retryable,
  };
  return (
    <>
      <div className="hero">
        <h1>{ui.siteName}</h1>
        <p className="lead">{ui.tagline}</p>
        <p className="note">{ui.linesNote}</p>
        <LineList page={page} />
      </div>
      <section aria-labelledby="all-codes">
        <h2 id="all-codes" className="visually-hidden">
          {ui.allCodes}
        </h2>
        <div
          id="index-filters"
          data-search={downloads.search(locale)}
          data-showing={ui.showing}
          data-dir={page.dir}
        >
          {/* biome-ignore lint/a11y/useSemanticElements: <search> is too new for the browsers we support; the role says the same */}
          <form className="filters js-only" role="search" aria-label={ui.filters}>
            <div className="field field-search">
              <label htmlFor="filter-q">{ui.search}</label>
              <input
                id="filter-q"
                name="q"
                type="search"
                autoComplete="off"
                spellCheck={false}
                placeholder={ui.searchHint}
              />
            </div>
            {(Object.keys(queryFilters) as FilterKey[]).map((key) => (
              <div className="field" key={key}>
                <label htmlFor={`filter-${key}`}>{filterLabel[key]}</label>
                <select id={`filter-${key}`} name={key}>
                  <option value="">{ui.any}</option>
                  {queryFilters[key].map((value) => (
                    <option key={value} value={value}>
                      {optionLabel(key, value)}
                    </option>
                  ))}
                </select>
              </div>
            ))}
            <button type="reset" className="button">
              {ui.clearFilters}
            </button>
          </form>
          <p className="result-count" aria-live="polite">
            {page.format(ui.showing, { shown: entries.length, total: entries.length })}
          </p>
          <p className="no-results" hidden>
            {ui.noResults}
          </p>
          <p className="did-you-mean" data-text={ui.didYouMean} aria-live="polite" hidden />
          <CodeTable page={page} entries={entries} showPlatform showCategory filterable />
        </div>
      </section>
      <section aria-labelledby="categories" className="categories-section">
        <h2 id="categories">{ui.categoriesHeading}</h2>
        <ul className="category-grid">
          {categories.map((category) => (
            <li key={category}>
              <a href={categoryPath(category, locale)}>
                <span className="category-name">{labels.categories[category]}</span>
                <span className="category-count">{queryCatalog(rows, { category }).length}</span>
              </a>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
