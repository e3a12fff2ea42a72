import { platformIds } from '@org/error-codes';
import { direction, formatMessage, type Labels, type MessageValues } from '@org/error-codes-i18n';
import type { SiteData } from './data.js';
import type { SiteLocale } from './site.js';
import { type UiStrings, ui } from './ui/index.js';

/** What every page and component of one locale reads: its words, the vocabulary labels, the data. */
export interface PageContext {
  readonly locale: SiteLocale;
  readonly dir: 'ltr' | 'rtl';
  readonly ui: UiStrings;
  /** The names of categories, severities, sources, features, platforms and actors (from the locale bundle). */
  readonly labels: Labels;
  readonly data: SiteData;
  /** A UI string with its values, each bidi-isolated in a right-to-left locale. */
  format(text: string, values?: MessageValues): string;
}

export function pageContext(data: SiteData, locale: SiteLocale): PageContext {
  const dir = direction(locale);
  // The labels are the locale's, the same in every platform's bundle.
  const labels = data.messages[platformIds[0]][locale].labels;
  return {
    locale,
    dir,
    ui: ui[locale],
    labels,
    data,
    format: (text, values = {}) => formatMessage(text, values, { dir }),
  };
}
