import { catalog, categories, severities, sources } from '@org/error-codes';
import { formatMessage, type LocaleMessages } from '@org/error-codes-i18n';
import { useEffect, useMemo, useRef, useState } from 'react';
import {
  buildRows,
  emptyFilters,
  type Filters,
  filterRows,
  parseFilters,
  serializeFilters,
} from '../search.js';
import { categoryPath, type SiteLocale } from '../site.js';
import type { UiStrings } from '../ui/index.js';
import { SeverityBadge } from './Badge.js';
import { CodeCells } from './CodeCells.js';

export interface IndexTableProps {
  readonly locale: SiteLocale;
  readonly ui: UiStrings;
  readonly messages: LocaleMessages;
}

/**
 * The index's table with search and filters. Prerendered with no filter (the full table,
 * which is what a reader without JavaScript gets), then hydrated: the URL's filters are
 * applied after hydration so the first client render matches the HTML.
 */
export function IndexTable({ locale, ui, messages }: IndexTableProps) {
  const rows = useMemo(() => buildRows(catalog, messages), [messages]);
  const [filters, setFilters] = useState<Filters>(emptyFilters);
  // The URL is written only once it has been read, so a shared link is never wiped.
  const urlRead = useRef(false);

  useEffect(() => {
    if (!urlRead.current) return;
    const query = serializeFilters(filters);
    const url = `${window.location.pathname}${query}${window.location.hash}`;
    if (url !== `${window.location.pathname}${window.location.search}${window.location.hash}`) {
      window.history.replaceState(null, '', url);
    }
    // The locale switcher keeps the filtered view.
    for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-keep-query]')) {
      link.href = `${link.dataset.keepQuery ?? link.pathname}${query}`;
    }
  }, [filters]);

  useEffect(() => {
    const read = () => setFilters(parseFilters(window.location.search));
    read();
    urlRead.current = true;
    window.addEventListener('popstate', read);
    return () => window.removeEventListener('popstate', read);
  }, []);

  const shown = filterRows(rows, filters);
  const update = (patch: Partial<Filters>) => setFilters((current) => ({ ...current, ...patch }));
  // Fixed ids (not useId): the island hydrates as a root, the prerender renders it nested.
  const field = (name: string) => `filter-${name}`;

  return (
    <>
      {/* biome-ignore lint/a11y/useSemanticElements: <search> is too new for the browsers we support; the role says the same */}
      <form
        className="filters js-only"
        role="search"
        aria-label={ui.filters}
        onSubmit={(event) => event.preventDefault()}
      >
        <div className="field field-search">
          <label htmlFor={field('q')}>{ui.search}</label>
          <input
            id={field('q')}
            name="q"
            type="search"
            autoComplete="off"
            spellCheck={false}
            placeholder={ui.searchHint}
            value={filters.q}
            onChange={(event) => update({ q: event.target.value })}
          />
        </div>
        <div className="field">
          <label htmlFor={field('category')}>{ui.category}</label>
          <select
            id={field('category')}
            name="category"
            value={filters.category}
            onChange={(event) =>
              update({ category: parseFilters(`category=${event.target.value}`).category })
            }
          >
            <option value="">{ui.any}</option>
            {categories.map((c) => (
              <option key={c} value={c}>
                {ui.categories[c]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={field('source')}>{ui.source}</label>
          <select
            id={field('source')}
            name="source"
            value={filters.source}
            onChange={(event) =>
              update({ source: parseFilters(`source=${event.target.value}`).source })
            }
          >
            <option value="">{ui.any}</option>
            {sources.map((s) => (
              <option key={s} value={s}>
                {ui.sources[s]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={field('severity')}>{ui.severity}</label>
          <select
            id={field('severity')}
            name="severity"
            value={filters.severity}
            onChange={(event) =>
              update({ severity: parseFilters(`severity=${event.target.value}`).severity })
            }
          >
            <option value="">{ui.any}</option>
            {severities.map((s) => (
              <option key={s} value={s}>
                {ui.severities[s]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={field('retryable')}>{ui.retryable}</label>
          <select
            id={field('retryable')}
            name="retryable"
            value={filters.retryable}
            onChange={(event) =>
              update({ retryable: parseFilters(`retryable=${event.target.value}`).retryable })
            }
          >
            <option value="">{ui.any}</option>
            <option value="yes">{ui.yes}</option>
            <option value="no">{ui.no}</option>
          </select>
        </div>
        <button type="button" className="button" onClick={() => setFilters(emptyFilters)}>
          {ui.clearFilters}
        </button>
      </form>
      <p className="result-count" aria-live="polite">
        {formatMessage(ui.showing, { shown: shown.length, total: rows.length })}
      </p>
      {shown.length === 0 ? (
        <p className="no-results">{ui.noResults}</p>
      ) : (
        <table className="codes">
          <thead>
            <tr>
              <th scope="col">{ui.code}</th>
              <th scope="col">{ui.name}</th>
              <th scope="col">{ui.title}</th>
              <th scope="col">{ui.category}</th>
              <th scope="col">{ui.severity}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((row) => (
              <tr key={row.code} data-code={row.code}>
                <CodeCells code={row.code} name={row.name} locale={locale} />
                <td className="cell-title">{row.title}</td>
                <td className="cell-category">
                  <a href={categoryPath(row.category, locale)}>{ui.categories[row.category]}</a>
                </td>
                <td className="cell-severity">
                  <SeverityBadge severity={row.severity} ui={ui} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
