import { localeNames } from '@org/error-codes-i18n';
import type { PageContext } from '../pageContext.js';
import { indexPath, siteLocales } from '../site.js';

export function NotFoundPage({ page }: { page: PageContext }) {
  const { ui } = page;
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
