import { lines } from '@org/error-codes';
import type { PageContext } from '../pageContext.js';
import { lineLabel, sdkText } from '../platforms.js';
import { linePath } from '../site.js';

/** Every SDK line of the registry, each linked to its page with its SDK and versions. */
export function LineList({ page }: { page: PageContext }) {
  return (
    <ul className="line-list">
      {lines.map((line) => (
        <li key={line.id} data-line={line.id}>
          <a href={linePath(line.id, page.locale)}>{lineLabel(line.id, page.labels)}</a>{' '}
          <code dir="ltr">{sdkText(line.sdk)}</code>
        </li>
      ))}
    </ul>
  );
}
