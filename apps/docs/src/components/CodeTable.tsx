import { docsPath } from '@org/error-codes';
import type { LocalizedEntry } from '@org/error-codes-i18n';
import { renderToStaticMarkup } from 'react-dom/server';
import type { PageContext } from '../pageContext.js';
import { categoryPath } from '../site.js';
import { SeverityBadge } from './Badge.js';

export interface CodeTableOptions {
  /** A platform column (lists that mix lines). */
  readonly showPlatform?: boolean;
  /** A category column, linked to the category's page. */
  readonly showCategory?: boolean;
  /**
   * Rows carry the fields the index's filters read (`data-platform`, `data-category`…),
   * so the browser filters the server-rendered table without any catalog of its own.
   */
  readonly filterable?: boolean;
}

export interface CodeTableProps extends CodeTableOptions {
  readonly page: PageContext;
  readonly entries: readonly LocalizedEntry[];
}

function CodeTableHead({ page, showPlatform = false, showCategory = false }: CodeTableProps) {
  const { ui } = page;
  return (
    <thead>
      <tr>
        {showPlatform && <th scope="col">{ui.platform}</th>}
        <th scope="col">{ui.code}</th>
        <th scope="col">{ui.name}</th>
        <th scope="col">{ui.title}</th>
        {showCategory && <th scope="col">{ui.category}</th>}
        <th scope="col">{ui.severity}</th>
      </tr>
    </thead>
  );
}

function CodeRow(props: { page: PageContext; entry: LocalizedEntry } & CodeTableOptions) {
  const { page, entry: e, showPlatform = false, showCategory = false, filterable = false } = props;
  const { locale } = page;
  return (
    <tr
      {...(filterable && {
        'data-platform': e.platform,
        'data-code': e.code,
        'data-category': e.category,
        'data-source': e.source,
        'data-severity': e.severity,
        'data-feature': e.feature ?? '',
        'data-retryable': String(e.retryable),
      })}
    >
      {showPlatform && <td className="cell-platform">{e.labels.platform}</td>}
      <td className="cell-code">
        <a href={docsPath(e.platform, e.code ?? '', locale)}>{e.code}</a>
      </td>
      <td className="cell-name">
        <code>{e.name}</code>
      </td>
      <td className="cell-title">{e.title}</td>
      {showCategory && e.category && (
        <td className="cell-category">
          <a href={categoryPath(e.category, locale)}>{e.labels.category}</a>
        </td>
      )}
      <td className="cell-severity">
        <SeverityBadge entry={e} />
      </td>
    </tr>
  );
}

/** Every list of codes on the site: the index, a category, a line. */
export function CodeTable(props: CodeTableProps) {
  return (
    <table className="codes">
      <CodeTableHead {...props} />
      <tbody>
        {props.entries.map((e) => (
          <CodeRow key={`${e.platform}-${e.code}`} {...props} entry={e} />
        ))}
      </tbody>
    </table>
  );
}

/*
 * A code page's related codes are its category on its line, less itself: the same
 * rows on dozens of pages. Each row is rendered once per site data, locale and
 * options, and each page joins the rows it lists.
 */
const rowCache = new WeakMap<object, Map<string, string>>();

/** The same table as `CodeTable`, its rows rendered once and reused by every page that lists them. */
export function CachedCodeTable(props: CodeTableProps) {
  const { page, entries, showPlatform = false, showCategory = false, filterable = false } = props;
  let rows = rowCache.get(page.data);
  if (!rows) {
    rows = new Map();
    rowCache.set(page.data, rows);
  }
  const options = `${page.locale}|${showPlatform}|${showCategory}|${filterable}`;
  const html = entries
    .map((entry) => {
      const key = `${options}|${entry.platform}|${entry.code}`;
      let row = rows.get(key);
      if (row === undefined) {
        row = renderToStaticMarkup(<CodeRow {...props} entry={entry} />);
        rows.set(key, row);
      }
      return row;
    })
    .join('');
  return (
    <table className="codes">
      <CodeTableHead {...props} />
      <tbody dangerouslySetInnerHTML={{ __html: html }} />
    </table>
  );
}
