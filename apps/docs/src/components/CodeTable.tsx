import type { ErrorEntry } from '@org/error-codes';
import { type LocaleMessages, localizeError } from '@org/error-codes-i18n';
import type { SiteLocale } from '../site.js';
import type { UiStrings } from '../ui/index.js';
import { SeverityBadge } from './Badge.js';
import { CodeCells } from './CodeCells.js';

/** A plain list of codes (category pages, related codes): code, name, title, severity. */
export function CodeTable(props: {
  entries: readonly ErrorEntry[];
  locale: SiteLocale;
  ui: UiStrings;
  messages: LocaleMessages;
}) {
  const { entries, locale, ui, messages } = props;
  return (
    <table className="codes">
      <thead>
        <tr>
          <th scope="col">{ui.code}</th>
          <th scope="col">{ui.name}</th>
          <th scope="col">{ui.title}</th>
          <th scope="col">{ui.severity}</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((entry) => (
          <tr key={entry.code}>
            <CodeCells code={entry.code} name={entry.name} locale={locale} />
            <td className="cell-title">{localizeError(entry.code, messages).title}</td>
            <td className="cell-severity">
              <SeverityBadge severity={entry.severity} ui={ui} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
