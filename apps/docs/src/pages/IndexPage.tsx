import { catalog, categories, platform } from '@org/error-codes';
import { formatMessage, type LocaleMessages } from '@org/error-codes-i18n';
import { IndexTable } from '../components/IndexTable.js';
import { categoryPath, type SiteLocale } from '../site.js';
import type { UiStrings } from '../ui/index.js';

export function IndexPage(props: { locale: SiteLocale; ui: UiStrings; messages: LocaleMessages }) {
  const { locale, ui } = props;
  return (
    <>
      <div className="hero">
        <h1>{ui.siteName}</h1>
        <p className="lead">{ui.tagline}</p>
        <p className="note">
          {formatMessage(ui.platformNote, { sdk: platform.sdk, version: platform.sdkVersion })}
        </p>
      </div>
      <section aria-labelledby="all-codes">
        <h2 id="all-codes" className="visually-hidden">
          {ui.allCodes}
        </h2>
        {/* The one hydrated island of the index; the client reads its locale from here. */}
        <div id="index-island" data-locale={locale}>
          <IndexTable {...props} />
        </div>
      </section>
      <section aria-labelledby="categories" className="categories-section">
        <h2 id="categories">{ui.categoriesHeading}</h2>
        <ul className="category-grid">
          {categories.map((category) => (
            <li key={category}>
              <a href={categoryPath(category, locale)}>
                <span className="category-name">{ui.categories[category]}</span>
                <span className="category-count">
                  {catalog.filter((e) => e.category === category).length}
                </span>
              </a>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
