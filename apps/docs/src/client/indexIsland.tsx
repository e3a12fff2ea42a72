import { isLocale, loadMessages } from '@org/error-codes-i18n';
import { hydrateRoot } from 'react-dom/client';
import { IndexTable } from '../components/IndexTable.js';
import { type SiteLocale, siteLocales } from '../site.js';
import { loadUi } from '../ui/load.js';

/** Hydrates the index table with the same props it was prerendered with. */
export async function hydrateIndex(element: HTMLElement): Promise<void> {
  const requested = element.dataset.locale;
  if (!isLocale(requested) || !(siteLocales as readonly string[]).includes(requested)) return;
  const locale = requested as SiteLocale;
  const [messages, ui] = await Promise.all([loadMessages(locale), loadUi(locale)]);
  hydrateRoot(element, <IndexTable locale={locale} ui={ui} messages={messages} />);
}
