import { catalog, type ErrorCategory } from '@org/error-codes';
import { formatMessage, type LocaleMessages } from '@org/error-codes-i18n';
import { Breadcrumbs } from '../components/Breadcrumbs.js';
import { CodeTable } from '../components/CodeTable.js';
import type { SiteLocale } from '../site.js';
import type { UiStrings } from '../ui/index.js';

export function CategoryPage(props: {
  category: ErrorCategory;
  locale: SiteLocale;
  ui: UiStrings;
  messages: LocaleMessages;
}) {
  const { category, locale, ui } = props;
  const entries = catalog.filter((entry) => entry.category === category);
  return (
    <>
      <Breadcrumbs locale={locale} ui={ui} current={ui.categories[category]} />
      <h1>{ui.categories[category]}</h1>
      <p className="lead">{formatMessage(ui.codesInCategory, { count: entries.length })}</p>
      <CodeTable {...props} entries={entries} />
    </>
  );
}
