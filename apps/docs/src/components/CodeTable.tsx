import { docsPath } from '@org/error-codes';
import type { LocalizedEntry } from '@org/error-codes-i18n';
import type { PageContext } from '../pageContext.js';
import { categoryPath } from '../site.js';
import { SeverityBadge } from './Badge.js';

export interface CodeTableProps {
  readonly page: PageContext;
  readonly entries: readonly LocalizedEntry[];
  /** A platform column (lists that mix platforms). */
  readonly showPlatform?: boolean;
  /** A category column, linked to the category's page. */
  readonly showCategory?: boolean;
  /**
   * Rows carry the fields the index's filters read (`data-platform`, `data-category`…),
   * so the browser filters the server-rendered table without any catalog of its own.
   */
  readonly filterable?: boolean;
}

/** Every list of codes on the site: the index, a category, related codes. */
export function CodeTable(props: CodeTableProps) {
  const { page, entries, showPlatform = false, showCategory = false, filterable = false } = props;
  const { ui, locale } = page;
  return (
    <table className="codes">
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
      <tbody>
        {entries.map((e) => (
          <tr
            key={`${e.platform}-${e.code}`}
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
        ))}
      </tbody>
    </table>
  );
}
