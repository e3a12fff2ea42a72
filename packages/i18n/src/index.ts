export { toI18nextResources, toReactIntlMessages } from './adapters.js';
export { formatMessage } from './formatMessage.js';
export { getLoadedMessages, loadMessages } from './loadMessages.js';
export {
  DEFAULT_SUPPORT_CONTACT,
  defaultLocale,
  localeNames,
  locales,
  pseudoLocale,
} from './locales.js';
export type { LocalizedError, LocalizeOptions } from './localizeError.js';
export { localizeError } from './localizeError.js';
export { direction, isLocale, resolveLocale } from './resolveLocale.js';
export type { SearchableEntry } from './search.js';
export { matchesSearch, searchTerms, searchText } from './search.js';
export type { ErrorTexts, Locale, LocaleMessages, MessageValues } from './types.js';
