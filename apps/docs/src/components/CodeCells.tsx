import { docsPath } from '@org/error-codes';
import type { SiteLocale } from '../site.js';

/** The first two cells of every code table row: the code, linked to its page, and the wire name. */
export function CodeCells(props: { code: number; name: string; locale: SiteLocale }) {
  return (
    <>
      <td className="cell-code">
        <a href={docsPath(props.code, props.locale)}>{props.code}</a>
      </td>
      <td className="cell-name">
        <code>{props.name}</code>
      </td>
    </>
  );
}
