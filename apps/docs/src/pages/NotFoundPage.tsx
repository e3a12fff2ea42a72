import { localeNames } from '@org/error-codes-i18n';
import { indexPath, siteLocales } from '../site.js';
import type { UiStrings } from '../ui/index.js';

export function NotFoundPage({ ui }: { ui: UiStrings }) {
  return (
    <div className="not-found">
      <p className="big-code" aria-hidden="true">
        404
      </p>
      <h1>{ui.notFoundTitle}</h1>
      <p className="lead">{ui.notFoundText}</p>
      <p>
        <a className="button" href={indexPath('en')}>
          {ui.allCodes}
        </a>
      </p>
      <ul className="inline-list">
        {siteLocales
          .filter((l) => l !== 'en')
          .map((l) => (
            <li key={l}>
              <a href={indexPath(l)} hrefLang={l} lang={l}>
                {localeNames[l]}
              </a>
            </li>
          ))}
      </ul>
    </div>
  );
}
